package com.erefiber.vicvil.innago;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.config.Secret;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.http.ApiException;
import com.erefiber.vicvil.http.HttpSettings;
import com.erefiber.vicvil.http.HttpTransport;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.innago.model.Invoice;
import com.erefiber.vicvil.innago.model.Lease;
import com.erefiber.vicvil.innago.model.Maintenance;
import com.erefiber.vicvil.innago.model.MaintenanceCreated;
import com.erefiber.vicvil.innago.model.MaintenanceUpdated;
import com.erefiber.vicvil.innago.model.NewMaintenance;
import com.erefiber.vicvil.innago.model.Payment;
import com.erefiber.vicvil.innago.model.PaymentsByMonth;
import com.erefiber.vicvil.innago.model.Property;
import com.erefiber.vicvil.innago.model.Tenant;
import com.erefiber.vicvil.innago.model.Unit;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InnagoClientTest {
    private static final String CLIENT_ID = "client-7f3a";
    /** Characters that must be form-encoded, to pin the token body's encoding. */
    private static final String CLIENT_SECRET = "s3cr+t/&=pa55word";

    private static final String API_KEY = "api-key-5e1b9c0d";
    private static final String TOKEN_PATH = "/identity/connect/token";
    private static final String PROPERTY = "6a72681d-2620-36eb-10f6-412c29b1d9c9";
    private static final String LEASE = "4f879e0d-7edd-d391-ef97-c4e26a5d0641";
    private static final String TENANT = "cf0ca7a6-204c-c8bf-c8bc-e9428a8d8eda";
    private static final String INVOICE = "91211fc7-5618-cba8-c37b-f7963ce53790";
    private static final String TICKET = "daef0bac-320d-7827-8ec1-535b5913e665";
    private static final String PASSWORD_FORM = "grant_type=password&username=client-7f3a"
            + "&password=s3cr%2Bt%2F%26%3Dpa55word&client_id=client-7f3a&client_secret=s3cr%2Bt%2F%26%3Dpa55word";

    private final MockWebServer server = new MockWebServer();
    private final Routes routes = new Routes();
    private final AtomicInteger attempts = new AtomicInteger();
    private final TestClock clock = new TestClock(Instant.parse("2026-08-10T12:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(routes);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // ---- fixture -------------------------------------------------------------------------------------------

    private InnagoClient client(Optional<Path> tokenCache) {
        AppConfig.Innago config = new AppConfig.Innago(
                server.url("/openapi").uri(),
                server.url(TOKEN_PATH).uri(),
                CLIENT_ID,
                Secret.of(CLIENT_SECRET),
                Secret.of(API_KEY),
                List.of());
        HttpSettings settings = new HttpSettings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                3,
                Duration.ofMillis(10),
                Duration.ofMillis(100),
                Optional.empty(),
                true);
        HttpTransport transport = new HttpTransport(settings, Json.mapper(), request -> attempts.incrementAndGet());
        return new InnagoClient(config, transport, tokenCache, clock);
    }

    private InnagoClient client() {
        return client(Optional.empty());
    }

    private static MockResponse answer(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    private static MockResponse ok(String body) {
        return answer(200, body);
    }

    /** A successful envelope; {@code error: null} as the fake server sends it. */
    private static MockResponse data(String json) {
        return ok("{\"data\":" + json + ",\"error\":null}");
    }

    /** One page; the paging model has no page size or total, so any number of items per page is consistent. */
    private static MockResponse page(String listKey, String pagingKey, int current, int count, String... items) {
        return data("{\"" + listKey + "\":[" + String.join(",", items) + "],\"" + pagingKey + "\":{\"currentPage\":"
                + current + ",\"pageCount\":" + count + "}}");
    }

    private static MockResponse tokenAnswer(String access, String refresh) {
        return ok("{\"access_token\":\"" + access + "\",\"expires_in\":3600,\"token_type\":\"Bearer\","
                + "\"refresh_token\":\"" + refresh + "\",\"scope\":\"openApiScope offline_access\"}");
    }

    private static String lease(String uid, String unit) {
        return "{\"leaseUid\":\"" + uid + "\",\"startDate\":\"2025-08-01T00:00:00\",\"endDate\":null,"
                + "\"propertyName\":\"300 S Harper\",\"propertyUnitName\":\"" + unit + "\",\"isActiveLease\":true,"
                + "\"tenants\":[]}";
    }

    private static String property(String uid, String name) {
        return "{\"propertyUid\":\"" + uid + "\",\"name\":\"" + name + "\",\"numberOfUnits\":12}";
    }

    private List<RecordedRequest> tokenRequests() {
        return routes.seen.stream()
                .filter(r -> r.getUrl().encodedPath().equals(TOKEN_PATH))
                .toList();
    }

    private List<RecordedRequest> dataRequests() {
        return routes.seen.stream()
                .filter(r -> !r.getUrl().encodedPath().equals(TOKEN_PATH))
                .toList();
    }

    private RecordedRequest onlyDataRequest() {
        assertThat(dataRequests()).hasSize(1);
        return dataRequests().get(0);
    }

    private static String body(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().utf8();
    }

    private static void assertCredentials(RecordedRequest request, String token) {
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
        assertThat(request.getHeaders().get("Token")).isEqualTo(API_KEY);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    private static void assertGet(RecordedRequest request, String target) {
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo(target);
        assertThat(request.getBodySize()).isZero();
        assertCredentials(request, "tok-1");
    }

    // ---- token ---------------------------------------------------------------------------------------------

    @Test
    void mintsTheTokenWithThePasswordGrantAndTheApiKey() {
        routes.on("GET", "/openapi/v1/health", ok("Healthy"));

        client().health();

        assertThat(tokenRequests()).hasSize(1);
        RecordedRequest mint = tokenRequests().get(0);
        assertThat(mint.getMethod()).isEqualTo("POST");
        assertThat(mint.getTarget()).isEqualTo(TOKEN_PATH);
        assertThat(mint.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(mint.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(mint.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
        assertThat(mint.getHeaders().get("Authorization")).isNull();
        assertThat(body(mint)).isEqualTo(PASSWORD_FORM);
    }

    @Test
    void healthIsAGetWithFullCredentials() {
        routes.on("GET", "/openapi/v1/health", ok("Healthy"));

        client().health();

        assertGet(onlyDataRequest(), "/openapi/v1/health");
    }

    @Test
    void oneTokenServesManyCalls() {
        routes.on("GET", "/openapi/v1/health", ok(""));
        InnagoClient client = client();

        client.health();
        client.health();

        assertThat(tokenRequests()).hasSize(1);
        assertThat(dataRequests()).allSatisfy(request -> assertCredentials(request, "tok-1"));
    }

    @Test
    void anExpiredTokenIsRenewedWithTheRefreshGrant() {
        routes.on("GET", "/openapi/v1/health", ok(""));
        InnagoClient client = client();
        client.health();

        clock.advance(Duration.ofMinutes(59));
        client.health();

        assertThat(tokenRequests()).hasSize(2);
        assertThat(body(tokenRequests().get(1)))
                .isEqualTo("grant_type=refresh_token&refresh_token=refresh-1"
                        + "&client_id=client-7f3a&client_secret=s3cr%2Bt%2F%26%3Dpa55word");
        assertCredentials(dataRequests().get(1), "tok-2");
    }

    @Test
    void aRefusedRefreshFallsBackToThePasswordGrant() {
        routes.on(
                "POST",
                TOKEN_PATH,
                tokenAnswer("tok-a", "refresh-a"),
                answer(400, "{\"error\":\"invalid_grant\"}"),
                tokenAnswer("tok-c", "refresh-c"));
        routes.on("GET", "/openapi/v1/health", ok(""));
        InnagoClient client = client();
        client.health();

        clock.advance(Duration.ofHours(2));
        client.health();

        assertThat(tokenRequests())
                .extracting(r -> body(r).substring(0, body(r).indexOf('&')))
                .containsExactly("grant_type=password", "grant_type=refresh_token", "grant_type=password");
        assertCredentials(dataRequests().get(1), "tok-c");
    }

    @Test
    void aRefusedTokenRequestIsAConfigErrorNamingTheKeys() {
        routes.on(
                "POST",
                TOKEN_PATH,
                answer(400, "{\"error\":\"invalid_client\",\"client_secret\":\"" + CLIENT_SECRET + "\"}"));

        VicvilException failure = catchThrowableOfType(() -> client().health(), VicvilException.class);

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(failure.getMessage())
                .isEqualTo("Innago refused the token request (HTTP 400 from " + TOKEN_PATH
                        + "): check innago.client_id, innago.client_secret and innago.api_key");
        assertThat(dataRequests()).isEmpty();
        assertNoSecretIn(failure);
    }

    @Test
    void aTokenAnswerWithoutATokenIsAnApiExceptionThatQuotesNothing() {
        routes.on("POST", TOKEN_PATH, ok("{\"refresh_token\":\"refresh-9\"}"));

        ApiException failure = catchThrowableOfType(() -> client().health(), ApiException.class);

        assertThat(failure.getMessage())
                .isEqualTo("Innago POST " + TOKEN_PATH + ": HTTP 200: no access_token in the token answer");
    }

    @Test
    void aTokenPageInHtmlIsAnApiException() {
        routes.on("POST", TOKEN_PATH, ok("<html><body>Maintenance window</body></html>"));

        assertThatThrownBy(() -> client().health())
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("an HTML page instead of JSON");
    }

    // ---- 401 ---------------------------------------------------------------------------------------------

    @Test
    void a401ReMintsTheTokenOnceAndResends() {
        routes.on(
                "GET",
                "/openapi/v1/leases",
                answer(401, "{\"errorMessage\":\"Unauthorized Access\"}"),
                page("list", "paging", 1, 1, lease("l-1", "4")));

        List<Lease> leases = client().leases();

        assertThat(leases).extracting(Lease::leaseUid).containsExactly("l-1");
        assertThat(tokenRequests()).hasSize(2);
        assertThat(body(tokenRequests().get(1))).isEqualTo(PASSWORD_FORM);
        assertThat(dataRequests()).hasSize(2);
        assertCredentials(dataRequests().get(0), "tok-1");
        assertCredentials(dataRequests().get(1), "tok-2");
    }

    @Test
    void aSecond401IsAnApiExceptionWithoutALoop() {
        routes.on("GET", "/openapi/v1/leases", answer(401, "{\"errorMessage\":\"Unauthorized Access\"}"));

        ApiException failure = catchThrowableOfType(() -> client().leases(), ApiException.class);

        assertThat(failure.isUnauthorized()).isTrue();
        assertThat(failure.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(failure.getMessage())
                .isEqualTo("Innago GET /openapi/v1/leases: HTTP 401 (check the Innago "
                        + "credentials): {\"errorMessage\":\"Unauthorized Access\"}");
        assertThat(tokenRequests()).hasSize(2);
        assertThat(dataRequests()).hasSize(2);
        assertNoSecretIn(failure);
    }

    @Test
    void aPostRejectedWith401IsResentOnceSinceNothingWasProcessed() {
        routes.on(
                "POST",
                "/openapi/v1/invoices",
                answer(401, "{\"errorMessage\":\"Unauthorized Access\"}"),
                data("{\"invoiceUid\":\"" + INVOICE + "\"}"));

        String uid = client().createInvoice(TENANT, LEASE, new BigDecimal("45.00"), LocalDate.of(2026, 9, 1), "Rent");

        assertThat(uid).isEqualTo(INVOICE);
        assertThat(dataRequests()).hasSize(2);
        assertThat(body(dataRequests().get(1))).isEqualTo(body(dataRequests().get(0)));
    }

    // ---- token cache -------------------------------------------------------------------------------------

    @Test
    void theTokenCacheIsOwnerOnlyAndSparesTheNextRunATokenRequest(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("state").resolve("innago-token.json");
        routes.on("GET", "/openapi/v1/health", ok(""));

        client(Optional.of(cache)).health();
        client(Optional.of(cache)).health();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(cache))
                .contains("tok-1")
                .doesNotContain(CLIENT_SECRET)
                .doesNotContain(API_KEY);
        assertThat(tokenRequests()).hasSize(1);
        assertThat(dataRequests()).hasSize(2).allSatisfy(request -> assertCredentials(request, "tok-1"));
        try (Stream<Path> files = Files.list(cache.getParent())) {
            assertThat(files).containsExactly(cache);
        }
    }

    @Test
    void aCachedTokenIsRenewedWhenInnagoRejectsIt(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("innago-token.json");
        routes.on("GET", "/openapi/v1/health", ok(""));
        client(Optional.of(cache)).health();
        routes.on("GET", "/openapi/v1/health", answer(401, "{\"errorMessage\":\"Unauthorized Access\"}"), ok(""));

        client(Optional.of(cache)).health();

        assertThat(tokenRequests()).hasSize(2);
        assertThat(Files.readString(cache)).contains("tok-2").doesNotContain("tok-1");
    }

    @Test
    void aCacheReadableByOthersIsIgnored(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("innago-token.json");
        routes.on("GET", "/openapi/v1/health", ok(""));
        client(Optional.of(cache)).health();
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rw-r--r--"));

        client(Optional.of(cache)).health();

        assertThat(tokenRequests()).hasSize(2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)))
                .isEqualTo("rw-------");
    }

    @Test
    void aCacheOfOtherCredentialsOrGarbageIsIgnored(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("innago-token.json");
        routes.on("GET", "/openapi/v1/health", ok(""));
        Files.writeString(
                cache,
                "{\"clientId\":\"someone-else\",\"tokenUrl\":\"" + server.url(TOKEN_PATH)
                        + "\",\"accessToken\":\"tok-other\",\"refreshToken\":\"\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rw-------"));
        client(Optional.of(cache)).health();
        Files.writeString(cache, "{not json");
        client(Optional.of(cache)).health();

        assertThat(tokenRequests()).hasSize(2);
        assertThat(dataRequests())
                .extracting(r -> r.getHeaders().get("Authorization"))
                .containsExactly("Bearer tok-1", "Bearer tok-2");
    }

    @Test
    void anExpiredCachedTokenIsRefreshed(@TempDir Path dir) {
        Path cache = dir.resolve("innago-token.json");
        routes.on("GET", "/openapi/v1/health", ok(""));
        client(Optional.of(cache)).health();
        clock.advance(Duration.ofHours(3));

        client(Optional.of(cache)).health();

        assertThat(body(tokenRequests().get(1))).startsWith("grant_type=refresh_token&refresh_token=refresh-1&");
    }

    // ---- reads -------------------------------------------------------------------------------------------

    @Test
    void propertiesAreReadAcrossPages() {
        routes.on(
                "GET",
                "/openapi/v1/properties",
                page(
                        "properties",
                        "pagingModel",
                        1,
                        2,
                        "{\"propertyUid\":\"" + PROPERTY + "\",\"name\":\"300 S Harper\","
                                + "\"description\":null,\"numberOfUnits\":12,\"availableUnits\":1,\"totalTenants\":14,"
                                + "\"numberOfOpenMainatainanceRequests\":2,\"propertyType\":\"Multi Family\",\"isArchived\":false,"
                                + "\"address\":{\"addressLine1\":\"300 S Harper St\",\"addressLine2\":null,\"country\":\"US\","
                                + "\"state\":\"Ohio\",\"stateShortName\":\"OH\",\"city\":\"Nelsonville\",\"zipcode\":\"45764\","
                                + "\"latitude\":39.4587123,\"longitude\":-82.2318},\"entityType\":\"Property\"}"),
                page("properties", "pagingModel", 2, 2, property("p-2", "302 S Harper")));

        List<Property> properties = client().properties();

        assertThat(dataRequests())
                .extracting(RecordedRequest::getTarget)
                .containsExactly("/openapi/v1/properties?pageNumber=1", "/openapi/v1/properties?pageNumber=2");
        dataRequests().forEach(request -> assertCredentials(request, "tok-1"));
        assertThat(properties).extracting(Property::name).containsExactly("300 S Harper", "302 S Harper");
        Property first = properties.get(0);
        assertThat(first.propertyUid()).isEqualTo(PROPERTY);
        assertThat(first.description()).isEmpty();
        assertThat(first.numberOfUnits()).isEqualTo(12);
        assertThat(first.archived()).isFalse();
        assertThat(first.address().city()).isEqualTo("Nelsonville");
        assertThat(first.address().addressLine2()).isEmpty();
        assertThat(first.address().latitude()).contains(new BigDecimal("39.4587123"));
    }

    @Test
    void unitsOfAPropertyAreOneUnpagedCall() {
        routes.on(
                "GET",
                "/openapi/v1/properties/" + PROPERTY + "/units",
                data(
                        "{\"units\":["
                                + "{\"name\":\"1\",\"propertyUnitUid\":\"u-1\"},{\"name\":\"12\",\"propertyUnitUid\":\"u-12\"}]}"));

        List<Unit> units = client().units(PROPERTY);

        assertGet(onlyDataRequest(), "/openapi/v1/properties/" + PROPERTY + "/units");
        assertThat(units).containsExactly(new Unit("u-1", "1"), new Unit("u-12", "12"));
    }

    @Test
    void allLeasesAreReadAcrossThreePagesWithTheirOwnListAndPagingKeys() {
        Map<String, MockResponse> pages = Map.of(
                "1", page("list", "paging", 1, 3, lease("l-1", "1"), lease("l-2", "2")),
                "2", page("list", "paging", 2, 3, lease("l-3", "3")),
                "3", page("list", "paging", 3, 3, lease("l-4", "4")));
        routes.onEach(
                "GET",
                "/openapi/v1/leases",
                request -> pages.get(request.getUrl().queryParameter("pageNumber")));

        List<Lease> leases = client().leases();

        // Pages 2 and 3 are read at once after page 1 told the count; the items keep the pages' order.
        assertThat(leases).extracting(Lease::leaseUid).containsExactly("l-1", "l-2", "l-3", "l-4");
        assertThat(dataRequests().get(0).getTarget()).isEqualTo("/openapi/v1/leases?pageNumber=1");
        assertThat(dataRequests())
                .extracting(RecordedRequest::getTarget)
                .containsExactlyInAnyOrder(
                        "/openapi/v1/leases?pageNumber=1",
                        "/openapi/v1/leases?pageNumber=2",
                        "/openapi/v1/leases?pageNumber=3");
        assertThat(attempts).hasValue(4); // one token, three pages
    }

    @Test
    void pagesReadAtOnceAreStillCheckedInOrderSoTheFirstBadPageIsReported() {
        routes.onEach(
                "GET", "/openapi/v1/leases", request -> switch (request.getUrl().queryParameter("pageNumber")) {
                    case "1" -> page("list", "paging", 1, 4, lease("l-1", "1"));
                    case "2" -> ok("{\"data\":{\"list\":[],\"paging\":{\"currentPage\":2,\"pageCount\":4}}}");
                    case "3" -> answer(404, "{\"errorMessage\":\"gone\"}");
                    default -> page("list", "paging", 4, 4, lease("l-4", "4"));
                });

        assertThatThrownBy(() -> client().leases())
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("page 2 of 4 is empty")
                .satisfies(
                        error -> assertThat(((ApiException) error).exitCode()).isEqualTo(75));
    }

    @Test
    void aLastPageThatCountsMorePagesIsFollowedOnePageAtATime() {
        routes.onEach("GET", "/openapi/v1/leases", request -> {
            int number = Integer.parseInt(request.getUrl().queryParameter("pageNumber"));
            // The list grew while it was read: page 3 says there are 4.
            return page("list", "paging", number, number < 3 ? 3 : 4, lease("l-" + number, String.valueOf(number)));
        });

        assertThat(client().leases()).extracting(Lease::leaseUid).containsExactly("l-1", "l-2", "l-3", "l-4");
        assertThat(dataRequests()).hasSize(4);
    }

    @Test
    void leasesMapEmbeddedTenantsDatesAndMoney() {
        routes.on(
                "GET",
                "/openapi/v1/leases",
                page(
                        "list",
                        "paging",
                        1,
                        1,
                        "{\"leaseUid\":\"" + LEASE
                                + "\",\"startDate\":\"2025-08-01T00:00:00\",\"endDate\":\"2026-07-31T00:00:00Z\","
                                + "\"propertyName\":\"300 S Harper\",\"propertyAddress\":\"300 S Harper St\","
                                + "\"propertyUnitName\":\"4\",\"rentAmount\":1125.50,\"depositAmount\":500,\"dueOn\":1,"
                                + "\"paymentFrequency\":\"Monthly\",\"isActiveLease\":true,\"isExpiredLease\":false,"
                                + "\"isExpiringLease\":true,\"isFutureLease\":false,\"isListingArchived\":false,\"noOfTenants\":2,"
                                + "\"tenants\":[{\"tenantUid\":\"" + TENANT
                                + "\",\"firstName\":\"Ada\",\"lastName\":\"Byron\","
                                + "\"email\":\"ada@example.com\",\"phone\":\"740-555-0101\"},"
                                + "{\"tenantUid\":\"t-2\",\"firstName\":\"Bo\",\"lastName\":\"Chen\",\"email\":null,\"phone\":\" \"}]}",
                        "{\"leaseUid\":\"l-future\",\"startDate\":\"2026-09-01T00:00:00.000+00:00\","
                                + "\"endDate\":\"0001-01-01T00:00:00\",\"propertyUnitName\":\"5\",\"isFutureLease\":true,"
                                + "\"tenants\":[]}"));

        List<Lease> leases = client().leases();

        Lease current = leases.get(0);
        assertThat(current.startDate()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(current.endDate()).contains(LocalDate.of(2026, 7, 31));
        assertThat(current.rentAmount()).contains(new BigDecimal("1125.50"));
        assertThat(current.depositAmount().orElseThrow()).isEqualByComparingTo("500");
        assertThat(current.dueOn()).contains(1);
        assertThat(current.activeLease()).isTrue();
        assertThat(current.expiringLease()).isTrue();
        assertThat(current.propertyUnitName()).isEqualTo("4");
        assertThat(current.tenants())
                .containsExactly(
                        new Tenant(
                                TENANT,
                                "Ada",
                                "Byron",
                                Optional.of("ada@example.com"),
                                Optional.of("740-555-0101"),
                                Optional.empty()),
                        new Tenant("t-2", "Bo", "Chen", Optional.empty(), Optional.empty(), Optional.empty()));
        Lease future = leases.get(1);
        assertThat(future.startDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(future.endDate()).as(".NET's unset date is no end date").isEmpty();
        assertThat(future.futureLease()).isTrue();
        assertThat(future.rentAmount()).isEmpty();
        assertThat(future.tenants()).isEmpty();
    }

    @Test
    void leasesOfOnePropertyFilterByPropertyUid() {
        routes.on("GET", "/openapi/v1/leases", page("list", "paging", 1, 1, lease("l-1", "1")));

        client().leases(PROPERTY);

        assertGet(onlyDataRequest(), "/openapi/v1/leases?propertyUid=" + PROPERTY + "&pageNumber=1");
    }

    @Test
    void oneLeaseIsItsDataObject() {
        routes.on(
                "GET",
                "/openapi/v1/leases/" + LEASE,
                ok("{\"data\":" + lease(LEASE, "7").replace("}", ",\"listingFrequency\":\"Monthly\"}") + "}"));

        Lease lease = client().lease(LEASE);

        assertGet(onlyDataRequest(), "/openapi/v1/leases/" + LEASE);
        assertThat(lease.leaseUid()).isEqualTo(LEASE);
        assertThat(lease.propertyUnitName()).isEqualTo("7");
        assertThat(lease.endDate()).isEmpty();
    }

    @Test
    void tenantsOfALeaseMapTheUserShape() {
        routes.on(
                "GET",
                "/openapi/v1/tenants",
                data("{\"userShortInfoModel\":[{\"userUid\":\"" + TENANT + "\","
                        + "\"userFirstName\":\"Ada\",\"userLastName\":\"Byron\",\"userEmail\":\"ada@example.com\","
                        + "\"phoneNumber\":null,\"userRole\":\"Tenant\",\"entityType\":\"User\"}]}"));

        List<Tenant> tenants = client().tenants(LEASE);

        assertGet(onlyDataRequest(), "/openapi/v1/tenants?leaseUid=" + LEASE);
        assertThat(tenants)
                .containsExactly(new Tenant(
                        TENANT,
                        "Ada",
                        "Byron",
                        Optional.of("ada@example.com"),
                        Optional.empty(),
                        Optional.of("Tenant")));
    }

    @Test
    void invoicesOfALeaseMapStatusDueDateAndAmount() {
        routes.on(
                "GET",
                "/openapi/v1/invoices",
                page(
                        "invoiceShortInfoResponseModel",
                        "pagingModel",
                        1,
                        1,
                        "{\"invoiceNumber\":2247,\"invoiceUid\":\"" + INVOICE
                                + "\",\"invoiceDueDate\":\"2026-08-01T00:00:00.1234567\","
                                + "\"invoiceStatus\":\"Fully Paid\",\"amount\":1125.5,\"entityType\":\"Invoice\"}",
                        "{\"invoiceUid\":\"i-2\",\"invoiceDueDate\":\"2026-09-01T00:00:00+0000\","
                                + "\"invoiceStatus\":\"Partially Paid\",\"amount\":45}",
                        "{\"invoiceUid\":\"i-3\",\"invoiceDueDate\":\"2026-10-01\",\"invoiceStatus\":\"Overdue\",\"amount\":\"45.00\"}"));

        List<Invoice> invoices = client().invoices(LEASE);

        assertGet(onlyDataRequest(), "/openapi/v1/invoices?leaseUid=" + LEASE + "&pageNumber=1");
        assertThat(invoices)
                .extracting(Invoice::dueDate)
                .containsExactly(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));
        assertThat(invoices)
                .extracting(Invoice::knownStatus)
                .containsExactly(Invoice.Status.FULLY_PAID, Invoice.Status.PARTIALLY_PAID, Invoice.Status.UNKNOWN);
        assertThat(invoices.get(0).invoiceNumber()).contains(2247L);
        assertThat(invoices.get(0).amount()).isEqualTo(new BigDecimal("1125.5"));
        assertThat(invoices.get(2).amount()).isEqualTo(new BigDecimal("45.00"));
        assertThat(invoices.get(1).invoiceNumber()).isEmpty();
    }

    static Stream<String> paymentAnswers() {
        String item = "{\"paymentUid\":\"pay-1\",\"invoiceUid\":\"" + INVOICE + "\",\"amount\":500.25,"
                + "\"paidOn\":\"2026-08-03T14:22:05Z\",\"depositedOn\":null,\"paymentMode\":\"online\","
                + "\"paymentStatus\":\"Paid\"}";
        return Stream.of(
                "[" + item + "]",
                "{\"data\":[" + item + "],\"error\":null}",
                "{\"data\":{\"paymentTransactions\":[" + item + "]}}");
    }

    @ParameterizedTest
    @MethodSource("paymentAnswers")
    void invoicePaymentsAcceptEachPlausibleShape(String answer) {
        routes.on("GET", "/openapi/v1/invoices/" + INVOICE + "/payments", ok(answer));

        List<Payment> payments = client().invoicePayments(INVOICE);

        assertGet(onlyDataRequest(), "/openapi/v1/invoices/" + INVOICE + "/payments");
        assertThat(payments)
                .containsExactly(new Payment(
                        "pay-1",
                        Optional.of(INVOICE),
                        new BigDecimal("500.25"),
                        Optional.of(LocalDateTime.of(2026, 8, 3, 14, 22, 5)),
                        Optional.empty(),
                        "online",
                        "Paid",
                        ""));
    }

    @Test
    void invoicePaymentsReadThePaymentInfoShapeToo() {
        routes.on(
                "GET",
                "/openapi/v1/invoices/" + INVOICE + "/payments",
                data("{\"payments\":[{\"paymentUid\":\"pay-2\","
                        + "\"paymentDate\":\"2026-08-04T09:00:00\",\"paymentMode\":\"offline\",\"paymentStatus\":\"Reversed\","
                        + "\"paymentCategory\":\"Reversal\",\"amount\":-500.25}],\"other\":[1]}"));

        Payment payment = client().invoicePayments(INVOICE).get(0);

        assertThat(payment.paidOn()).contains(LocalDateTime.of(2026, 8, 4, 9, 0));
        assertThat(payment.paymentCategory()).isEqualTo("Reversal");
        assertThat(payment.amount()).isEqualTo(new BigDecimal("-500.25"));
    }

    @Test
    void invoicePaymentsWithoutAnyListAreAnApiExceptionNotZeroPayments() {
        routes.on("GET", "/openapi/v1/invoices/" + INVOICE + "/payments", data("{\"message\":\"ok\"}"));

        assertThatThrownBy(() -> client().invoicePayments(INVOICE))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("no payment list in the answer");
    }

    @Test
    void paymentsByDueMonthUseTheCapitalisedParametersAndPageAcrossPages() {
        String row = "{\"propertyUid\":\"" + PROPERTY
                + "\",\"propertyName\":\"300 S Harper\",\"propertyUnitUid\":\"u-4\","
                + "\"propertyUnitName\":\"4\",\"tenantUid\":\"" + TENANT + "\",\"tenantEmail\":\"ada@example.com\","
                + "\"tenantPhone\":null,\"leaseUid\":\"" + LEASE + "\",\"dueInYear\":2026,\"dueInMonth\":8,"
                + "\"totalPayment\":1125.50,\"paymentsResults\":[{\"paymentUid\":\"pay-1\",\"invoiceUid\":\"" + INVOICE
                + "\",\"amount\":1125.50,\"paidOn\":\"2026-08-02T10:00:00\",\"depositedOn\":\"2026-08-04T00:00:00\","
                + "\"paymentMode\":\"online\",\"paymentStatus\":\"Paid\"}]}";
        routes.on(
                "GET",
                "/openapi/v1/payments",
                page("paymentWithAdditionalInfoResponses", "pagingModel", 1, 2, row),
                page("paymentWithAdditionalInfoResponses", "pagingModel", 2, 2, row));

        List<PaymentsByMonth> rows = client().paymentsByDueMonth(YearMonth.of(2026, 8), Optional.of(PROPERTY));

        assertThat(dataRequests())
                .extracting(RecordedRequest::getTarget)
                .containsExactly(
                        "/openapi/v1/payments?DueInMonth=8&DueInYear=2026&PropertyUid=" + PROPERTY + "&PageNumber=1",
                        "/openapi/v1/payments?DueInMonth=8&DueInYear=2026&PropertyUid=" + PROPERTY + "&PageNumber=2");
        PaymentsByMonth first = rows.get(0);
        assertThat(rows).hasSize(2);
        assertThat(first.dueMonth()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(first.leaseUid()).contains(LEASE);
        assertThat(first.tenantPhone()).isEmpty();
        assertThat(first.totalPayment()).contains(new BigDecimal("1125.50"));
        assertThat(first.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.invoiceUid()).contains(INVOICE);
            assertThat(payment.depositedOn()).contains(LocalDateTime.of(2026, 8, 4, 0, 0));
        });
    }

    @Test
    void paymentsByDueMonthWithoutAPropertyLeaveTheFilterOut() {
        routes.on("GET", "/openapi/v1/payments", page("paymentWithAdditionalInfoResponses", "pagingModel", 1, 1));

        assertThat(client().paymentsByDueMonth(YearMonth.of(2026, 12), Optional.empty()))
                .isEmpty();

        assertGet(onlyDataRequest(), "/openapi/v1/payments?DueInMonth=12&DueInYear=2026&PageNumber=1");
    }

    @Test
    void maintenancesRepeatTheStatusFilterAndPageWithPageNumber() {
        String ticket = "{\"maintenanceUid\":\"" + TICKET + "\",\"personName\":\"Ada Byron\",\"name\":\"No internet\","
                + "\"category\":\"Other\",\"description\":\"The fiber light is red\",\"dateSubmitted\":\"2026-08-09T21:15:00Z\","
                + "\"dateResolved\":null,\"isUrgent\":false,\"property\":\"300 S Harper\",\"unit\":\"4\","
                + "\"propertyAddress\":\"300 S Harper St\",\"personUid\":\"" + TENANT
                + "\",\"requestStatus\":\"NewRequest\"}";
        routes.on(
                "GET",
                "/openapi/v2/maintenances",
                ok("{\"data\":{\"resolvedMaintenanceCount\":0,\"openMaintenanceCount\":2,\"newMaintenanceCount\":1,"
                        + "\"totalRequestCount\":2,\"maintenances\":[" + ticket + "],\"isMaintenanceRequestOn\":true,"
                        + "\"pagingModel\":{\"pageSize\":1,\"currentPage\":1,\"pageCount\":2,\"totalRecords\":2}}}"),
                page("maintenances", "pagingModel", 2, 2, ticket.replace(TICKET, "m-2")));

        List<Maintenance> tickets = client().maintenances(Set.of(4, 1, 2), Optional.of(PROPERTY));

        assertThat(dataRequests())
                .extracting(RecordedRequest::getTarget)
                .containsExactly(
                        "/openapi/v2/maintenances?Statuses=1&Statuses=2&Statuses=4&PropertyUid=" + PROPERTY
                                + "&PageNumber=1",
                        "/openapi/v2/maintenances?Statuses=1&Statuses=2&Statuses=4&PropertyUid=" + PROPERTY
                                + "&PageNumber=2");
        assertThat(tickets).extracting(Maintenance::maintenanceUid).containsExactly(TICKET, "m-2");
        Maintenance first = tickets.get(0);
        assertThat(first.name()).isEqualTo("No internet");
        assertThat(first.unit()).isEqualTo("4");
        assertThat(first.personUid()).contains(TENANT);
        assertThat(first.dateSubmitted()).contains(LocalDateTime.of(2026, 8, 9, 21, 15));
        assertThat(first.dateResolved()).isEmpty();
        assertThat(first.requestStatus()).isEqualTo("NewRequest");
    }

    @Test
    void maintenancesRefuseUnknownListStatusesBeforeAnyRequest() {
        assertThatThrownBy(() -> client().maintenances(Set.of(1, 111), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(routes.seen).isEmpty();
    }

    @Test
    void oneMaintenanceKeepsItsUidWhenTheDetailLeavesItOut() {
        routes.on(
                "GET",
                "/openapi/v2/maintenances/" + TICKET,
                data("{\"name\":\"No internet\","
                        + "\"requestStatus\":\"Resolved\",\"dateResolved\":\"2026-08-11T08:00:00\"}"));

        Maintenance ticket = client().maintenance(TICKET);

        assertGet(onlyDataRequest(), "/openapi/v2/maintenances/" + TICKET);
        assertThat(ticket.maintenanceUid()).isEqualTo(TICKET);
        assertThat(ticket.dateResolved()).contains(LocalDateTime.of(2026, 8, 11, 8, 0));
    }

    // ---- writes ------------------------------------------------------------------------------------------

    @Test
    void createMaintenanceSendsTheRequestModel() {
        routes.on(
                "POST",
                "/openapi/v2/maintenances",
                data("{\"message\":\"Maintenance request created\",\"maintenanceUid\":\"" + TICKET + "\"}"));

        MaintenanceCreated created = client().createMaintenance(new NewMaintenance(
                "No internet",
                "ONU light is red",
                List.of(PROPERTY),
                Optional.of(7),
                true,
                true,
                List.of("u-4"),
                Optional.of(TENANT)));

        RecordedRequest request = onlyDataRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/openapi/v2/maintenances");
        assertCredentials(request, "tok-1");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(body(request))
                .isEqualTo("{\"maintenanceTicketName\":\"No internet\",\"description\":\"ONU light is red\","
                        + "\"selectedProperties\":[\"" + PROPERTY + "\"],\"maintenanceCategory\":7,\"isUrgent\":true,"
                        + "\"isNotifyTenant\":true,\"selectedPropertyUnits\":[\"u-4\"],\"tenantUid\":\"" + TENANT
                        + "\"}");
        assertThat(created).isEqualTo(new MaintenanceCreated(TICKET, "Maintenance request created"));
    }

    @Test
    void createMaintenanceLeavesOutWhatIsNotGiven() {
        routes.on("POST", "/openapi/v2/maintenances", data("{\"maintenanceUid\":\"" + TICKET + "\"}"));

        client().createMaintenance(new NewMaintenance(
                "Drain",
                "Kitchen sink",
                List.of(PROPERTY),
                Optional.empty(),
                false,
                false,
                List.of(),
                Optional.empty()));

        assertThat(body(onlyDataRequest()))
                .isEqualTo("{\"maintenanceTicketName\":\"Drain\",\"description\":"
                        + "\"Kitchen sink\",\"selectedProperties\":[\"" + PROPERTY
                        + "\"],\"isUrgent\":false,\"isNotifyTenant\":false}");
    }

    @Test
    void createMaintenanceIsNotResentAfterA5xx() {
        routes.on("POST", "/openapi/v2/maintenances", answer(500, "{\"errorMessage\":\"boom\"}"));

        assertThatThrownBy(() -> client().createMaintenance(new NewMaintenance(
                        "t", "d", List.of(PROPERTY), Optional.empty(), false, false, List.of(), Optional.empty())))
                .isInstanceOf(ApiException.class);
        assertThat(dataRequests()).hasSize(1);
    }

    @Test
    void setMaintenanceStatusIsAPatchWithTheCodeInThePathAndNoBody() {
        routes.on(
                "PATCH",
                "/openapi/v2/maintenances/" + TICKET + "/status/111",
                data("{\"message\":\"Maintenance status updated\"}"));

        MaintenanceUpdated updated = client().setMaintenanceStatus(TICKET, InnagoClient.RESOLVE);

        RecordedRequest request = onlyDataRequest();
        assertThat(request.getMethod()).isEqualTo("PATCH");
        assertThat(request.getTarget()).isEqualTo("/openapi/v2/maintenances/" + TICKET + "/status/111");
        assertThat(request.getBodySize()).isZero();
        assertThat(request.getHeaders().get("Content-Type")).isNull();
        assertCredentials(request, "tok-1");
        assertThat(updated).isEqualTo(new MaintenanceUpdated(TICKET, "Maintenance status updated"));
    }

    @Test
    void reopeningUses113AndToleratesAnAnswerWithoutData() {
        routes.on("PATCH", "/openapi/v2/maintenances/" + TICKET + "/status/113", ok(""));

        assertThat(client().setMaintenanceStatus(TICKET, InnagoClient.REOPEN).message())
                .isEmpty();
    }

    @Test
    void otherMaintenanceStatusCodesAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> client().setMaintenanceStatus(TICKET, 112))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("111")
                .hasMessageContaining("113");
        assertThatThrownBy(() -> client().setMaintenanceStatus(TICKET, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(routes.seen).isEmpty();
    }

    @Test
    void commentMaintenancePostsTheCommentToTheV1Path() {
        routes.on("POST", "/openapi/v1/maintenances/" + TICKET + "/comments", data("{\"message\":\"Comment added\"}"));

        MaintenanceUpdated updated = client().commentMaintenance(TICKET, "Fixed: ONU re-seated \"fiber\"");

        RecordedRequest request = onlyDataRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/openapi/v1/maintenances/" + TICKET + "/comments");
        assertCredentials(request, "tok-1");
        assertThat(body(request)).isEqualTo("{\"comment\":\"Fixed: ONU re-seated \\\"fiber\\\"\"}");
        assertThat(updated.message()).isEqualTo("Comment added");
    }

    @Test
    void createInvoiceSendsOneItemAndAmountAndReturnsTheUid() {
        routes.on("POST", "/openapi/v1/invoices", data("{\"invoiceUid\":\"" + INVOICE + "\"}"));

        String uid = client().createInvoice(
                        TENANT, LEASE, new BigDecimal("45.00"), LocalDate.of(2026, 8, 10), "Internet upgrade");

        RecordedRequest request = onlyDataRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/openapi/v1/invoices");
        assertCredentials(request, "tok-1");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(body(request))
                .isEqualTo("{\"tenantUid\":\"" + TENANT + "\",\"leaseUid\":\"" + LEASE + "\","
                        + "\"amount\":45.00,\"item\":\"Internet upgrade\",\"dueDate\":\"2026-08-10T00:00:00\"}");
        assertThat(uid).isEqualTo(INVOICE);
    }

    @Test
    void createInvoiceIsNotResentAfterA5xxOrADroppedAnswer() {
        routes.on("POST", "/openapi/v1/invoices", answer(502, "bad gateway"));

        assertThatThrownBy(
                        () -> client().createInvoice(TENANT, LEASE, BigDecimal.TEN, LocalDate.of(2026, 8, 1), "Rent"))
                .isInstanceOf(ApiException.class);
        assertThat(dataRequests()).hasSize(1);
    }

    @Test
    void createInvoiceRefusesANonPositiveAmountOrBlankItemBeforeAnyRequest() {
        assertThatThrownBy(
                        () -> client().createInvoice(TENANT, LEASE, BigDecimal.ZERO, LocalDate.of(2026, 8, 1), "Rent"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client().createInvoice(TENANT, LEASE, BigDecimal.ONE, LocalDate.of(2026, 8, 1), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client().lease(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(routes.seen).isEmpty();
    }

    // ---- failures ----------------------------------------------------------------------------------------

    @Test
    void a5xxAndA429AreRetriedThenSucceed() {
        routes.on(
                "GET",
                "/openapi/v1/leases",
                answer(503, "busy"),
                new MockResponse.Builder()
                        .code(429)
                        .addHeader("Retry-After", "0")
                        .build(),
                page("list", "paging", 1, 1, lease("l-1", "1")));

        assertThat(client().leases()).hasSize(1);
        assertThat(dataRequests()).hasSize(3);
    }

    @Test
    void htmlInsteadOfJsonIsAnApiException() {
        routes.on("GET", "/openapi/v1/leases", ok("<!DOCTYPE html><html><title>Innago</title></html>"));

        ApiException failure = catchThrowableOfType(() -> client().leases(), ApiException.class);

        assertThat(failure.getMessage())
                .startsWith("Innago GET /openapi/v1/leases: HTTP 200: an HTML page instead of JSON");
    }

    @Test
    void malformedJsonIsAnApiException() {
        routes.on("GET", "/openapi/v1/invoices", ok("{\"data\":{\"invoiceShortInfoResponseModel\":[{\"invoiceUid\":"));

        assertThatThrownBy(() -> client().invoices(LEASE))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("malformed JSON");
    }

    static Stream<String> wrongShapes() {
        return Stream.of(
                "null",
                "[]",
                "{\"error\":null}",
                "{\"data\":null}",
                "{\"data\":{\"leases\":[]}}",
                "{\"data\":{\"list\":{}}}",
                "{\"data\":{\"list\":[7]}}",
                "{\"data\":{\"list\":[{\"startDate\":\"2026-01-01\"}]}}",
                "{\"data\":{\"list\":[{\"leaseUid\":\"l-1\"}]}}",
                "{\"data\":{\"list\":[{\"leaseUid\":\"l-1\",\"startDate\":\"next Tuesday\"}]}}");
    }

    @ParameterizedTest
    @MethodSource("wrongShapes")
    void anAnswerOfTheWrongShapeIsAnApiExceptionNeverANullPointer(String answer) {
        routes.on("GET", "/openapi/v1/leases", ok(answer));

        ApiException failure = catchThrowableOfType(() -> client().leases(), ApiException.class);

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).startsWith("Innago GET /openapi/v1/leases: HTTP 200: ");
    }

    @Test
    void aNullListOnTheLastPageIsEmpty() {
        routes.on(
                "GET",
                "/openapi/v1/leases",
                page("list", "paging", 1, 2, lease("l-1", "1")),
                ok("{\"data\":{\"list\":null,\"paging\":{\"currentPage\":2,\"pageCount\":2}}}"));

        assertThat(client().leases()).hasSize(1);
        assertThat(dataRequests()).hasSize(2);
    }

    @Test
    void anEmptyPageBeforeTheLastIsAnIncompleteAnswerNotTheEndOfTheList() {
        routes.on(
                "GET",
                "/openapi/v1/leases",
                page("list", "paging", 1, 5, lease("l-1", "1")),
                ok("{\"data\":{\"list\":null,\"paging\":{\"currentPage\":2,\"pageCount\":5}}}"));

        assertThatThrownBy(() -> client().leases())
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("page 2 of 5 is empty")
                .satisfies(
                        error -> assertThat(((ApiException) error).exitCode()).isEqualTo(75));
        // Pages 2 to 5 were asked for at once, after page 1 told the count; none beyond it.
        assertThat(dataRequests()).hasSize(5);
    }

    @Test
    void aPagedListWithoutItsPagingModelIsAnIncompleteAnswer() {
        routes.on("GET", "/openapi/v1/leases", ok("{\"data\":{\"list\":[" + lease("l-1", "1") + "]}}"));

        assertThatThrownBy(() -> client().leases())
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("no paging model")
                .satisfies(
                        error -> assertThat(((ApiException) error).exitCode()).isEqualTo(75));
    }

    @Test
    void aShortPageBeforeTheLastIsAnIncompleteAnswer() {
        routes.on(
                "GET",
                "/openapi/v1/leases",
                data("{\"list\":[" + lease("l-1", "1") + "],\"paging\":{\"pageSize\":2,"
                        + "\"currentPage\":1,\"pageCount\":2,\"totalRecords\":4}}"));

        assertThatThrownBy(() -> client().leases())
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("page 1 of 2 has 1 items, not 2")
                .satisfies(
                        error -> assertThat(((ApiException) error).exitCode()).isEqualTo(75));
    }

    @Test
    void fewerItemsThanTheTotalIsAnIncompleteAnswer() {
        routes.on(
                "GET",
                "/openapi/v1/leases",
                data("{\"list\":[" + lease("l-1", "1") + "],\"paging\":{\"pageSize\":10,"
                        + "\"currentPage\":1,\"pageCount\":1,\"totalRecords\":3}}"));

        assertThatThrownBy(() -> client().leases())
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("the list says 3 items but 1 came")
                .satisfies(
                        error -> assertThat(((ApiException) error).exitCode()).isEqualTo(75));
    }

    @Test
    void anErrorlessAnswerWithoutErrorFieldOrWithNullMessagesIsFine() {
        routes.on(
                "GET",
                "/openapi/v1/leases",
                ok("{\"data\":{\"list\":[" + lease("l-1", "1") + "],"
                        + "\"paging\":{\"currentPage\":1,\"pageCount\":1}}}"));
        routes.on(
                "GET",
                "/openapi/v1/invoices",
                ok("{\"data\":{\"invoiceShortInfoResponseModel\":[],"
                        + "\"pagingModel\":{\"currentPage\":1,\"pageCount\":0}},"
                        + "\"error\":{\"errorMessage\":null,\"errorCode\":null}}"));

        assertThat(client().leases()).hasSize(1);
        assertThat(client().invoices(LEASE)).isEmpty();
    }

    @Test
    void anEnvelopeErrorIsAnApiExceptionWithInnagosMessage() {
        routes.on(
                "GET",
                "/openapi/v1/leases/" + LEASE,
                ok("{\"data\":null,\"error\":{\"errorMessage\":\"Lease not found\",\"errorCode\":\"LEASE_404\"}}"));

        assertThatThrownBy(() -> client().lease(LEASE))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("Innago error 'Lease not found' (code LEASE_404)");
    }

    @Test
    void aServerIgnoringThePageNumberIsAnApiExceptionNotALoop() {
        routes.on("GET", "/openapi/v1/leases", page("list", "paging", 1, 3, lease("l-1", "1")));

        assertThatThrownBy(() -> client().leases())
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("asked for page 2 but got page 1");
        // Pages 2 and 3 were asked for at once, after page 1 told the count; none beyond it.
        assertThat(dataRequests()).hasSize(3);
    }

    @Test
    void failureMessagesNeverCarryTheSecretTheKeyOrTheToken() {
        List<Throwable> failures = new ArrayList<>();
        Function<RecordedRequest, MockResponse> echo = request -> answer(
                400,
                "bad request: "
                        + request.getHeaders().get("Authorization") + " "
                        + request.getHeaders().get("x-api-key") + " "
                        + request.getHeaders().get("Token") + " " + body(request));
        routes.onEach("GET", "/openapi/v1/leases", echo);
        routes.onEach("POST", "/openapi/v1/invoices", echo);
        routes.on("GET", "/openapi/v1/tenants", answer(401, "{\"errorMessage\":\"Unauthorized Access\"}"));
        routes.on("GET", "/openapi/v1/leases/" + LEASE, ok("<html>" + API_KEY + "</html>"));
        InnagoClient client = client();

        failures.add(catchThrowableOfType(client::leases, ApiException.class));
        failures.add(catchThrowableOfType(
                () -> client.createInvoice(TENANT, LEASE, BigDecimal.ONE, LocalDate.of(2026, 8, 1), "Rent"),
                ApiException.class));
        failures.add(catchThrowableOfType(() -> client.tenants(LEASE), ApiException.class));
        failures.add(catchThrowableOfType(() -> client.lease(LEASE), ApiException.class));
        routes.on("POST", TOKEN_PATH, answer(500, "token store down: " + CLIENT_SECRET));
        failures.add(catchThrowableOfType(() -> client.tenants(LEASE), ApiException.class));

        assertThat(failures).doesNotContainNull().hasSize(5);
        failures.forEach(InnagoClientTest::assertNoSecretIn);
    }

    private static void assertNoSecretIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage()))
                    .doesNotContain(CLIENT_SECRET)
                    .doesNotContain(API_KEY)
                    .doesNotContain("tok-")
                    .doesNotContain("refresh-")
                    .doesNotContain("s3cr%2Bt");
        }
    }

    // ---- test doubles ------------------------------------------------------------------------------------

    /**
     * Routes requests by method and path to queued answers (the last one repeats); the token endpoint mints
     * "tok-N"/"refresh-N" unless a test routes it. Unknown routes are 404.
     */
    private static final class Routes extends Dispatcher {
        private final Map<String, LinkedBlockingDeque<Function<RecordedRequest, MockResponse>>> answers =
                new ConcurrentHashMap<>();
        private final List<RecordedRequest> seen = new CopyOnWriteArrayList<>();
        private final AtomicInteger minted = new AtomicInteger();

        void on(String method, String path, MockResponse... responses) {
            LinkedBlockingDeque<Function<RecordedRequest, MockResponse>> queue = new LinkedBlockingDeque<>();
            for (MockResponse response : responses) {
                queue.add(request -> response);
            }
            answers.put(method + " " + path, queue);
        }

        void onEach(String method, String path, Function<RecordedRequest, MockResponse> answer) {
            answers.put(method + " " + path, new LinkedBlockingDeque<>(List.of(answer)));
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            seen.add(request);
            String key = request.getMethod() + " " + request.getUrl().encodedPath();
            LinkedBlockingDeque<Function<RecordedRequest, MockResponse>> queue = answers.get(key);
            if (queue == null && key.equals("POST " + TOKEN_PATH)) {
                int n = minted.incrementAndGet();
                return tokenAnswer("tok-" + n, "refresh-" + n);
            }
            if (queue == null) {
                return answer(404, "{\"errorMessage\":\"no route for " + key + "\"}");
            }
            synchronized (queue) {
                Function<RecordedRequest, MockResponse> next = queue.size() > 1 ? queue.poll() : queue.peek();
                return next.apply(request);
            }
        }
    }

    /** A clock tests move forward by hand. */
    private static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

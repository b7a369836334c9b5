package com.erefiber.vicvil.uisp;

import static com.erefiber.vicvil.uisp.RoutingDispatcher.json;
import static com.erefiber.vicvil.uisp.RoutingDispatcher.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.config.Secret;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.http.ApiException;
import com.erefiber.vicvil.http.HttpSettings;
import com.erefiber.vicvil.http.HttpTransport;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.uisp.crm.CrmApi;
import com.erefiber.vicvil.uisp.crm.model.AttributeValue;
import com.erefiber.vicvil.uisp.crm.model.Client;
import com.erefiber.vicvil.uisp.crm.model.ClientWrite;
import com.erefiber.vicvil.uisp.crm.model.Contact;
import com.erefiber.vicvil.uisp.crm.model.CustomAttribute;
import com.erefiber.vicvil.uisp.crm.model.Invoice;
import com.erefiber.vicvil.uisp.crm.model.NewInvoice;
import com.erefiber.vicvil.uisp.crm.model.NewService;
import com.erefiber.vicvil.uisp.crm.model.NewTicket;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.crm.model.ServicePatch;
import com.erefiber.vicvil.uisp.crm.model.ServicePlan;
import com.erefiber.vicvil.uisp.crm.model.SuspensionReason;
import com.erefiber.vicvil.uisp.crm.model.Ticket;
import com.erefiber.vicvil.uisp.nms.NmsApi;
import com.erefiber.vicvil.uisp.nms.model.Device;
import com.erefiber.vicvil.uisp.nms.model.Site;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Pins every UISP request (method, path, query, headers, body) to the reference and checks how answers are read. */
class UispClientTest {
    private static final String CRM_KEY = "crm-app-key-SECRET-1234";
    private static final String NMS_TOKEN = "nms-token-SECRET-5678";
    private static final String CRM = "/crm/api/v1.0";
    private static final String NMS = "/nms/api/v2.1";
    private static final int PAGE = 2;
    private static final String FIRST_PAGE = "limit=2&offset=0";

    private final ObjectMapper mapper = Json.mapper();
    private final RoutingDispatcher routes = new RoutingDispatcher();
    private MockWebServer server;
    private CrmApi crm;
    private NmsApi nms;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(routes);
        server.start(InetAddress.getLoopbackAddress(), 0);
        HttpSettings settings = new HttpSettings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                3,
                Duration.ofMillis(1),
                Duration.ofMillis(5),
                Optional.empty(),
                true);
        AppConfig.Uisp config = new AppConfig.Uisp(
                URI.create(server.url("/").toString()),
                Secret.of(CRM_KEY),
                Secret.of(NMS_TOKEN),
                "parent-site",
                Optional.empty(),
                "{property_slug}-{unit}",
                AppConfig.TenantServicePrice.ZERO);
        UispClient client = new UispClient(new HttpTransport(settings, mapper, request -> {}), config, PAGE);
        crm = client.crm();
        nms = client.nms();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // ---- request pinning helpers

    private static void assertCrm(RecordedRequest request, String method, String target) {
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getTarget()).isEqualTo(CRM + target);
        assertThat(request.getHeaders().get("X-Auth-App-Key")).isEqualTo(CRM_KEY);
        assertThat(request.getHeaders().get("x-auth-token")).isNull();
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    private static void assertNms(RecordedRequest request, String method, String target) {
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getTarget()).isEqualTo(NMS + target);
        assertThat(request.getHeaders().get("x-auth-token")).isEqualTo(NMS_TOKEN);
        assertThat(request.getHeaders().get("X-Auth-App-Key")).isNull();
    }

    private void assertJsonBody(RecordedRequest request, String expected) throws IOException {
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(mapper.readTree(request.getBody().utf8())).isEqualTo(mapper.readTree(expected));
    }

    /** The one request was this CRM write with this JSON body. */
    private void assertOnlyCrmWrite(String method, String target, String body) throws IOException {
        RecordedRequest request = routes.only();
        assertCrm(request, method, target);
        assertJsonBody(request, body);
    }

    /** The one request was this NMS write with this JSON body. */
    private void assertOnlyNmsWrite(String method, String target, String body) throws IOException {
        RecordedRequest request = routes.only();
        assertNms(request, method, target);
        assertJsonBody(request, body);
    }

    private static void assertNoBody(RecordedRequest request) {
        assertThat(request.getBodySize()).isZero();
    }

    private static MockResponse created(String location) {
        return new MockResponse.Builder()
                .code(201)
                .addHeader("Location", location)
                .build();
    }

    private static final String CLIENT_JSON =
            """
            {"id": 1001, "userIdent": "jane.doe@example.com", "clientType": 1, "isLead": false,
             "firstName": "Jane", "lastName": "Doe", "street1": "300 S Harper St", "street2": "#4",
             "city": "Nelsonville", "zipCode": "45764", "isArchived": false, "hasSuspendedService": true,
             "stopServiceDue": false, "registrationDate": "2025-03-01T00:00:00-0500",
             "accountBalance": -12.5, "unknownField": {"nested": true},
             "contacts": [{"id": 2000, "clientId": 1001, "email": "jane.doe@example.com", "phone": "740-555-0100",
                           "name": "Jane Doe", "isBilling": true, "isContact": true, "types": []}],
             "attributes": [{"id": 3, "clientId": 1001, "customAttributeId": 5, "name": "vicvil unit",
                             "key": "vicvilUnit", "value": "300 S Harper #4", "clientZoneVisible": false}]}
            """;

    private static String clients(int... ids) {
        return IntStream.of(ids)
                .mapToObj(id -> "{\"id\": " + id + ", \"firstName\": \"C" + id + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Nested
    class CrmClients {
        @Test
        void listsClientsByUserIdentAndReadsTheirFields() {
            routes.on("GET", CRM + "/clients", ok("[" + CLIENT_JSON + "]"));

            List<Client> found = crm.clientsByUserIdent("jane.doe@example.com");

            assertCrm(routes.only(), "GET", "/clients?userIdent=jane.doe%40example.com&" + FIRST_PAGE);
            assertThat(found).hasSize(1);
            Client client = found.get(0);
            assertThat(client.id()).isEqualTo(1001);
            assertThat(client.street2()).isEqualTo("#4");
            assertThat(client.isLead()).isFalse();
            assertThat(client.hasSuspendedService()).isTrue();
            assertThat(client.registrationDate())
                    .isEqualTo(OffsetDateTime.of(2025, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-5)));
            assertThat(client.contacts())
                    .containsExactly(
                            new Contact(2000L, "jane.doe@example.com", "740-555-0100", "Jane Doe", true, true));
            assertThat(client.attribute("vicvilUnit")).contains("300 S Harper #4");
            assertThat(client.attribute("other")).isEmpty();
        }

        @Test
        void listsClientsByCustomAttributeWithTheValueEncoded() {
            routes.on("GET", CRM + "/clients", ok("[]"));

            assertThat(crm.clientsTagged("vicvilUnit", "300 S Harper #4")).isEmpty();

            assertCrm(
                    routes.only(),
                    "GET",
                    "/clients?customAttributeKey=vicvilUnit" + "&customAttributeValue=300%20S%20Harper%20%234&"
                            + FIRST_PAGE);
        }

        @Test
        void listsClientsByEmail() {
            routes.on("GET", CRM + "/clients", ok(clients(7)));

            assertThat(crm.clientsByEmail("a@b.example")).extracting(Client::id).containsExactly(7L);

            assertCrm(routes.only(), "GET", "/clients?email=a%40b.example&" + FIRST_PAGE);
        }

        @Test
        void readsEveryPageUntilAShortOne() {
            routes.on(
                    "GET", CRM + "/clients", request -> switch (request.getUrl().queryParameter("offset")) {
                        case "0" -> ok(clients(1, 2));
                        case "2" -> ok(clients(3, 4));
                        case "4" -> ok(clients(5));
                        default -> json(400, "{\"code\":400,\"message\":\"Bad request.\"}");
                    });

            List<Client> all = crm.clientsTagged("vicvilUnit", "x");

            assertThat(all).extracting(Client::id).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(routes.requests()).hasSize(3);
            assertThat(routes.requests())
                    .extracting(request -> request.getUrl().encodedQuery())
                    .containsExactly(
                            "customAttributeKey=vicvilUnit&customAttributeValue=x&limit=2&offset=0",
                            "customAttributeKey=vicvilUnit&customAttributeValue=x&limit=2&offset=2",
                            "customAttributeKey=vicvilUnit&customAttributeValue=x&limit=2&offset=4");
        }

        @Test
        void stopsAfterAnEmptyPageWhenTheLastFullPageEndedTheList() {
            routes.on(
                    "GET",
                    CRM + "/clients",
                    request -> ok("0".equals(request.getUrl().queryParameter("offset")) ? clients(1, 2) : "[]"));

            assertThat(crm.clientsByEmail("x@y.example")).hasSize(2);
            assertThat(routes.requests()).hasSize(2);
        }

        @Test
        void failsInsteadOfLoopingWhenTheServerIgnoresTheOffset() {
            routes.on("GET", CRM + "/clients", ok(clients(1, 2)));

            assertThatThrownBy(() -> crm.clientsByEmail("x@y.example"))
                    .isInstanceOf(ApiException.class)
                    .hasMessageContaining("does not honour offset");
            assertThat(routes.requests()).hasSize(2);
        }

        @Test
        void createsAClientWithTheWholeBodyAndReadsTheIdFromTheAnswer() throws IOException {
            routes.on("POST", CRM + "/clients", json(201, CLIENT_JSON));
            ClientWrite body = ClientWrite.builder()
                    .residential("Jane", "Doe")
                    .userIdent("jane.doe@example.com")
                    .address("300 S Harper St", "#4", "Nelsonville", 36L, 249L, "45764")
                    .stopServiceDue(false)
                    .note("created by vicvil")
                    .contacts(List.of(Contact.of("Jane Doe", "jane.doe@example.com", "740-555-0100")))
                    .attributes(List.of(new AttributeValue(5, "300 S Harper #4")))
                    .build();

            assertThat(crm.createClient(body)).isEqualTo(1001);

            assertOnlyCrmWrite(
                    "POST",
                    "/clients",
                    """
                    {"clientType": 1, "isLead": false, "firstName": "Jane", "lastName": "Doe",
                     "userIdent": "jane.doe@example.com", "street1": "300 S Harper St", "street2": "#4",
                     "city": "Nelsonville", "stateId": 36, "countryId": 249, "zipCode": "45764",
                     "stopServiceDue": false, "note": "created by vicvil",
                     "contacts": [{"email": "jane.doe@example.com", "phone": "740-555-0100", "name": "Jane Doe",
                                   "isBilling": true, "isContact": true}],
                     "attributes": [{"customAttributeId": 5, "value": "300 S Harper #4"}]}
                    """);
        }

        @Test
        void neverResendsACreateAfterAServerError() {
            routes.on(
                    "POST", CRM + "/clients", json(503, "{\"code\":503,\"message\":\"down\"}"), json(201, CLIENT_JSON));

            assertThatThrownBy(() -> crm.createClient(
                            ClientWrite.builder().residential("A", "B").build()))
                    .isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).exitCode()).isEqualTo(ExitCodes.TEMPFAIL));
            assertThat(routes.requests()).hasSize(1);
        }

        @Test
        void patchesOnlyTheNamedFields() throws IOException {
            routes.on("PATCH", CRM + "/clients/1001", ok(CLIENT_JSON));

            crm.patchClient(
                    1001,
                    ClientWrite.builder()
                            .attributes(List.of(new AttributeValue(5, "300 S Harper #4")))
                            .build());

            assertOnlyCrmWrite(
                    "PATCH",
                    "/clients/1001",
                    "{\"attributes\": [{\"customAttributeId\": 5, \"value\": \"300 S Harper #4\"}]}");
        }
    }

    @Nested
    class CrmAttributesAndPlans {
        @Test
        void listsCustomAttributesOfOneType() {
            routes.on(
                    "GET",
                    CRM + "/custom-attributes",
                    ok(
                            """
                    [{"id": 5, "name": "vicvil unit", "key": "vicvilUnit", "attributeType": "client",
                      "type": "string", "clientZoneVisible": false}]"""));

            assertThat(crm.customAttributes("client"))
                    .containsExactly(new CustomAttribute(5, "vicvil unit", "vicvilUnit", "client", "string", false));
            assertCrm(routes.only(), "GET", "/custom-attributes?attributeType=client&" + FIRST_PAGE);
        }

        @Test
        void createsAHiddenStringAttributeAndReturnsItsKey() throws IOException {
            routes.on(
                    "POST",
                    CRM + "/custom-attributes",
                    json(
                            201,
                            """
                    {"id": 6, "name": "vicvilUnit", "key": "vicvilUnit", "attributeType": "service",
                     "type": "string", "clientZoneVisible": false}"""));

            CustomAttribute made = crm.createCustomAttribute("vicvilUnit", "service");

            assertThat(made.id()).isEqualTo(6);
            assertThat(made.key()).isEqualTo("vicvilUnit");
            assertOnlyCrmWrite(
                    "POST",
                    "/custom-attributes",
                    """
                    {"name": "vicvilUnit", "attributeType": "service", "type": "string", "clientZoneVisible": false}
                    """);
        }

        @Test
        void learnsTheKeyOfACreatedAttributeFromTheListWhenTheAnswerHasOnlyALocation() {
            routes.on("POST", CRM + "/custom-attributes", created("/custom-attributes/6"));
            routes.on(
                    "GET",
                    CRM + "/custom-attributes",
                    request -> ok(
                            "0".equals(request.getUrl().queryParameter("offset"))
                                    ? "[{\"id\": 5, \"key\": \"other\"}, {\"id\": 6, \"key\": \"vicvilUnit\"}]"
                                    : "[]"));

            assertThat(crm.createCustomAttribute("vicvilUnit", "client").key()).isEqualTo("vicvilUnit");
            assertThat(routes.requests().get(1).getTarget())
                    .isEqualTo(CRM + "/custom-attributes?attributeType=client&" + FIRST_PAGE);
        }

        @Test
        void listsServicePlansWithTheirPeriods() {
            routes.on(
                    "GET",
                    CRM + "/service-plans",
                    ok(
                            """
                    [{"id": 3, "name": "Fiber 100", "servicePlanType": "Internet", "public": true, "archived": false,
                      "downloadSpeed": 100, "uploadSpeed": 100,
                      "periods": [{"id": 30, "period": 1, "price": 55.0, "enabled": true},
                                  {"id": 31, "period": 3, "price": 150.0, "enabled": false}]}]"""));

            List<ServicePlan> plans = crm.servicePlans();

            assertCrm(routes.only(), "GET", "/service-plans?" + FIRST_PAGE);
            ServicePlan plan = plans.get(0);
            assertThat(plan.isPublic()).isTrue();
            assertThat(plan.downloadSpeed()).isEqualByComparingTo("100");
            assertThat(plan.periods()).hasSize(2);
            ServicePlan.Period monthly = plan.monthlyPeriod().orElseThrow();
            assertThat(monthly.id()).isEqualTo(30);
            assertThat(monthly.price()).isEqualByComparingTo("55");
        }

        @Test
        void listsAndCreatesSuspensionReasons() throws IOException {
            routes.on("GET", CRM + "/service-suspension-reasons", ok("[{\"id\": 1, \"name\": \"Unpaid rent\"}]"));
            routes.on("POST", CRM + "/service-suspension-reasons", json(201, "{\"id\": 2, \"name\": \"Moved out\"}"));

            assertThat(crm.suspensionReasons()).containsExactly(new SuspensionReason(1, "Unpaid rent"));
            assertThat(crm.createSuspensionReason("Moved out")).isEqualTo(2);

            assertCrm(routes.requests().get(0), "GET", "/service-suspension-reasons?" + FIRST_PAGE);
            RecordedRequest create = routes.requests().get(1);
            assertCrm(create, "POST", "/service-suspension-reasons");
            assertJsonBody(create, "{\"name\": \"Moved out\"}");
        }
    }

    private static final String SERVICE_JSON =
            """
            {"id": 41, "clientId": 1001, "status": 3, "servicePlanId": 3, "servicePlanPeriodId": 30,
             "servicePlanName": "Fiber 100", "servicePlanPeriod": 1, "name": "Internet", "price": 0,
             "totalPrice": 0, "hasIndividualPrice": true, "street1": "300 S Harper St", "street2": "#4",
             "activeFrom": "2025-03-01T00:00:00-0500", "activeTo": null, "suspensionReasonId": 1,
             "unmsClientSiteId": "7b1c38b5-a8b5-48c7-867c-405668be0324", "unmsClientSiteStatus": "active",
             "attributes": [{"id": "2c6984d7-03ae-4e48-a212-7b99378837a2", "serviceId": 41, "customAttributeId": 6,
                             "name": "vicvilUnit", "key": "vicvilUnit", "value": "300 S Harper #4"}],
             "suspensionPeriods": [{"id": 9, "startDate": "2025-04-06T00:00:00-0400", "endDate": null}]}
            """;

    @Nested
    class CrmServices {
        @Test
        void listsServicesOfAClientInSomeStatuses() {
            routes.on("GET", CRM + "/clients/services", ok("[" + SERVICE_JSON + "]"));

            List<Service> services = crm.services(1001L, List.of(Service.ACTIVE, Service.SUSPENDED));

            assertCrm(
                    routes.only(),
                    "GET",
                    "/clients/services?clientId=1001&statuses%5B%5D=1&statuses%5B%5D=3&" + FIRST_PAGE);
            Service service = services.get(0);
            assertThat(service.status()).isEqualTo(Service.SUSPENDED);
            assertThat(service.servicePlanPeriodId()).isEqualTo(30);
            assertThat(service.price()).isEqualByComparingTo("0");
            assertThat(service.activeTo()).isNull();
            assertThat(service.unmsClientSiteId()).isEqualTo("7b1c38b5-a8b5-48c7-867c-405668be0324");
            assertThat(service.attribute("vicvilUnit")).contains("300 S Harper #4");
            assertThat(service.suspensionPeriods())
                    .containsExactly(new Service.SuspensionPeriod(
                            9L, OffsetDateTime.of(2025, 4, 6, 0, 0, 0, 0, ZoneOffset.ofHours(-4)), null));
        }

        @Test
        void listsAllServicesWhenNoFilterIsGiven() {
            routes.on("GET", CRM + "/clients/services", ok("[]"));

            assertThat(crm.services(null, List.of())).isEmpty();

            assertCrm(routes.only(), "GET", "/clients/services?" + FIRST_PAGE);
        }

        @Test
        void listsServicesByCustomAttribute() {
            routes.on("GET", CRM + "/clients/services", ok("[]"));

            crm.servicesTagged("vicvilUnit", "300 S Harper #4", List.of(Service.ACTIVE));

            assertCrm(
                    routes.only(),
                    "GET",
                    "/clients/services?statuses%5B%5D=1&customAttributeKey=vicvilUnit"
                            + "&customAttributeValue=300%20S%20Harper%20%234&" + FIRST_PAGE);
        }

        @Test
        void readsOneService() {
            routes.on("GET", CRM + "/clients/services/41", ok(SERVICE_JSON));

            assertThat(crm.service(41).status()).isEqualTo(Service.SUSPENDED);

            assertCrm(routes.only(), "GET", "/clients/services/41");
        }

        @Test
        void createsAServiceUnderItsClientWithCrmDatesAndReadsTheIdFromTheLocation() throws IOException {
            routes.on("POST", CRM + "/clients/1001/services", created("/clients/services/42"));
            OffsetDateTime start = OffsetDateTime.of(2025, 6, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-4));
            NewService body = NewService.builder(30)
                    .name("Internet")
                    .price(BigDecimal.ZERO)
                    .activeFrom(start, start)
                    .sendEmailsAutomatically(false)
                    .address("300 S Harper St", "#4", "Nelsonville", "45764")
                    .unmsClientSiteId("7b1c38b5-a8b5-48c7-867c-405668be0324")
                    .note("vicvil")
                    .attributes(List.of(new AttributeValue(6, "300 S Harper #4")))
                    .build();

            assertThat(crm.createService(1001, body)).isEqualTo(42);

            assertOnlyCrmWrite(
                    "POST",
                    "/clients/1001/services",
                    """
                    {"servicePlanPeriodId": 30, "name": "Internet", "price": 0,
                     "activeFrom": "2025-06-01T00:00:00-0400", "invoicingStart": "2025-06-01T00:00:00-0400",
                     "sendEmailsAutomatically": false, "street1": "300 S Harper St", "street2": "#4",
                     "city": "Nelsonville", "zipCode": "45764",
                     "unmsClientSiteId": "7b1c38b5-a8b5-48c7-867c-405668be0324", "note": "vicvil",
                     "attributes": [{"customAttributeId": 6, "value": "300 S Harper #4"}]}
                    """);
        }

        @Test
        void sendsOnlyThePlanPeriodOnAPlanChange() throws IOException {
            routes.on("PATCH", CRM + "/clients/services/41", ok(SERVICE_JSON));

            crm.patchService(41, ServicePatch.planPeriod(31));

            assertOnlyCrmWrite("PATCH", "/clients/services/41", "{\"servicePlanPeriodId\": 31}");
        }

        @Test
        void sendsANullValueToRemoveAnAttribute() throws IOException {
            routes.on("PATCH", CRM + "/clients/services/41", ok(SERVICE_JSON));

            crm.patchService(41, ServicePatch.attributes(List.of(new AttributeValue(6, null))));

            assertJsonBody(routes.only(), "{\"attributes\": [{\"customAttributeId\": 6, \"value\": null}]}");
        }

        @Test
        void suspendsWithAReasonAndAcceptsAnEmptyAnswer() throws IOException {
            routes.on(
                    "PATCH",
                    CRM + "/clients/services/41/suspend",
                    new MockResponse.Builder().code(200).build());

            crm.suspendService(41, 1);

            assertOnlyCrmWrite("PATCH", "/clients/services/41/suspend", "{\"suspensionReasonId\": 1}");
        }

        @Test
        void cancelsASuspensionWithoutABody() {
            routes.on(
                    "PATCH",
                    CRM + "/clients/services/41/cancel-suspend",
                    new MockResponse.Builder().code(200).build());

            crm.cancelSuspension(41);

            RecordedRequest request = routes.only();
            assertCrm(request, "PATCH", "/clients/services/41/cancel-suspend");
            assertNoBody(request);
        }

        @Test
        void endsAServiceWithoutABody() {
            routes.on("PATCH", CRM + "/clients/services/41/end", ok(SERVICE_JSON));

            crm.endService(41);

            RecordedRequest request = routes.only();
            assertCrm(request, "PATCH", "/clients/services/41/end");
            assertNoBody(request);
        }

        @Test
        void bindsAServiceToAnNmsSite() throws IOException {
            routes.on("PATCH", CRM + "/clients/services/41/unmsclientsite/bind", ok(SERVICE_JSON));

            crm.bindServiceToSite(41, "7b1c38b5-a8b5-48c7-867c-405668be0324");

            assertOnlyCrmWrite(
                    "PATCH",
                    "/clients/services/41/unmsclientsite/bind",
                    "{\"unmsClientSiteId\": \"7b1c38b5-a8b5-48c7-867c-405668be0324\"}");
        }
    }

    @Nested
    class CrmTicketsAndInvoices {
        @Test
        void listsTicketsOfAClientInSomeStatusesWithTheirComments() {
            routes.on(
                    "GET",
                    CRM + "/ticketing/tickets",
                    ok(
                            """
                    [{"id": 77, "clientId": 1001, "subject": "No internet", "status": 1, "public": false,
                      "createdAt": "2025-05-02T10:00:00+0000", "lastActivity": "2025-05-03T09:30:00+0000",
                      "activity": [
                        {"id": 1, "type": "comment", "public": false, "userId": null,
                         "createdAt": "2025-05-02T10:00:00+0000", "comment": {"body": "[vicvil innago:abc] down"}},
                        {"id": 2, "type": "status_change", "public": false,
                         "statusChange": {"previousStatus": 0, "status": 1}}]}]"""));

            List<Ticket> tickets = crm.tickets(1001L, List.of(Ticket.NEW, Ticket.OPEN, Ticket.PENDING));

            assertCrm(
                    routes.only(),
                    "GET",
                    "/ticketing/tickets?clientId=1001&statuses%5B%5D=0&statuses%5B%5D=1" + "&statuses%5B%5D=2&"
                            + FIRST_PAGE);
            Ticket ticket = tickets.get(0);
            assertThat(ticket.isPublic()).isFalse();
            assertThat(ticket.lastActivity()).isEqualTo(OffsetDateTime.of(2025, 5, 3, 9, 30, 0, 0, ZoneOffset.UTC));
            assertThat(ticket.commentBodies()).containsExactly("[vicvil innago:abc] down");
            assertThat(ticket.activity().get(1).statusChange()).isEqualTo(new Ticket.StatusChange(0, 1));
        }

        @Test
        void createsATicketWithItsFirstCommentAsActivity() throws IOException {
            routes.on("POST", CRM + "/ticketing/tickets", json(201, "{\"id\": 78, \"status\": 0, \"activity\": []}"));

            long id = crm.createTicket(NewTicket.of(
                    1001,
                    "No internet (300 S Harper #4)",
                    Ticket.NEW,
                    false,
                    "[vicvil innago:abc] Tenant reports no internet"));

            assertThat(id).isEqualTo(78);
            assertOnlyCrmWrite(
                    "POST",
                    "/ticketing/tickets",
                    """
                    {"clientId": 1001, "subject": "No internet (300 S Harper #4)", "status": 0, "public": false,
                     "activity": [{"public": false,
                             "comment": {"body": "[vicvil innago:abc] Tenant reports no internet"}}]}
                    """);
        }

        @Test
        void patchesATicketStatus() throws IOException {
            routes.on("PATCH", CRM + "/ticketing/tickets/78", ok("{\"id\": 78, \"status\": 3}"));

            crm.setTicketStatus(78, Ticket.SOLVED);

            assertOnlyCrmWrite("PATCH", "/ticketing/tickets/78", "{\"status\": 3}");
        }

        @Test
        void addsACommentToATicket() throws IOException {
            routes.on("POST", CRM + "/ticketing/tickets/comments", created("/ticketing/tickets/comments/501"));

            assertThat(crm.addTicketComment(78, "Fixed by replacing the ONU", true))
                    .isEqualTo(501);

            assertOnlyCrmWrite(
                    "POST",
                    "/ticketing/tickets/comments",
                    "{\"ticketId\": 78, \"body\": \"Fixed by replacing the ONU\", \"public\": true}");
        }

        @Test
        void createsAnInvoiceForAClient() throws IOException {
            routes.on("POST", CRM + "/clients/9/invoices", json(201, "{\"id\": \"314\", \"clientId\": 9}"));
            NewInvoice invoice = new NewInvoice(
                    "ERE-VV-2025-05",
                    List.of(new NewInvoice.Item(
                            "Fiber 100 – 113 units", new BigDecimal("35.00"), new BigDecimal("113"))),
                    true,
                    30,
                    "Victorian Village, May 2025",
                    OffsetDateTime.of(2025, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC));

            assertThat(crm.createInvoice(9, invoice)).isEqualTo(314);

            assertOnlyCrmWrite(
                    "POST",
                    "/clients/9/invoices",
                    """
                    {"number": "ERE-VV-2025-05", "draft": true, "maturityDays": 30,
                     "notes": "Victorian Village, May 2025", "createdDate": "2025-06-01T00:00:00+0000",
                     "items": [{"label": "Fiber 100 – 113 units", "price": 35.00, "quantity": 113}]}
                    """);
        }

        @Test
        void listsInvoicesByNumberAndByClient() {
            routes.on(
                    "GET",
                    CRM + "/invoices",
                    ok(
                            """
                    [{"id": 314, "clientId": 9, "number": "ERE-VV-2025-05", "status": 0,
                      "createdDate": "2025-06-01T00:00:00+0000", "dueDate": "2025-07-01T00:00:00+0000",
                      "total": 3955.0, "amountToPay": 3955.0, "currencyCode": "USD",
                      "items": [{"id": 1, "label": "Fiber 100", "price": 35.0, "quantity": 113, "total": 3955.0,
                                 "type": "other"}]}]"""));

            List<Invoice> byNumber = crm.invoicesByNumber("ERE-VV-2025-05");
            crm.invoicesOfClient(9);

            assertCrm(routes.requests().get(0), "GET", "/invoices?number=ERE-VV-2025-05&" + FIRST_PAGE);
            assertCrm(routes.requests().get(1), "GET", "/invoices?clientId=9&" + FIRST_PAGE);
            Invoice invoice = byNumber.get(0);
            assertThat(invoice.status()).isEqualTo(Invoice.DRAFT);
            assertThat(invoice.amountToPay()).isEqualByComparingTo("3955");
            assertThat(invoice.items()).extracting(Invoice.Item::label).containsExactly("Fiber 100");
        }
    }

    private static final String ONU_JSON =
            """
            {"enabled": true, "ipAddress": "10.0.0.9",
             "identification": {"id": "onu-1", "name": "300-s-harper-4", "serialNumber": "UBNT1234ABCD",
               "mac": "aa:bb:cc:00:00:01", "type": "onu", "model": "UF-Nano", "authorized": true, "status": "active",
               "site": {"id": "site-4", "name": "300 S Harper #4", "type": "endpoint", "status": "active"}},
             "overview": {"status": "active", "cpu": 3}}
            """;

    private static final String UNASSIGNED_ONU_JSON =
            """
            {"enabled": false, "identification": {"id": "onu-2", "name": null, "serialNumber": "UBNT9999",
             "type": "onu", "authorized": false, "status": "unauthorized", "site": null},
             "overview": {"status": "unauthorized"}}
            """;

    private static final String SITE_JSON =
            """
            {"id": "site-4",
             "identification": {"id": "site-4", "name": "300 S Harper #4", "type": "endpoint", "status": "active",
               "parent": {"id": "parent-site", "name": "Victorian Village", "type": "site"}, "suspended": false},
             "description": {"address": "300 S Harper St #4, Nelsonville, OH", "note": null,
               "location": {"latitude": 39.46, "longitude": -82.23}, "ucrmId": "1001"},
             "ucrm": {"client": {"id": "1001", "name": "Jane Doe"},
                      "service": {"id": "41", "name": "Internet", "status": 1}}}
            """;

    @Nested
    class Nms {
        @Test
        void listsOnusWithTheNmsTokenOnly() {
            routes.on("GET", NMS + "/devices", ok("[" + ONU_JSON + "," + UNASSIGNED_ONU_JSON + "]"));

            List<Device> onus = nms.onus();

            assertNms(routes.only(), "GET", "/devices?type=onu");
            Device assigned = onus.get(0);
            assertThat(assigned.id()).isEqualTo("onu-1");
            assertThat(assigned.enabled()).isTrue();
            assertThat(assigned.identification().serialNumber()).isEqualTo("UBNT1234ABCD");
            assertThat(assigned.identification().model()).isEqualTo("UF-Nano");
            assertThat(assigned.siteId()).contains("site-4");
            assertThat(assigned.overview().status()).isEqualTo("active");
            Device unassigned = onus.get(1);
            assertThat(unassigned.siteId()).isEmpty();
            assertThat(unassigned.enabled()).isFalse();
            assertThat(unassigned.identification().authorized()).isFalse();
        }

        @Test
        void listsDevicesOfATypeInASite() {
            routes.on("GET", NMS + "/devices", ok("[]"));

            nms.devices("onu", "site-4");

            assertNms(routes.only(), "GET", "/devices?type=onu&siteId=site-4");
        }

        @Test
        void putsBothNameAndEnabledStateOfAnOnu() throws IOException {
            routes.on(
                    "PUT",
                    NMS + "/devices/onus/onu-1/system",
                    ok("{\"name\": \"300-s-harper-4\", \"enabled\": false}"));

            nms.setOnuSystem("onu-1", "300-s-harper-4", false);

            assertOnlyNmsWrite(
                    "PUT", "/devices/onus/onu-1/system", "{\"name\": \"300-s-harper-4\", \"enabled\": false}");
        }

        @Test
        void authorizesDevicesIntoASiteAndRetriesThisIdempotentPost() throws IOException {
            routes.on(
                    "POST",
                    NMS + "/devices/authorize",
                    json(503, "{\"statusCode\": 503, \"error\": \"Service Unavailable\"}"),
                    ok("{\"result\": true, \"message\": \"ok\"}"));

            nms.authorize("site-4", List.of("onu-1", "onu-2"));

            assertThat(routes.requests()).hasSize(2);
            RecordedRequest request = routes.requests().get(1);
            assertNms(request, "POST", "/devices/authorize");
            assertJsonBody(request, "{\"siteId\": \"site-4\", \"deviceIds\": [\"onu-1\", \"onu-2\"]}");
        }

        @Test
        void treatsAnAuthorizeAnswerWithResultFalseAsAFailure() {
            routes.on("POST", NMS + "/devices/authorize", ok("{\"result\": false, \"message\": \"Device not found\"}"));

            assertThatThrownBy(() -> nms.authorize("site-4", List.of("onu-9")))
                    .isInstanceOf(ApiException.class)
                    .hasMessageContaining("Device not found");
        }

        @Test
        void listsSitesWithCrmDetailsReadingCrmIdsAsStringsOrNumbers() {
            String numericIds = SITE_JSON
                    .replace("\"id\": \"site-4\",\n", "")
                    .replace("{\"id\": \"41\"", "{\"id\": 41")
                    .replace("{\"id\": \"1001\"", "{\"id\": 1001");
            routes.on("GET", NMS + "/sites", ok("[" + SITE_JSON + "," + numericIds + "]"));

            List<Site> sites = nms.sites("endpoint");

            assertNms(routes.only(), "GET", "/sites?type=endpoint&ucrmDetails=true");
            for (Site site : sites) {
                assertThat(site.id()).isEqualTo("site-4");
                assertThat(site.parentId()).contains("parent-site");
                assertThat(site.identification().suspended()).isFalse();
                assertThat(site.description().location()).isEqualTo(new Site.Location(39.46, -82.23));
                assertThat(site.ucrm().client().id()).isEqualTo("1001");
                assertThat(site.ucrm().service().id()).isEqualTo("41");
                assertThat(site.crmServiceId()).contains(41L);
            }
        }

        @Test
        void listsSitesOfEveryTypeWhenNoTypeIsGiven() {
            routes.on("GET", NMS + "/sites", ok("[]"));

            nms.sites(null);

            assertNms(routes.only(), "GET", "/sites?ucrmDetails=true");
        }

        @Test
        void createsAnEndpointSiteUnderTheParentAtTheComplexLocation() throws IOException {
            routes.on("POST", NMS + "/sites", ok(SITE_JSON));

            Site site = nms.createEndpointSite(
                    "300 S Harper #4",
                    "parent-site",
                    new Site.Location(39.46, -82.23),
                    "300 S Harper St #4, Nelsonville, OH");

            assertThat(site.id()).isEqualTo("site-4");
            assertOnlyNmsWrite(
                    "POST",
                    "/sites",
                    """
                    {"name": "300 S Harper #4", "type": "endpoint", "parentSiteId": "parent-site",
                     "location": {"latitude": 39.46, "longitude": -82.23},
                     "address": "300 S Harper St #4, Nelsonville, OH"}
                    """);
        }

        @Test
        void findsACreatedSiteByNameUnderItsParentWhenTheAnswerHasNoBody() {
            routes.on("POST", NMS + "/sites", ok(""));
            routes.on("GET", NMS + "/sites", ok("[" + SITE_JSON + "]"));

            Site site =
                    nms.createEndpointSite("300 S Harper #4", "parent-site", new Site.Location(39.46, -82.23), null);

            assertThat(site.id()).isEqualTo("site-4");
            assertThat(routes.requests()).hasSize(2);
            assertNms(routes.requests().get(1), "GET", "/sites?type=endpoint&ucrmDetails=true");
        }

        @Test
        void suspendsAndUnsuspendsASiteWithoutABodyAcceptingAnyAnswer() {
            routes.on("POST", NMS + "/sites/site-4/suspend", ok(SITE_JSON));
            routes.on(
                    "POST",
                    NMS + "/sites/site-4/unsuspend",
                    new MockResponse.Builder().code(200).build());

            nms.suspendSite("site-4");
            nms.unsuspendSite("site-4");

            assertNms(routes.requests().get(0), "POST", "/sites/site-4/suspend");
            assertNoBody(routes.requests().get(0));
            assertNms(routes.requests().get(1), "POST", "/sites/site-4/unsuspend");
            assertNoBody(routes.requests().get(1));
        }
    }

    @Nested
    class Failures {
        @Test
        void aRejectedCrmKeyIsAConfigErrorNamingTheCrmWithoutTheKey() {
            routes.on(
                    "GET",
                    CRM + "/service-plans",
                    json(401, "{\"code\": 401, \"message\": \"User authentication failed.\"}"));

            assertThatThrownBy(() -> crm.servicePlans())
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCodes.CONFIG);
                        assertThat(e.api()).isEqualTo(UispClient.CRM_API);
                        assertThat(e.isUnauthorized()).isTrue();
                    })
                    .hasMessageContaining("UISP CRM")
                    .hasMessageContaining("401")
                    .hasMessageNotContaining(CRM_KEY)
                    .hasMessageNotContaining(NMS_TOKEN);
            assertThat(routes.requests()).hasSize(1);
        }

        @Test
        void aRejectedNmsTokenNamesTheNms() {
            routes.on("GET", NMS + "/devices", json(401, "{\"statusCode\": 401, \"error\": \"Unauthorized\"}"));

            assertThatThrownBy(() -> nms.onus())
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.CONFIG))
                    .hasMessageContaining("UISP NMS")
                    .hasMessageNotContaining(NMS_TOKEN);
        }

        @Test
        void aServerErrorOnAReadIsRetriedUntilItSucceeds() {
            routes.on(
                    "GET",
                    CRM + "/service-suspension-reasons",
                    json(500, "{\"code\": 500, \"message\": \"oops\"}"),
                    json(502, "<html>bad gateway</html>"),
                    ok("[{\"id\": 1, \"name\": \"Unpaid rent\"}]"));

            assertThat(crm.suspensionReasons()).hasSize(1);
            assertThat(routes.requests()).hasSize(3);
        }

        /** A GET answered with {@code answer} makes {@code call} fail as an ApiException mentioning {@code problem}. */
        private void assertUnreadable(String path, MockResponse answer, ThrowingCallable call, String problem) {
            routes.on("GET", path, answer);

            assertThatThrownBy(call).isInstanceOf(ApiException.class).hasMessageContaining(problem);
        }

        @Test
        void malformedJsonIsAnApiException() {
            assertUnreadable(
                    CRM + "/clients", ok("[{\"id\": 1,"), () -> crm.clientsByEmail("a@b.example"), "malformed JSON");
        }

        @Test
        void anHtmlPageIsAnApiException() {
            assertUnreadable(
                    NMS + "/sites",
                    new MockResponse.Builder()
                            .code(200)
                            .addHeader("Content-Type", "text/html")
                            .body("<!DOCTYPE html><html><body>Login</body></html>")
                            .build(),
                    () -> nms.sites(null),
                    "HTML");
        }

        @Test
        void anObjectWhereAListBelongsIsAnApiException() {
            assertUnreadable(
                    CRM + "/clients/services",
                    ok("{\"code\": 200}"),
                    () -> crm.services(null, List.of()),
                    "expected a JSON array");
        }

        @Test
        void aClientWithoutAnIdIsAnApiExceptionNotIdZero() {
            assertUnreadable(
                    CRM + "/clients",
                    ok("[{\"firstName\": \"No id\"}]"),
                    () -> crm.clientsByEmail("a@b.example"),
                    "cannot read Client");
        }

        @Test
        void aNullIdIsAnApiExceptionNotIdZero() {
            assertUnreadable(
                    CRM + "/clients/services",
                    ok("[{\"id\": null, \"clientId\": 1, \"status\": 1}]"),
                    () -> crm.services(null, List.of()),
                    "cannot read Service");
        }

        @Test
        void aDeviceWithoutIdentificationIsAnApiException() {
            assertUnreadable(NMS + "/devices", ok("[{\"enabled\": true}]"), () -> nms.onus(), "cannot read Device");
        }

        @Test
        void aDateWithoutAnOffsetIsAnApiException() {
            assertUnreadable(
                    CRM + "/invoices",
                    ok("[{\"id\": 1, \"clientId\": 9, \"status\": 1, \"dueDate\": \"2025-07-01\"}]"),
                    () -> crm.invoicesOfClient(9),
                    "cannot read Invoice");
        }

        @Test
        void idsSentAsStringsAreRead() {
            routes.on("GET", CRM + "/clients", ok("[{\"id\": \"42\"}]"));

            assertThat(crm.clientsByEmail("a@b.example")).extracting(Client::id).containsExactly(42L);
        }

        @Test
        void aCreateAnswerWithNeitherIdNorLocationIsAnApiException() {
            routes.on("POST", CRM + "/ticketing/tickets", json(201, "{}"));

            assertThatThrownBy(() -> crm.createTicket(NewTicket.of(1, "s", Ticket.NEW, false, "c")))
                    .isInstanceOf(ApiException.class)
                    .hasMessageContaining("no id");
        }
    }
}

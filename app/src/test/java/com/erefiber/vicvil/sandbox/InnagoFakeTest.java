package com.erefiber.vicvil.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.domain.UnitKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InnagoFakeTest {
    private Sandbox sandbox;
    private Http http;

    @BeforeAll
    void start() throws Exception {
        sandbox = Sandbox.start(7);
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @BeforeEach
    void client() {
        http = new Http(sandbox);
    }

    @Test
    void passwordGrantReturnsBearerTokenWithExpiryAndRefreshToken() {
        Http.Reply reply = http.token(Map.of(
                "grant_type",
                "password",
                "username",
                sandbox.credentials().innagoClientId(),
                "password",
                sandbox.credentials().innagoClientSecret()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(reply.json().get("expires_in").asLong()).isEqualTo(3600);
        assertThat(reply.json().get("access_token").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(reply.json().get("refresh_token").asText()).isNotBlank();
    }

    @Test
    void wrongSecretIsInvalidClientAndMissingApiKeyIsUnauthorized() {
        Http.Reply wrong =
                http.token(Map.of("grant_type", "password", "username", "x", "password", "y", "client_secret", "nope"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("error").asText()).isEqualTo("invalid_client");

        Http.Reply noKey = http.send(java.net.http.HttpRequest.newBuilder(sandbox.innagoTokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=password")));
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(noKey.body()).isEqualTo("{\"errorMessage\":\"Unauthorized Access\"}");
    }

    @Test
    void lowercaseBearerIsRejectedOnDataButHealthStillAnswers() {
        String token = http.innagoToken();
        String key = sandbox.credentials().innagoApiKey();

        Http.Reply lower = http.send(
                http.innagoRequest("/v1/properties", "bearer " + token, key).GET());
        Http.Reply health = http.send(
                http.innagoRequest("/v1/health", "bearer " + token, key).GET());
        Http.Reply proper = http.send(
                http.innagoRequest("/v1/properties", "Bearer " + token, key).GET());

        assertThat(lower.status()).isEqualTo(401);
        assertThat(lower.body()).isEqualTo("{\"errorMessage\":\"Unauthorized Access\"}");
        assertThat(health.status()).isEqualTo(200);
        assertThat(proper.status()).isEqualTo(200);
    }

    @Test
    void bothTheTokenAndTheApiKeyAreRequired() {
        String token = http.innagoToken();
        assertThat(http.send(http.innagoRequest("/v1/properties", "Bearer " + token, null)
                                .GET())
                        .status())
                .isEqualTo(401);
        assertThat(http.send(http.innagoRequest("/v1/properties", "Bearer " + token, "wrong")
                                .GET())
                        .status())
                .isEqualTo(401);
        assertThat(http.send(http.innagoRequest(
                                        "/v1/properties",
                                        null,
                                        sandbox.credentials().innagoApiKey())
                                .GET())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void tokensExpireOnTheWorldClockAndTheRefreshGrantMintsANewOne() throws Exception {
        try (Sandbox own = Sandbox.start(SandboxSettings.defaults(7).withTokenLifetime(Duration.ofMinutes(5)))) {
            Http client = new Http(own);
            Http.Reply granted = client.token(Map.of(
                    "grant_type",
                    "password",
                    "username",
                    own.credentials().innagoClientId(),
                    "password",
                    own.credentials().innagoClientSecret()));
            String refresh = granted.json().get("refresh_token").asText();
            assertThat(client.innagoGet("/v1/properties").status()).isEqualTo(200);

            own.world().advance(Duration.ofMinutes(6));
            assertThat(client.innagoGet("/v1/properties").status()).isEqualTo(401);

            Http.Reply refreshed = client.token(Map.of("grant_type", "refresh_token", "refresh_token", refresh));
            assertThat(refreshed.status()).isEqualTo(200);
            client.forgetInnagoToken();
            assertThat(client.innagoGet("/v1/properties").status()).isEqualTo(200);

            own.revokeInnagoRefreshTokens();
            Http.Reply revoked = client.token(Map.of("grant_type", "refresh_token", "refresh_token", refresh));
            assertThat(revoked.status()).isEqualTo(400);
            assertThat(revoked.json().get("error").asText()).isEqualTo("invalid_grant");
        }
    }

    @Test
    void expiredTokensAreRejectedUntilANewOneIsMinted() {
        assertThat(http.innagoGet("/v1/properties").status()).isEqualTo(200);
        sandbox.expireInnagoTokens();
        assertThat(http.innagoGet("/v1/properties").status()).isEqualTo(401);
        http.forgetInnagoToken();
        assertThat(http.innagoGet("/v1/properties").status()).isEqualTo(200);
    }

    @Test
    void propertiesComeInPagesOfTenUnderPropertiesAndPagingModel() {
        JsonNode first = http.innagoGet("/v1/properties").json();
        JsonNode last = http.innagoGet("/v1/properties?pageNumber=3").json();

        assertThat(first.has("error")).isTrue();
        assertThat(first.get("error").isNull()).isTrue();
        assertThat(first.at("/data/properties")).hasSize(10);
        assertThat(first.at("/data/pagingModel/pageSize").asInt()).isEqualTo(10);
        assertThat(first.at("/data/pagingModel/currentPage").asInt()).isEqualTo(1);
        assertThat(first.at("/data/pagingModel/pageCount").asInt()).isEqualTo(3);
        assertThat(first.at("/data/pagingModel/totalRecords").asInt()).isEqualTo(21);
        assertThat(last.at("/data/properties")).hasSize(1);
        assertThat(first.at("/data/properties/0/name").asText()).isEqualTo("250 S Harper");
        assertThat(first.at("/data/properties/0/numberOfOpenMainatainanceRequests")
                        .isInt())
                .isTrue();
        assertThat(first.at("/data/properties/0/address/zipcode").asText()).isEqualTo("45764");
    }

    @Test
    void thePageSizeIsASetting() throws Exception {
        try (Sandbox own = Sandbox.start(SandboxSettings.defaults(7).withInnagoPageSize(25))) {
            JsonNode paging = new Http(own).innagoGet("/v1/properties").json().at("/data/pagingModel");

            assertThat(paging.get("pageSize").asInt()).isEqualTo(25);
            assertThat(paging.get("pageCount").asInt()).isEqualTo(1);
        }
    }

    @Test
    void unitsAreNamedByNumberAndHaveNoPaging() {
        String uid = sandbox.world().propertyUid("300 S Harper");
        JsonNode data =
                http.innagoGet("/v1/properties/" + uid + "/units").json().get("data");

        assertThat(data.fieldNames()).toIterable().containsExactly("units");
        assertThat(data.get("units")).hasSize(12);
        assertThat(data.at("/units/0/name").asText()).isEqualTo("1");
        assertThat(data.at("/units/11/name").asText()).isEqualTo("12");
        assertThat(data.at("/units/0").fieldNames()).toIterable().containsExactly("name", "propertyUnitUid");
    }

    @Test
    void leasesOfTheWholeOwnerAreListedUnderListAndPagingWithEmbeddedTenants() {
        List<JsonNode> leases = new ArrayList<>();
        JsonNode page = http.innagoGet("/v1/leases").json().get("data");
        int pageCount = page.at("/paging/pageCount").asInt();
        for (int n = 1; n <= pageCount; n++) {
            page.get("list").forEach(leases::add);
            page = http.innagoGet("/v1/leases?pageNumber=" + (n + 1)).json().get("data");
        }

        assertThat(page.has("pagingModel")).isFalse();
        assertThat(leases).hasSize(page.at("/paging/totalRecords").asInt());
        assertThat(leases.stream().filter(l -> l.get("isActiveLease").asBoolean()))
                .hasSize(113);
        long future = sandbox.world().units().stream()
                .flatMap(u -> sandbox.world().leases(u).stream())
                .filter(World.LeaseView::future)
                .count();
        assertThat(leases.stream().filter(l -> l.get("isFutureLease").asBoolean()))
                .hasSize((int) future);
        JsonNode lease = leases.get(0);
        assertThat(lease.has("propertyUid")).isFalse();
        assertThat(lease.has("unitUid")).isFalse();
        assertThat(lease.get("startDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00");
        assertThat(lease.at("/tenants/0").fieldNames())
                .toIterable()
                .containsExactly("tenantUid", "firstName", "lastName", "email", "phone");
        assertThat(lease.get("noOfTenants").asInt())
                .isEqualTo(lease.get("tenants").size());
    }

    @Test
    void leasesFilterByPropertyAndUnit() {
        UnitKey unit = new UnitKey("350 S Harper", "4");
        String propertyUid = sandbox.world().propertyUid("350 S Harper");
        String unitUid = sandbox.world().unitUid(unit);

        JsonNode byProperty =
                http.innagoGet("/v1/leases?propertyUid=" + propertyUid).json().get("data");
        JsonNode byUnit = http.innagoGet("/v1/leases?propertyUid=" + propertyUid + "&unitUid=" + unitUid)
                .json()
                .get("data");

        byProperty.get("list").forEach(l -> assertThat(l.get("propertyName").asText())
                .isEqualTo("350 S Harper"));
        assertThat(byUnit.get("list")).hasSize(sandbox.world().leases(unit).size());
        byUnit.get("list")
                .forEach(l -> assertThat(l.get("propertyUnitName").asText()).isEqualTo("4"));
    }

    @Test
    void tenantsOfALeaseUseTheUserShortInfoShape() {
        World.LeaseView lease = sandbox.world().currentLease(occupied()).orElseThrow();
        JsonNode data = http.innagoGet("/v1/tenants?leaseUid=" + lease.leaseUid())
                .json()
                .get("data");

        assertThat(data.fieldNames()).toIterable().containsExactly("userShortInfoModel");
        assertThat(data.at("/userShortInfoModel/0/userUid").asText())
                .isEqualTo(lease.tenantUids().get(0));
        assertThat(data.at("/userShortInfoModel/0/userEmail").asText())
                .isEqualTo(lease.tenantEmails().get(0));
        assertThat(data.at("/userShortInfoModel/0/userRole").asText()).isEqualTo("Tenant");
        assertThat(http.innagoGet("/v1/tenants").status()).isEqualTo(400);
    }

    @Test
    void invoiceStatusFollowsPaymentsAndTheItemIsStoredButNotReturned() {
        World.LeaseView lease = sandbox.world().currentLease(occupied()).orElseThrow();
        String body = "{\"tenantUid\":\"" + lease.tenantUids().get(0) + "\",\"leaseUid\":\"" + lease.leaseUid()
                + "\",\"amount\":10,\"item\":\"Internet upgrade\",\"dueDate\":\"2026-03-15T00:00:00\"}";

        Http.Reply created = http.innago("POST", "/v1/invoices", body);
        String uid = created.json().at("/data/invoiceUid").asText();
        JsonNode pending = http.innagoGet("/v1/invoices/" + uid).json().get("data");
        sandbox.world().pay(uid, new BigDecimal("4"));
        String partial = http.innagoGet("/v1/invoices/" + uid)
                .json()
                .at("/data/invoiceStatus")
                .asText();
        sandbox.world().pay(uid, new BigDecimal("6"));
        String full = http.innagoGet("/v1/invoices/" + uid)
                .json()
                .at("/data/invoiceStatus")
                .asText();

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("data").fieldNames()).toIterable().containsExactly("invoiceUid");
        assertThat(pending.get("invoiceStatus").asText()).isEqualTo("Pending");
        assertThat(pending.get("invoiceDueDate").asText()).isEqualTo("2026-03-15T00:00:00");
        assertThat(pending.has("item")).isFalse();
        assertThat(sandbox.world().invoice(uid).item()).isEqualTo("Internet upgrade");
        assertThat(partial).isEqualTo("Partially Paid");
        assertThat(full).isEqualTo("Fully Paid");
        JsonNode payments =
                http.innagoGet("/v1/invoices/" + uid + "/payments").json().get("data");
        assertThat(payments).hasSize(2);
        assertThat(payments.get(0).get("paymentStatus").asText()).isEqualTo("Paid");
    }

    @Test
    void invoicesOfALeaseArePagedUnderInvoiceShortInfoResponseModel() {
        World.LeaseView lease = sandbox.world().currentLease(occupied()).orElseThrow();
        JsonNode data = http.innagoGet("/v1/invoices?leaseUid=" + lease.leaseUid())
                .json()
                .get("data");

        assertThat(data.has("invoiceShortInfoResponseModel")).isTrue();
        assertThat(data.has("pagingModel")).isTrue();
        assertThat(data.at("/invoiceShortInfoResponseModel/0").fieldNames())
                .toIterable()
                .containsExactly(
                        "invoiceNumber", "invoiceUid", "invoiceDueDate", "invoiceStatus", "amount", "entityType");
    }

    @Test
    void creatingAnInvoiceForATenantNotOnTheLeaseIsABadRequestInTheEnvelope() {
        World.LeaseView lease = sandbox.world().currentLease(occupied()).orElseThrow();
        Http.Reply reply = http.innago(
                "POST",
                "/v1/invoices",
                "{\"tenantUid\":\"00000000-0000-4000-8000-000000000000\"," + "\"leaseUid\":\"" + lease.leaseUid()
                        + "\",\"amount\":10,\"dueDate\":\"2026-03-15T00:00:00\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("data").isNull()).isTrue();
        assertThat(reply.json().at("/error/errorMessage").asText()).contains("not on lease");
    }

    @Test
    void lateRentShowsAsPendingInvoiceAndInPaymentsByDueMonth() {
        UnitKey late = sandbox.world().unitsWithUnpaidRent().iterator().next();
        YearMonth month = YearMonth.from(sandbox.world().today());
        String propertyUid = sandbox.world().propertyUid(late.property());
        String unitUid = sandbox.world().unitUid(late);

        JsonNode data = http.innagoGet("/v1/payments?DueInMonth=" + month.getMonthValue() + "&DueInYear="
                        + month.getYear() + "&PropertyUid=" + propertyUid + "&PropertyUnitUid=" + unitUid)
                .json()
                .get("data");
        World.LeaseView lease = sandbox.world().currentLease(late).orElseThrow();
        BigDecimal paid = new BigDecimal(
                data.at("/paymentWithAdditionalInfoResponses/0/totalPayment").asText());

        assertThat(data.has("pagingModel")).isTrue();
        assertThat(paid).isLessThan(lease.rent());
        assertThat(http.innagoGet("/v1/payments?DueInMonth=3").status()).isEqualTo(400);
        assertThat(http.innagoGet("/v1/payments?DueInMonth=3&DueInYear=2026&PropertyUnitUid=" + unitUid)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void maintenanceListFiltersByRepeatedStatusesAndCarriesCounts() {
        JsonNode all = http.innagoGet("/v2/maintenances").json().get("data");
        JsonNode open = http.innagoGet("/v2/maintenances?Statuses=1&Statuses=2&Statuses=4")
                .json()
                .get("data");
        JsonNode resolved = http.innagoGet("/v2/maintenances?Statuses=3").json().get("data");

        int total = all.get("totalRequestCount").asInt();
        assertThat(all.at("/pagingModel/totalRecords").asInt()).isEqualTo(total);
        assertThat(open.at("/pagingModel/totalRecords").asInt()
                        + resolved.at("/pagingModel/totalRecords").asInt())
                .isEqualTo(total);
        assertThat(open.get("openMaintenanceCount").asInt())
                .isEqualTo(open.at("/pagingModel/totalRecords").asInt());
        resolved.get("maintenances")
                .forEach(m -> assertThat(m.get("requestStatus").asText()).isEqualTo("Resolved"));
        assertThat(all.get("isMaintenanceRequestOn").asBoolean()).isTrue();
        assertThat(http.innagoGet("/v2/maintenances?Statuses=5").status()).isEqualTo(400);
    }

    @Test
    void maintenanceStatusAcceptsOnlyResolveAndReopenCodes() {
        String uid = sandbox.world().openTicket(occupied(), "No internet", "Down since noon");

        Http.Reply resolve = http.innago("PATCH", "/v2/maintenances/" + uid + "/status/111", null);
        String afterResolve = sandbox.world().maintenance(uid).status();
        Http.Reply other = http.innago("PATCH", "/v2/maintenances/" + uid + "/status/112", null);
        Http.Reply listCode = http.innago("PATCH", "/v2/maintenances/" + uid + "/status/3", null);
        Http.Reply reopen = http.innago("PATCH", "/v2/maintenances/" + uid + "/status/113", null);

        assertThat(resolve.status()).isEqualTo(200);
        assertThat(resolve.json().at("/data/message").asText()).isNotBlank();
        assertThat(afterResolve).isEqualTo("Resolved");
        assertThat(other.status()).isEqualTo(400);
        assertThat(listCode.status()).isEqualTo(400);
        assertThat(reopen.status()).isEqualTo(200);
        assertThat(sandbox.world().maintenance(uid).status()).isEqualTo("ReOpened");
        assertThat(http.innagoGet("/v2/maintenances/" + uid)
                        .json()
                        .at("/data/dateResolved")
                        .isNull())
                .isTrue();
    }

    @Test
    void maintenanceIsCreatedOnAPropertyAndTakesComments() {
        UnitKey unit = occupied();
        String body = "{\"maintenanceTicketName\":\"Internet down\",\"description\":\"No light\","
                + "\"selectedProperties\":[\"" + sandbox.world().propertyUid(unit.property()) + "\"],"
                + "\"selectedPropertyUnits\":[\"" + sandbox.world().unitUid(unit) + "\"],\"maintenanceCategory\":7}";

        Http.Reply created = http.innago("POST", "/v2/maintenances", body);
        String uid = created.json().at("/data/maintenanceUid").asText();
        Http.Reply comment =
                http.innago("POST", "/v1/maintenances/" + uid + "/comments", "{\"comment\":\"Technician sent\"}");
        Http.Reply missing = http.innago("POST", "/v2/maintenances", "{\"maintenanceTicketName\":\"x\"}");

        assertThat(created.status()).isEqualTo(200);
        assertThat(http.innagoGet("/v2/maintenances/" + uid)
                        .json()
                        .at("/data/unit")
                        .asText())
                .isEqualTo(unit.unit());
        assertThat(comment.status()).isEqualTo(200);
        assertThat(sandbox.world().maintenance(uid).comments()).containsExactly("Technician sent");
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void unknownIdsAreNotFoundInTheEnvelope() {
        Http.Reply reply = http.innagoGet("/v1/leases/00000000-0000-4000-8000-000000000000");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().at("/error/errorMessage").asText()).isEqualTo("Lease not found");
    }

    private UnitKey occupied() {
        return sandbox.world().occupiedUnits().iterator().next();
    }
}

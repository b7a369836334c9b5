package com.erefiber.vicvil.core.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.config.Secret;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.http.HttpSettings;
import com.erefiber.vicvil.http.HttpTransport;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.innago.InnagoClient;
import com.erefiber.vicvil.innago.model.Lease;
import com.erefiber.vicvil.store.Provisioned;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The owner-wide lease list is used where it covers a building; only missing buildings are read one by one. */
class LeaseReaderTest {
    private static final String A_UID = "11111111-1111-1111-1111-111111111111";
    private static final String B_UID = "22222222-2222-2222-2222-222222222222";

    private final MockWebServer server = new MockWebServer();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                String query = request.getUrl().encodedQuery();
                requests.add(request.getMethod() + " " + path + (query == null ? "" : "?" + query));
                if (path.endsWith("/connect/token")) {
                    return ok("{\"access_token\":\"t\",\"expires_in\":3600,\"refresh_token\":\"r\"}");
                }
                if (path.endsWith("/v1/properties")) {
                    return ok(data("{\"properties\":[" + property(A_UID, "300 S Harper") + ","
                            + property(B_UID, "350 S Harper") + "],\"pagingModel\":" + paging(2) + "}"));
                }
                if (path.endsWith("/v1/leases") && query != null && query.contains(B_UID)) {
                    return ok(data(
                            "{\"list\":[" + lease("b-1", "350 S Harper", "2") + "],\"paging\":" + paging(1) + "}"));
                }
                if (path.endsWith("/v1/leases")) {
                    // The owner-wide list leaves out 350 S Harper (as a filter-less call might on the live API).
                    return ok(data("{\"list\":[" + lease("a-1", "300 S Harper", "4") + ","
                            + lease("x-1", "12 Elm St", "1") + "],\"paging\":" + paging(2) + "}"));
                }
                return new MockResponse.Builder().code(404).body("{}").build();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private InnagoClient innago() {
        AppConfig.Innago config = new AppConfig.Innago(
                server.url("/openapi").uri(),
                server.url("/identity/connect/token").uri(),
                "id",
                Secret.of("secret"),
                Secret.of("key"),
                List.of());
        HttpSettings settings = new HttpSettings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                1,
                Duration.ofMillis(10),
                Duration.ofMillis(100),
                Optional.empty(),
                true);
        return new InnagoClient(
                config, new HttpTransport(settings, Json.mapper(), request -> {}), Optional.empty(), Clock.systemUTC());
    }

    @Test
    void readsOnlyTheBuildingsTheOwnerWideListMisses() {
        LeaseReader.Result result = new LeaseReader(innago()).read(List.of("300 S Harper", "350 S Harper"));

        assertThat(result.leases()).extracting(Lease::leaseUid).containsExactly("a-1", "b-1");
        assertThat(result.readPerBuilding()).containsExactly("350 S Harper");
        assertThat(result.ownerListSufficed()).isFalse();
        assertThat(requests).filteredOn(line -> line.contains("/v1/leases")).hasSize(2);
    }

    @Test
    void theOwnerWideListAloneIsEnoughWhenItCoversEveryBuilding() {
        LeaseReader.Result result = new LeaseReader(innago()).read(List.of("300 S Harper"));

        assertThat(result.ownerListSufficed()).isTrue();
        assertThat(result.leases()).extracting(Lease::leaseUid).containsExactly("a-1");
        assertThat(requests).noneMatch(line -> line.contains("/v1/properties"));
    }

    @Test
    void aBuildingIsNotCoveredByOneOfItsLeasesWhenTheOwnerListLacksALeaseVicvilProvisionedThere() {
        // The owner-wide list has a-1 of 300 S Harper, but not a-2, which vicvil provisioned: read the building itself.
        Provisioned known = new Provisioned(new UnitKey("300 S Harper", "5"), "a-2", 10, Optional.of(100L), false);

        LeaseReader.Result result = new LeaseReader(innago()).read(List.of("300 S Harper"), List.of(known));

        assertThat(result.readPerBuilding()).containsExactly("300 S Harper");
        assertThat(requests)
                .filteredOn(line -> line.contains("/v1/leases?") && line.contains(A_UID))
                .hasSize(1);
    }

    @Test
    void aBuildingInnagoDoesNotKnowIsAConfigError() {
        assertThatThrownBy(() -> new LeaseReader(innago()).read(List.of("300 S Harper", "999 N Nowhere")))
                .isInstanceOf(VicvilException.class)
                .hasMessageContaining("999 N Nowhere")
                .satisfies(error ->
                        assertThat(((VicvilException) error).exitCode()).isEqualTo(3));
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).body(body).build();
    }

    private static String data(String json) {
        return "{\"data\":" + json + ",\"error\":null}";
    }

    private static String paging(int total) {
        return "{\"pageSize\":10,\"currentPage\":1,\"pageCount\":1,\"totalRecords\":" + total + "}";
    }

    private static String property(String uid, String name) {
        return "{\"propertyUid\":\"" + uid + "\",\"name\":\"" + name + "\",\"numberOfUnits\":12}";
    }

    private static String lease(String uid, String property, String unit) {
        return "{\"leaseUid\":\"" + uid + "\",\"startDate\":\"2026-01-01T00:00:00\",\"endDate\":null,"
                + "\"propertyName\":\"" + property + "\",\"propertyUnitName\":\"" + unit + "\",\"dueOn\":1,"
                + "\"isActiveLease\":true,\"isFutureLease\":false,\"noOfTenants\":1,\"tenants\":[{\"tenantUid\":\"t-"
                + uid + "\",\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@example.test\",\"phone\":null}]}";
    }
}

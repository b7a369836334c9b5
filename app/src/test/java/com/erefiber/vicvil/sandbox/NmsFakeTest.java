package com.erefiber.vicvil.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.domain.UnitKey;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NmsFakeTest {
    private static final UnitKey UNIT = new UnitKey("300 S Harper", "4");

    private Sandbox sandbox;
    private Http http;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(5);
        http = new Http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aMissingOrWrongTokenGetsTheBoomError() {
        Http.Reply missing = http.nms("GET", "/devices", null, null);
        Http.Reply wrong = http.nms("GET", "/devices", null, "nope");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().get("statusCode").asInt()).isEqualTo(401);
        assertThat(missing.json().get("error").asText()).isEqualTo("Unauthorized");
        assertThat(wrong.json().get("message").asText()).isNotBlank();
    }

    @Test
    void deliveredOnusAreListedUnassignedUnauthorizedAndNamedAfterTheirSerial() {
        JsonNode onus = http.nms("GET", "/devices?type=onu", null).json();
        World.DeviceView onu = sandbox.world().onuOf(UNIT);
        JsonNode listed = byId(onus, onu.id());

        assertThat(onus).allSatisfy(d -> assertThat(d.at("/identification/type").asText())
                .isEqualTo("onu"));
        assertThat(onus.size()).isGreaterThanOrEqualTo(118);
        assertThat(listed.get("enabled").asBoolean()).isTrue();
        assertThat(listed.at("/identification/serialNumber").asText())
                .isEqualTo(onu.serialNumber())
                .matches("UBNT[0-9a-f]{8}");
        assertThat(listed.at("/identification/name").asText()).isEqualTo(onu.serialNumber());
        assertThat(listed.at("/identification/mac").asText()).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");
        assertThat(listed.at("/identification/authorized").asBoolean()).isFalse();
        assertThat(listed.at("/identification/site").isNull()).isTrue();
        assertThat(http.nms("GET", "/devices", null).json().size()).isGreaterThan(onus.size());
    }

    @Test
    void anOnuIsRenamedDisabledAndAuthorizedIntoAnEndpointSite() {
        String onu = sandbox.world().onuOf(UNIT).id();
        JsonNode site = http.nms(
                        "POST",
                        "/sites",
                        "{\"name\":\"300 S Harper #4\",\"type\":\"endpoint\",\"parentSiteId\":\""
                                + sandbox.world().parentSiteId()
                                + "\",\"location\":{\"latitude\":39.458,\"longitude\":-82.232}}")
                .json();
        String siteId = site.get("id").asText();

        Http.Reply renamed =
                http.nms("PUT", "/devices/onus/" + onu + "/system", "{\"name\":\"300-s-harper-4\",\"enabled\":false}");
        Http.Reply authorized = http.nms(
                "POST", "/devices/authorize", "{\"siteId\":\"" + siteId + "\",\"deviceIds\":[\"" + onu + "\"]}");
        JsonNode inSite = http.nms("GET", "/devices?siteId=" + siteId, null).json();

        assertThat(site.at("/identification/type").asText()).isEqualTo("endpoint");
        assertThat(site.at("/identification/parent/id").asText())
                .isEqualTo(sandbox.world().parentSiteId());
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("300-s-harper-4");
        assertThat(authorized.json().get("result").asBoolean()).isTrue();
        assertThat(inSite).hasSize(1);
        assertThat(inSite.get(0).get("enabled").asBoolean()).isFalse();
        assertThat(inSite.at("/0/identification/name").asText()).isEqualTo("300-s-harper-4");
        assertThat(inSite.at("/0/identification/authorized").asBoolean()).isTrue();
        assertThat(inSite.at("/0/identification/site/id").asText()).isEqualTo(siteId);
        assertThat(sandbox.world().onuOf(UNIT).enabled()).isFalse();
    }

    @Test
    void onuSystemNeedsNameAndEnabled() {
        String onu = sandbox.world().onuOf(UNIT).id();

        Http.Reply noEnabled = http.nms("PUT", "/devices/onus/" + onu + "/system", "{\"name\":\"x\"}");
        Http.Reply unknown = http.nms(
                "PUT",
                "/devices/onus/00000000-0000-4000-8000-000000000000/system",
                "{\"name\":\"x\",\"enabled\":true}");

        assertThat(noEnabled.status()).isEqualTo(400);
        assertThat(noEnabled.json().get("error").asText()).isEqualTo("Bad Request");
        assertThat(noEnabled.json().at("/validation/keys/0").asText()).isEqualTo("enabled");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void creatingASiteRequiresALocation() {
        Http.Reply reply = http.nms("POST", "/sites", "{\"name\":\"No place\",\"type\":\"endpoint\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("location");
    }

    @Test
    void sitesShowTheBoundCrmClientAndServiceOnlyWithUcrmDetails() {
        JsonNode plain = http.nms("GET", "/sites?type=endpoint", null).json();
        JsonNode detailed =
                http.nms("GET", "/sites?type=endpoint&ucrmDetails=true", null).json();
        JsonNode bound = detailed.get(0);

        assertThat(plain.get(0).has("ucrm")).isFalse();
        assertThat(bound.at("/ucrm/client/id").isTextual()).isTrue();
        assertThat(bound.at("/ucrm/service/id").isTextual()).isTrue();
        assertThat(bound.at("/ucrm/service/status").isInt()).isTrue();
        assertThat(bound.at("/description/ucrmId").asText())
                .isEqualTo(bound.at("/ucrm/client/id").asText());
    }

    @Test
    void aSiteIsSuspendedAndUnsuspended() {
        String site = sandbox.world().parentSiteId();

        JsonNode suspended =
                http.nms("POST", "/sites/" + site + "/suspend", null).json();
        boolean inWorld = sandbox.world().site(site).suspended();
        JsonNode unsuspended =
                http.nms("POST", "/sites/" + site + "/unsuspend", null).json();

        assertThat(suspended.at("/identification/suspended").asBoolean()).isTrue();
        assertThat(inWorld).isTrue();
        assertThat(unsuspended.at("/identification/suspended").asBoolean()).isFalse();
        assertThat(http.nms("POST", "/sites/00000000-0000-4000-8000-000000000000/suspend", null)
                        .status())
                .isEqualTo(404);
    }

    private static JsonNode byId(JsonNode devices, String id) {
        for (JsonNode device : devices) {
            if (device.at("/identification/id").asText().equals(id)) {
                return device;
            }
        }
        throw new AssertionError("no device " + id);
    }
}

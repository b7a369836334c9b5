package com.erefiber.vicvil.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrmFakeTest {
    private Sandbox sandbox;
    private Http http;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(3);
        http = new Http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aMissingOrWrongAppKeyGetsUcrmsAuthenticationError() {
        Http.Reply missing = http.crm("GET", "/clients", null, null);
        Http.Reply wrong = http.crm("GET", "/clients", null, "not-the-key");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.body()).isEqualTo("{\"code\":401,\"message\":\"User authentication failed.\"}");
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void customAttributeKeyIsDerivedFromTheNameInCamelCase() {
        Http.Reply created = http.crm(
                "POST",
                "/custom-attributes",
                "{\"name\":\"Vicvil Unit\",\"attributeType\":\"client\",\"type\":\"string\",\"clientZoneVisible\":false}");
        Http.Reply again =
                http.crm("POST", "/custom-attributes", "{\"name\":\"vicvil unit\",\"attributeType\":\"client\"}");
        JsonNode services = http.crm("GET", "/custom-attributes?attributeType=service", null)
                .json();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("key").asText()).isEqualTo("vicvilUnit");
        assertThat(created.header("Location"))
                .isEqualTo("/custom-attributes/" + created.json().get("id").asLong());
        assertThat(again.status()).isEqualTo(422);
        assertThat(services)
                .allSatisfy(a -> assertThat(a.get("attributeType").asText()).isEqualTo("service"));
        assertThat(CrmAttributes.keyOf("Personal Code")).isEqualTo("personalCode");
    }

    @Test
    void clientsAreCreatedWithAttributesAndFoundByCustomAttributeUserIdentAndEmail() {
        long attribute = createAttribute("Vicvil Unit", "client");
        Http.Reply created = http.crm(
                "POST",
                "/clients",
                "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                        + "\"userIdent\":\"ada@example.com\",\"street2\":\"#4\",\"stopServiceDue\":false,"
                        + "\"contacts\":[{\"email\":\"Ada@Example.com\",\"isBilling\":true,\"isContact\":true}],"
                        + "\"attributes\":[{\"customAttributeId\":" + attribute + ",\"value\":\"300 S Harper #4\"}]}");
        long id = created.json().get("id").asLong();

        JsonNode byAttribute = http.crm(
                        "GET",
                        "/clients?customAttributeKey=vicvilUnit&customAttributeValue=" + "300%20S%20Harper%20%234",
                        null)
                .json();
        JsonNode byIdent =
                http.crm("GET", "/clients?userIdent=ada@example.com", null).json();
        JsonNode byEmail =
                http.crm("GET", "/clients?email=ada@example.com", null).json();
        JsonNode attributeRead = created.json().at("/attributes/0");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/clients/" + id);
        assertThat(created.json().get("stopServiceDue").asBoolean()).isFalse();
        assertThat(attributeRead.get("key").asText()).isEqualTo("vicvilUnit");
        assertThat(attributeRead.get("name").asText()).isEqualTo("Vicvil Unit");
        assertThat(attributeRead.get("customAttributeId").asLong()).isEqualTo(attribute);
        assertThat(attributeRead.get("clientId").asLong()).isEqualTo(id);
        assertThat(byAttribute).hasSize(1);
        assertThat(byAttribute.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(byIdent).hasSize(1);
        assertThat(byEmail).hasSize(1);
        assertThat(sandbox.world().crmClients()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(id);
            assertThat(c.attributes()).containsEntry("vicvilUnit", "300 S Harper #4");
            assertThat(c.emails()).containsExactly("Ada@Example.com");
            assertThat(c.outside()).isFalse();
        });
        assertThat(http.crm("GET", "/clients?customAttributeKey=vicvilUnit", null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aResidentialClientWithoutLastNameFailsValidation() {
        Http.Reply reply = http.crm("POST", "/clients", "{\"firstName\":\"Ada\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").asText()).isEqualTo("Validation failed.");
        assertThat(reply.json().at("/errors/lastName/0").asText()).isNotBlank();
    }

    @Test
    void patchingAClientChangesOnlyTheGivenFieldsAndRemovesNullAttributes() {
        long attribute = createAttribute("Vicvil Unit", "client");
        long id = http.crm(
                        "POST",
                        "/clients",
                        "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"attributes\":" + "[{\"customAttributeId\":"
                                + attribute + ",\"value\":\"x\"}]}")
                .json()
                .get("id")
                .asLong();

        JsonNode patched = http.crm(
                        "PATCH",
                        "/clients/" + id,
                        "{\"lastName\":\"Byron\",\"attributes\":" + "[{\"customAttributeId\":" + attribute
                                + ",\"value\":null}]}")
                .json();

        assertThat(patched.get("firstName").asText()).isEqualTo("Ada");
        assertThat(patched.get("lastName").asText()).isEqualTo("Byron");
        assertThat(patched.get("attributes")).isEmpty();
        assertThat(http.crm("PATCH", "/clients/99999", "{}").status()).isEqualTo(404);
        assertThat(http.crm("GET", "/clients/99999", null).body())
                .isEqualTo("{\"code\":404,\"message\":\"Object is not found.\"}");
    }

    @Test
    void clientListsHonourLimitAndOffset() {
        JsonNode all = http.crm("GET", "/clients", null).json();
        JsonNode page = http.crm("GET", "/clients?limit=2&offset=3", null).json();

        assertThat(page).hasSize(2);
        assertThat(page.get(0).get("id")).isEqualTo(all.get(3).get("id"));
    }

    @Test
    void servicePlansCarryPeriodsAndArchivedPlansAreHiddenByDefault() {
        JsonNode plans = http.crm("GET", "/service-plans", null).json();
        JsonNode village = find(plans, "Village Fiber 1G");

        assertThat(village.get("downloadSpeed").asInt()).isEqualTo(1000);
        assertThat(village.get("periods")).anySatisfy(p -> {
            assertThat(p.get("period").asInt()).isEqualTo(1);
            assertThat(p.get("enabled").asBoolean()).isTrue();
            assertThat(p.get("price").decimalValue()).isEqualByComparingTo("55");
        });
        assertThat(plans)
                .noneSatisfy(p -> assertThat(p.get("archived").asBoolean()).isTrue());
        assertThat(http.crm("GET", "/service-plans?archived=1", null).json()).hasSize(1);
    }

    @Test
    void aServiceLivesThroughSuspendCancelSuspendAndEnd() {
        long client = http.crm("POST", "/clients", "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}")
                .json()
                .get("id")
                .asLong();
        long period = enabledPeriod("Village Fiber 500");
        Http.Reply created = http.crm(
                "POST",
                "/clients/" + client + "/services",
                "{\"servicePlanPeriodId\":" + period + ",\"price\":0,\"sendEmailsAutomatically\":false}");
        long id = created.json().get("id").asLong();
        long reason = http.crm("POST", "/service-suspension-reasons", "{\"name\":\"Unpaid rent\"}")
                .json()
                .get("id")
                .asLong();

        Http.Reply suspend =
                http.crm("PATCH", "/clients/services/" + id + "/suspend", "{\"suspensionReasonId\":" + reason + "}");
        JsonNode suspended = http.crm("GET", "/clients/services/" + id, null).json();
        JsonNode listed = http.crm("GET", "/clients/services?clientId=" + client + "&statuses%5B%5D=3", null)
                .json();
        Http.Reply twice =
                http.crm("PATCH", "/clients/services/" + id + "/suspend", "{\"suspensionReasonId\":" + reason + "}");
        Http.Reply cancel = http.crm("PATCH", "/clients/services/" + id + "/cancel-suspend", null);
        int afterCancel = http.crm("GET", "/clients/services/" + id, null)
                .json()
                .get("status")
                .asInt();
        Http.Reply end = http.crm("PATCH", "/clients/services/" + id + "/end", null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/clients/services/" + id);
        assertThat(created.json().get("status").asInt()).isEqualTo(1);
        assertThat(created.json().get("hasIndividualPrice").asBoolean()).isTrue();
        assertThat(created.json().get("price").decimalValue()).isEqualByComparingTo("0");
        assertThat(created.json().get("servicePlanName").asText()).isEqualTo("Village Fiber 500");
        assertThat(suspend.status()).isEqualTo(200);
        assertThat(suspend.body()).isEmpty();
        assertThat(suspended.get("status").asInt()).isEqualTo(3);
        assertThat(suspended.get("suspensionReasonId").asLong()).isEqualTo(reason);
        assertThat(suspended.at("/suspensionPeriods/0/endDate").isNull()).isTrue();
        assertThat(listed).hasSize(1);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(afterCancel).isEqualTo(1);
        assertThat(end.json().get("status").asInt()).isEqualTo(2);
        assertThat(sandbox.world().crmService(id).status()).isEqualTo(2);
    }

    @Test
    void anEndedServiceCannotBeEditedAnyMore() {
        long attribute = createAttribute("Vicvil Onu Off", "service");
        long client = http.crm("POST", "/clients", "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}")
                .json()
                .get("id")
                .asLong();
        long id = http.crm(
                        "POST",
                        "/clients/" + client + "/services",
                        "{\"servicePlanPeriodId\":" + enabledPeriod("Village Fiber 500") + "}")
                .json()
                .get("id")
                .asLong();
        String marker = "{\"attributes\":[{\"customAttributeId\":" + attribute + ",\"value\":\"2026-04-01\"}]}";
        assertThat(http.crm("PATCH", "/clients/services/" + id, marker).status())
                .isEqualTo(200);
        http.crm("PATCH", "/clients/services/" + id + "/end", null);

        Http.Reply edit = http.crm("PATCH", "/clients/services/" + id, marker.replace("2026-04-01", "2026-04-02"));

        assertThat(edit.status()).isEqualTo(422);
        assertThat(edit.json().get("message").asText()).isEqualTo("Validation failed.");
        assertThat(edit.body()).contains("Ended service cannot be edited.");
        assertThat(sandbox.world().crmService(id).attributes()).containsEntry("vicvilOnuOff", "2026-04-01");
    }

    @Test
    void aServiceStartingLaterIsPreparedUntilItsDay() {
        long client = http.crm("POST", "/clients", "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}")
                .json()
                .get("id")
                .asLong();
        JsonNode created = http.crm(
                        "POST",
                        "/clients/" + client + "/services",
                        "{\"servicePlanPeriodId\":" + enabledPeriod("Village Fiber 500")
                                + ",\"activeFrom\":\"2026-04-01T00:00:00-0400\"}")
                .json();

        sandbox.world().setClock(java.time.Instant.parse("2026-04-01T12:00:00Z"));

        assertThat(created.get("status").asInt()).isEqualTo(0);
        // UCRM writes a calendar date as its day at midnight +0000, whatever offset it was sent with.
        assertThat(created.get("activeFrom").asText()).isEqualTo("2026-04-01T00:00:00+0000");
        assertThat(sandbox.world().crmService(created.get("id").asLong()).status())
                .isEqualTo(1);
    }

    @Test
    void servicesAreFoundByTheirOwnCustomAttributeAndBoundToASite() {
        long attribute = createAttribute("Vicvil Unit", "service");
        long client = http.crm("POST", "/clients", "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}")
                .json()
                .get("id")
                .asLong();
        long id = http.crm(
                        "POST",
                        "/clients/" + client + "/services",
                        "{\"servicePlanPeriodId\":"
                                + enabledPeriod("Village Fiber 500") + ",\"attributes\":[{\"customAttributeId\":"
                                + attribute
                                + ",\"value\":\"300 S Harper #4\"}]}")
                .json()
                .get("id")
                .asLong();
        String site = sandbox.world().parentSiteId();

        JsonNode found = http.crm(
                        "GET",
                        "/clients/services?customAttributeKey=vicvilUnit&customAttributeValue="
                                + "300%20S%20Harper%20%234",
                        null)
                .json();
        JsonNode bound = http.crm(
                        "PATCH",
                        "/clients/services/" + id + "/unmsclientsite/bind",
                        "{\"unmsClientSiteId\":\"" + site + "\"}")
                .json();
        Http.Reply unknownSite = http.crm(
                "PATCH",
                "/clients/services/" + id + "/unmsclientsite/bind",
                "{\"unmsClientSiteId\":\"00000000-0000-4000-8000-000000000000\"}");

        assertThat(found).hasSize(1);
        assertThat(found.at("/0/attributes/0/serviceId").asLong()).isEqualTo(id);
        assertThat(sandbox.world().crmServices()).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.attributes()).containsEntry("vicvilUnit", "300 S Harper #4");
        });
        assertThat(bound.get("unmsClientSiteId").asText()).isEqualTo(site);
        assertThat(unknownSite.status()).isEqualTo(422);
    }

    @Test
    void aDisabledPeriodOrMissingPeriodIsAValidationError() {
        long client = http.crm("POST", "/clients", "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}")
                .json()
                .get("id")
                .asLong();
        JsonNode plan = find(http.crm("GET", "/service-plans", null).json(), "Village Fiber 2G");
        long disabled = plan.get("periods").get(1).get("id").asLong();

        Http.Reply disabledReply =
                http.crm("POST", "/clients/" + client + "/services", "{\"servicePlanPeriodId\":" + disabled + "}");
        Http.Reply missing = http.crm("POST", "/clients/" + client + "/services", "{}");
        Http.Reply noClient = http.crm("POST", "/clients/424242/services", "{\"servicePlanPeriodId\":1}");

        assertThat(disabledReply.status()).isEqualTo(422);
        assertThat(missing.json().has("errors")).isTrue();
        assertThat(noClient.status()).isEqualTo(404);
    }

    @Test
    void planChangeThroughPatchMovesTheServiceToTheNewPeriod() {
        long client = http.crm("POST", "/clients", "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}")
                .json()
                .get("id")
                .asLong();
        long id = http.crm(
                        "POST",
                        "/clients/" + client + "/services",
                        "{\"servicePlanPeriodId\":" + enabledPeriod("Village Fiber 500") + "}")
                .json()
                .get("id")
                .asLong();

        JsonNode patched = http.crm(
                        "PATCH",
                        "/clients/services/" + id,
                        "{\"servicePlanPeriodId\":" + enabledPeriod("Village Fiber 1G") + "}")
                .json();

        assertThat(patched.get("servicePlanName").asText()).isEqualTo("Village Fiber 1G");
        assertThat(patched.get("downloadSpeed").asInt()).isEqualTo(1000);
    }

    @Test
    void ticketsAreCreatedWithACommentPatchedToSolvedAndCommentedOn() {
        long client = http.crm("POST", "/clients", "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}")
                .json()
                .get("id")
                .asLong();
        Http.Reply created = http.crm(
                "POST",
                "/ticketing/tickets",
                "{\"subject\":\"Internet not working\",\"clientId\":" + client
                        + ",\"public\":false,\"activity\":[{\"public\":false,\"comment\":{\"body\":\"innago:abc\"}}]}");
        long id = created.json().get("id").asLong();

        JsonNode solved =
                http.crm("PATCH", "/ticketing/tickets/" + id, "{\"status\":3}").json();
        Http.Reply comment =
                http.crm("POST", "/ticketing/tickets/comments", "{\"ticketId\":" + id + ",\"body\":\"Fixed\"}");
        JsonNode open = http.crm(
                        "GET", "/ticketing/tickets?clientId=" + client + "&statuses%5B%5D=0&statuses%5B%5D=1", null)
                .json();
        JsonNode all =
                http.crm("GET", "/ticketing/tickets?clientId=" + client, null).json();
        Http.Reply noComment =
                http.crm("POST", "/ticketing/tickets", "{\"subject\":\"x\",\"clientId\":" + client + "}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asInt()).isEqualTo(0);
        assertThat(created.json().at("/activity/0/comment/body").asText()).isEqualTo("innago:abc");
        assertThat(solved.get("status").asInt()).isEqualTo(3);
        assertThat(solved.get("activity"))
                .anySatisfy(a -> assertThat(a.get("type").asText()).isEqualTo("status_change"));
        assertThat(comment.status()).isEqualTo(201);
        assertThat(comment.json().get("public").asBoolean()).isFalse();
        assertThat(open).isEmpty();
        assertThat(all).hasSize(1);
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(sandbox.world().crmTickets())
                .anySatisfy(t -> assertThat(t.comments()).contains("innago:abc", "Fixed"));
    }

    @Test
    void invoicesAreCreatedForAClientAndSearchedByNumber() {
        long complex = sandbox.world().complexClientId();
        Http.Reply created = http.crm(
                "POST",
                "/clients/" + complex + "/invoices",
                "{\"number\":\"ERE-VV-2026-02\","
                        + "\"draft\":true,\"items\":[{\"label\":\"Village Fiber 500 x 110\",\"price\":45,\"quantity\":110}]}");
        Http.Reply duplicate = http.crm(
                "POST",
                "/clients/" + complex + "/invoices",
                "{\"number\":\"ERE-VV-2026-02\"," + "\"items\":[{\"label\":\"x\",\"price\":1}]}");
        JsonNode found = http.crm("GET", "/invoices?number=ERE-VV-2026", null).json();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asInt()).isEqualTo(0);
        assertThat(created.json().get("total").decimalValue()).isEqualByComparingTo("4950");
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(found).hasSize(1);
        assertThat(http.crm("GET", "/invoices?clientId=" + complex, null).json())
                .hasSize(1);
        assertThat(sandbox.world().crmInvoices()).anySatisfy(i -> {
            assertThat(i.number()).isEqualTo("ERE-VV-2026-02");
            assertThat(i.itemLabels()).containsExactly("Village Fiber 500 x 110");
        });
    }

    private long createAttribute(String name, String type) {
        return http.crm("POST", "/custom-attributes", "{\"name\":\"" + name + "\",\"attributeType\":\"" + type + "\"}")
                .json()
                .get("id")
                .asLong();
    }

    private long enabledPeriod(String plan) {
        for (JsonNode period :
                find(http.crm("GET", "/service-plans", null).json(), plan).get("periods")) {
            if (period.get("enabled").asBoolean() && period.get("period").asInt() == 1) {
                return period.get("id").asLong();
            }
        }
        throw new AssertionError("no enabled 1-month period on " + plan);
    }

    private static JsonNode find(JsonNode plans, String name) {
        for (JsonNode plan : plans) {
            if (plan.get("name").asText().equals(name)) {
                return plan;
            }
        }
        throw new AssertionError("no plan " + name);
    }
}

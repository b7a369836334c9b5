package com.erefiber.vicvil.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestLogTest {
    private Sandbox sandbox;
    private Http http;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(2);
        http = new Http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void requestsAreCountedPerEndpointTemplate() {
        http.crm("GET", "/clients/1", null);
        http.crm("GET", "/clients/2", null);
        http.crm("GET", "/clients?limit=1", null);
        http.nms("GET", "/devices?type=onu", null);

        RequestLog log = sandbox.requests();
        assertThat(log.count("GET /crm/api/v1.0/clients/{id}")).isEqualTo(2);
        assertThat(log.count("GET /crm/api/v1.0/clients")).isEqualTo(1);
        assertThat(log.countsByEndpoint()).containsEntry("GET /nms/api/v2.1/devices", 1L);
        assertThat(log.entries().get(2).query()).isEqualTo("limit=1");
        assertThat(log.entries().get(0).path()).isEqualTo("/crm/api/v1.0/clients/1");
    }

    @Test
    void writesCountEverythingButReadsAndTokenRequests() {
        http.innagoGet("/v1/properties");
        http.crm("POST", "/service-suspension-reasons", "{\"name\":\"Unpaid rent\"}");
        http.nms("POST", "/sites/" + sandbox.world().parentSiteId() + "/suspend", null);

        assertThat(sandbox.requests().size()).isEqualTo(4);
        assertThat(sandbox.requests().writes()).isEqualTo(2);
        assertThat(sandbox.requests().writeEntries())
                .extracting(RequestLog.Entry::endpoint)
                .containsExactly(
                        "POST /crm/api/v1.0/service-suspension-reasons", "POST /nms/api/v2.1/sites/{siteId}/suspend");
    }

    @Test
    void rejectedAndUnknownRequestsAreLoggedWithTheirStatus() {
        http.crm("GET", "/clients", null, "wrong");
        http.crm("GET", "/no-such-thing", null);

        assertThat(sandbox.requests().entries())
                .extracting(RequestLog.Entry::status)
                .containsExactly(401, 404);
        assertThat(sandbox.requests().entries().get(1).endpoint()).isEqualTo("GET /crm/api/v1.0/no-such-thing");
    }

    @Test
    void resetForgetsWhatWasLogged() {
        http.crm("GET", "/clients", null);
        sandbox.requests().reset();

        assertThat(sandbox.requests().size()).isZero();
        assertThat(sandbox.requests().countsByEndpoint()).isEmpty();
    }

    @Test
    void eitherPortAnswersTheCountsWithoutLoggingTheQuestion() {
        http.innagoGet("/v1/properties");
        http.crm("POST", "/service-suspension-reasons", "{\"name\":\"Unpaid rent\"}");
        sandbox.faults().on("").failNext(5, 503);

        JsonNode fromInnago = stats(sandbox.innagoApiUrl().resolve("/sandbox/requests"));
        JsonNode fromUisp = stats(sandbox.uispUrl().resolve("/sandbox/requests"));

        assertThat(fromInnago.get("requests").asLong()).isEqualTo(3);
        assertThat(fromInnago.get("writes").asLong()).isEqualTo(1);
        assertThat(fromInnago.at("/endpoints/GET ~1openapi~1v1~1properties").asLong())
                .isEqualTo(1);
        assertThat(fromUisp).isEqualTo(fromInnago);
        assertThat(sandbox.requests().size()).isEqualTo(3);
    }

    private JsonNode stats(URI uri) {
        Http.Reply reply = http.send(HttpRequest.newBuilder(uri).GET());
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }
}

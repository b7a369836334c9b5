package com.erefiber.vicvil.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private Sandbox sandbox;
    private Http http;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(11);
        http = new Http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theNextRequestsFailThenTheEndpointRecovers() {
        http.innagoToken();
        sandbox.faults().on("/openapi/v1/properties").failNext(2, 503);

        Http.Reply first = http.innagoGet("/v1/properties");
        Http.Reply second = http.innagoGet("/v1/properties");
        Http.Reply third = http.innagoGet("/v1/properties");
        Http.Reply elsewhere = http.crm("GET", "/clients", null);

        assertThat(List.of(first.status(), second.status(), third.status())).containsExactly(503, 503, 200);
        assertThat(first.json().at("/error/errorMessage").asText()).isEqualTo("Injected fault");
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(sandbox.requests().entries(e -> e.note().equals("fault: fail")))
                .hasSize(2);
    }

    @Test
    void throttlingAnswers429WithRetryAfterInTheApisDialect() {
        sandbox.faults().on("/crm").throttleNext(1, Duration.ofSeconds(3));

        Http.Reply throttled = http.crm("GET", "/clients", null);
        Http.Reply after = http.crm("GET", "/clients", null);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("3");
        assertThat(throttled.body()).isEqualTo("{\"code\":429,\"message\":\"Too Many Requests.\"}");
        assertThat(after.status()).isEqualTo(200);
    }

    @Test
    void malformedBodiesAndHtmlErrorPagesAreServed() {
        sandbox.faults().on("/nms/api/v2.1/devices").malformedNext(1).htmlErrorNext(1, 502);

        Http.Reply malformed = http.nms("GET", "/devices", null);
        Http.Reply html = http.nms("GET", "/devices", null);

        assertThat(malformed.status()).isEqualTo(200);
        assertThatThrownBy(() -> new ObjectMapper().readTree(malformed.body())).isInstanceOf(Exception.class);
        assertThat(html.status()).isEqualTo(502);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).contains("<h1>502 Bad Gateway</h1>");
    }

    @Test
    void aHangingEndpointNeverAnswersUntilTheFaultsAreCleared() {
        sandbox.faults().on("/nms/api/v2.1/sites").hang();
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.uispUrl() + "/nms/api/v2.1/sites"))
                .header("x-auth-token", sandbox.credentials().nmsApiKey())
                .timeout(Duration.ofMillis(500))
                .build();

        assertThatThrownBy(() -> http.client().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(sandbox.requests().entries(e -> e.status() == 0)).hasSize(1);

        sandbox.faults().clear();
        assertThat(http.nms("GET", "/sites", null).status()).isEqualTo(200);
    }

    @Test
    void latencyDelaysTheAnswer() {
        sandbox.faults().on("/crm/api/v1.0/version").latency(Duration.ofMillis(300));

        long start = System.nanoTime();
        Http.Reply reply = http.crm("GET", "/version", null);
        long elapsed = System.nanoTime() - start;

        assertThat(reply.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void anErrorRateFailsTheSameRequestsForTheSameSeed() throws Exception {
        List<Integer> first = statusesUnderErrorRate(sandbox);
        List<Integer> second;
        try (Sandbox again = Sandbox.start(11)) {
            second = statusesUnderErrorRate(again);
        }

        assertThat(first).isEqualTo(second).contains(200, 500);
    }

    @Test
    void aDroppedAnswerHidesAWriteThatHappened() {
        sandbox.faults().on("/crm/api/v1.0/service-suspension-reasons").dropResponseNext(1);

        Http.Reply reply = http.crm("POST", "/service-suspension-reasons", "{\"name\":\"Unpaid rent\"}");

        assertThat(reply.status()).isEqualTo(502);
        assertThat(sandbox.world().suspensionReasons()).containsValue("Unpaid rent");
        assertThat(sandbox.requests().entries().get(0).note()).contains("dropped");
    }

    @Test
    void closingTheSandboxReleasesAHangingRequest() throws Exception {
        Sandbox own = Sandbox.start(12);
        own.faults().on("").hang();
        HttpRequest request = HttpRequest.newBuilder(URI.create(own.uispUrl() + "/crm/api/v1.0/clients"))
                .build();
        var pending = http.client().sendAsync(request, HttpResponse.BodyHandlers.ofString());

        while (own.requests().size() == 0) {
            Thread.sleep(10);
        }
        own.close();

        assertThatThrownBy(pending::join).hasCauseInstanceOf(java.io.IOException.class);
    }

    private static List<Integer> statusesUnderErrorRate(Sandbox target) {
        target.faults().on("/crm").errorRate(0.5);
        Http client = new Http(target);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            try {
                statuses.add(client.crm("GET", "/version", null).status());
            } catch (UncheckedIOException e) {
                statuses.add(-1);
            }
        }
        return statuses;
    }
}

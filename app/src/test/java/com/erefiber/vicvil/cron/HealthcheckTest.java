package com.erefiber.vicvil.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthcheckTest {
    private final MockWebServer server = new MockWebServer();
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void pingsStartThenSuccessOnExitZero() throws InterruptedException {
        server.enqueue(ok());
        server.enqueue(ok());
        Healthcheck check = healthcheck(server.url("/ping/abc-123").uri());

        check.start();
        check.finish(0);

        assertThat(take().getTarget()).isEqualTo("/ping/abc-123/start");
        RecordedRequest success = take();
        assertThat(success.getMethod()).isEqualTo("GET");
        assertThat(success.getTarget()).isEqualTo("/ping/abc-123");
        assertThat(warnings).isEmpty();
    }

    @Test
    void pingsFailOnAnyOtherExit() throws InterruptedException {
        server.enqueue(ok());
        server.enqueue(ok());
        Healthcheck check = healthcheck(server.url("/ping/abc-123").uri());

        check.finish(1);
        check.finish(75);

        assertThat(take().getTarget()).isEqualTo("/ping/abc-123/fail");
        assertThat(take().getTarget()).isEqualTo("/ping/abc-123/fail");
    }

    @Test
    void keepsATrailingSlashAndAQueryInTheirPlace() throws InterruptedException {
        server.enqueue(ok());
        Healthcheck check = healthcheck(server.url("/ping/abc-123/?create=1").uri());

        check.start();

        assertThat(take().getTarget()).isEqualTo("/ping/abc-123/start?create=1");
    }

    @Test
    void aServerErrorIsAWarningWithoutTheSecretPath() {
        server.enqueue(new MockResponse.Builder().code(500).build());
        Healthcheck check = healthcheck(server.url("/ping/abc-123").uri());

        check.start();

        assertThat(warnings)
                .singleElement()
                .asString()
                .isEqualTo("healthcheck ping (start) for sync-leases to " + server.getHostName()
                        + " answered HTTP 500; the run goes on")
                .doesNotContain("abc-123");
    }

    @Test
    void aMonitorThatIsDownIsAWarning() {
        URI gone = server.url("/ping/abc-123").uri();
        server.close();
        Healthcheck check = healthcheck(gone);

        check.start();
        check.finish(0);

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0))
                .startsWith("healthcheck ping (start) for sync-leases to ")
                .contains(" failed (")
                .endsWith("; the run goes on");
        assertThat(warnings.get(1)).startsWith("healthcheck ping (success) for sync-leases");
    }

    @Test
    void aMonitorThatNeverAnswersIsCutOffByTheTimeout() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        Healthcheck check = new Healthcheck(
                "sync-leases", Optional.of(server.url("/ping/abc-123").uri()), Duration.ofMillis(300), warnings::add);

        check.finish(4);

        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("healthcheck ping (fail) for sync-leases")
                .contains("HttpTimeoutException");
    }

    @Test
    void noUrlMeansNoPingAndNoWarning() {
        Healthcheck check = new Healthcheck("billing", Optional.empty(), warnings::add);

        check.start();
        check.finish(3);

        assertThat(warnings).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }

    private Healthcheck healthcheck(URI url) {
        return new Healthcheck("sync-leases", Optional.of(url), warnings::add);
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        assertThat(request).as("a ping reached the server").isNotNull();
        return request;
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().code(200).body("OK").build();
    }
}

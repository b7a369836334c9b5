package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.testing.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxCommandTest {
    @TempDir
    Path dir;

    @Test
    void servesUntilInterruptedAndPrintsTheFolderWithAReadyConfig() throws Exception {
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread serving = new Thread(() ->
                result.set(CliRun.run(Map.of(), Clock.systemUTC(), "sandbox", "--seed", "4", "--dir", dir.toString())));
        serving.start();

        JsonNode config = awaitConfig(dir.resolve("config.yaml"));
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(config.at("/innago/api_url").asText() + "/v1/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        serving.interrupt();
        serving.join(Duration.ofSeconds(30).toMillis());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Files.exists(dir.resolve("onus.csv"))).isTrue();
        assertThat(result.get().exitCode()).isZero();
        assertThat(result.get().out().strip()).isEqualTo(dir.toAbsolutePath().toString());
        assertThat(result.get().err())
                .contains("Innago (fake): http://127.0.0.1:")
                .contains("Ctrl-C");
    }

    @Test
    void scaleMultipliesTheComplexAndLatencyDelaysEveryAnswer() throws Exception {
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread serving = new Thread(() -> result.set(CliRun.run(
                Map.of(), Clock.systemUTC(), "sandbox", "--scale", "2", "--latency", "300", "--dir", dir.toString())));
        serving.start();
        try {
            JsonNode config = awaitConfig(dir.resolve("config.yaml"));
            HttpClient client = HttpClient.newHttpClient();
            long start = System.nanoTime();
            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(
                                    URI.create(config.at("/innago/api_url").asText() + "/v1/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Duration healthTook = Duration.ofNanos(System.nanoTime() - start);
            HttpResponse<String> stats = client.send(
                    HttpRequest.newBuilder(URI.create(config.at("/uisp/url").asText() + "/sandbox/requests"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(healthTook).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(new ObjectMapper().readTree(stats.body()).get("requests").asInt())
                    .isEqualTo(1);
            assertThat(Files.readAllLines(dir.resolve("onus.csv")))
                    .hasSize(1 + 236)
                    .anyMatch(row -> row.contains(",1300 S Harper,12,"));
        } finally {
            serving.interrupt();
            serving.join(Duration.ofSeconds(30).toMillis());
        }
        assertThat(result.get().err()).contains("of 236 units let", "300 ms per request");
    }

    @Test
    void aNegativeLatencyOrAScaleBelowOneIsAUsageError() {
        CliRun latency = CliRun.run("sandbox", "--latency", "-1");
        CliRun scale = CliRun.run("sandbox", "--scale", "0");

        assertThat(latency.exitCode()).isEqualTo(2);
        assertThat(latency.err()).contains("--latency must be between 0 and 60000 ms: -1");
        assertThat(scale.exitCode()).isEqualTo(2);
        assertThat(scale.err()).contains("--scale must be between 1 and 100: 0");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.run("sandbox", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port must be between 1 and 65534");
    }

    @Test
    void aPortInUseIsAUsageErrorNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run =
                    CliRun.run("sandbox", "--port", Integer.toString(taken.getLocalPort()), "--dir", dir.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err())
                    .contains("cannot listen on port " + taken.getLocalPort())
                    .contains("choose another --port");
        }
    }

    /** Waits (up to a minute, for a loaded machine) until the command has written a complete config. */
    private static JsonNode awaitConfig(Path config) throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(config)) {
                JsonNode parsed = yaml.readTree(config.toFile());
                if (parsed != null && parsed.at("/holds/path").isTextual()) {
                    return parsed;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no config written at " + config);
    }
}

package com.erefiber.vicvil.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job run pings its healthcheck URL at the start and with the result; a dry run pings nothing. */
class JobRunnerHealthcheckTest {
    @TempDir
    Path dir;

    private final MockWebServer pings = new MockWebServer();
    private Sandbox sandbox;
    private SandboxFiles files;

    @BeforeEach
    void start() throws Exception {
        for (int i = 0; i < 4; i++) {
            pings.enqueue(new MockResponse.Builder().code(200).body("OK").build());
        }
        pings.start();
        sandbox = Sandbox.start(3);
        files = sandbox.writeConfig(dir);
        Files.writeString(
                files.config(),
                Files.readString(files.config()) + "healthcheck:\n  sync-leases: " + pings.url("/ping/abc") + "\n");
    }

    @AfterEach
    void stop() {
        sandbox.close();
        pings.close();
    }

    private CliRun sync(String... extra) {
        List<String> args = new ArrayList<>(List.of("-c", files.config().toString(), "sync-leases"));
        args.addAll(List.of(extra));
        return CliRun.run(Map.of(), Clock.fixed(sandbox.world().now(), ZoneOffset.UTC), args.toArray(String[]::new));
    }

    private List<String> pinged() throws InterruptedException {
        List<String> paths = new ArrayList<>();
        RecordedRequest request;
        while ((request = pings.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
            paths.add(request.getUrl().encodedPath());
        }
        return paths;
    }

    @Test
    void aGoodRunPingsStartThenSuccess() throws Exception {
        assertThat(sync().exitCode()).isZero();

        assertThat(pinged()).containsExactly("/ping/abc/start", "/ping/abc");
    }

    @Test
    void aRefusedRunPingsFail() throws Exception {
        assertThat(sync().exitCode()).isZero();
        pinged();
        sandbox.world().answerNoLeases(true);

        assertThat(sync().exitCode()).isEqualTo(4);
        assertThat(pinged()).containsExactly("/ping/abc/start", "/ping/abc/fail");
    }

    @Test
    void aDryRunPingsNothing() throws Exception {
        assertThat(sync("--dry-run").exitCode()).isZero();

        assertThat(pinged()).isEmpty();
    }
}

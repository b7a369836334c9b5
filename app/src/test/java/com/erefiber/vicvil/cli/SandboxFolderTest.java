package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code sandbox --dir} and {@code demo --dir} on a folder an earlier run used: its database and Innago token
 * belong to a fake that is gone, so a fresh sandbox refuses them unless --reset deletes them; a folder holding
 * someone's own config is never written into.
 */
class SandboxFolderTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void anEarlierRun() throws Exception {
        db = dir.resolve("vicvil.db");
        StateStore.open(db, Clock.systemUTC()).runs().start("sync-leases");
        Files.writeString(dir.resolve("innago-token.json"), "{}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sandbox", "demo"})
    @Timeout(120) // a sandbox that is not refused serves until interrupted
    void aFolderWithAnEarlierRunsDatabaseIsRefusedWithoutReset(String command) {
        CliRun run = CliRun.run(command, "--dir", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(dir.toString(), "vicvil.db", "innago-token.json", "--reset");
        assertThat(db).exists();
    }

    @Test
    void resetDeletesThemAndServesAFreshSandbox() throws Exception {
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread serving = new Thread(() ->
                result.set(CliRun.run(Map.of(), Clock.systemUTC(), "sandbox", "--dir", dir.toString(), "--reset")));
        serving.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!Files.exists(dir.resolve("sandbox.env")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        serving.interrupt();
        serving.join(Duration.ofSeconds(30).toMillis());

        assertThat(result.get().exitCode()).as(result.get().err()).isZero();
        assertThat(db).doesNotExist();
        assertThat(dir.resolve("innago-token.json")).doesNotExist();
        assertThat(dir.resolve("config.yaml")).exists();
        assertThat(result.get().err()).contains("deleted", "vicvil.db");
    }

    @Test
    void theDemoWithResetRunsAsExpected() {
        CliRun run = CliRun.run("demo", "--dir", dir.toString(), "--reset");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).doesNotContain("✘");
    }

    @Test
    void aFolderWithSomeoneElsesConfigIsNeverWrittenInto() throws Exception {
        Path config =
                Files.writeString(dir.resolve("config.yaml"), "# ERE's real config\nuisp:\n  url: https://uisp\n");

        CliRun run = CliRun.run("sandbox", "--dir", dir.toString(), "--reset");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(config.toString(), "not a sandbox config");
        assertThat(Files.readString(config)).startsWith("# ERE's real config");
        assertThat(db).exists();
    }
}

package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.store.RunLock;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.testing.CliRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mutating command run while another run holds the lock waits --wait-lock seconds, then exits 75 naming the
 * holder, having touched nothing; once the lock is free the same command line runs. The holder here is this
 * JVM (RunLock keeps same-process holders apart as the OS keeps processes apart).
 */
class RunLockCliTest {
    private static final Clock HOLDER_CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sync-leases", "rename-onus", "check-rent", "sync-tickets"})
    void waitsForTheLockThenExitsTemporaryFailureNamingTheHolder(String command) throws Exception {
        try (Sandbox sandbox = Sandbox.start(31)) {
            SandboxFiles files = sandbox.writeConfig(dir);
            Path state = dir.resolve("vicvil.db");
            CliRun blocked;
            try (RunLock held = RunLock.acquire(state, "test", 0, HOLDER_CLOCK, message -> {})) {
                blocked = run(sandbox, files, command);
            }

            assertThat(blocked.exitCode()).as(blocked.err()).isEqualTo(75);
            String holder = "pid " + ProcessHandle.current().pid() + ", test, since 2025-03-01T12:00:00Z";
            assertThat(blocked.err())
                    .contains("waiting up to 1 s", holder)
                    .contains("another vicvil run (" + holder + ") holds the lock " + RunLock.lockFileFor(state));
            assertThat(sandbox.requests().size())
                    .as("a run without the lock asks nothing")
                    .isZero();
            assertThat(state).as("nor creates the state database").doesNotExist();

            CliRun free = run(sandbox, files, command);

            assertThat(free.exitCode()).as(free.err()).isIn(0, 1);
            assertThat(sandbox.requests().size()).isPositive();
            assertThat(StateStore.open(state, Clock.systemUTC()).runs().lastSuccessful(command))
                    .isPresent();
        }
    }

    private static CliRun run(Sandbox sandbox, SandboxFiles files, String command) {
        return CliRun.run(
                Map.of(), sandbox.settings().clock(), "-c", files.config().toString(), command, "--wait-lock", "1");
    }
}

package com.erefiber.vicvil.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by an older vicvil (schema version 1) is read, never migrated, by dry runs and read-only
 * commands: the file stays byte for byte as it was until a real run upgrades it.
 */
class OlderStoreTest {
    private static final UnitKey UNIT = new UnitKey("300 S Harper", "4");

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private SandboxFiles files;
    private Path db;

    @BeforeEach
    void olderStore() throws Exception {
        sandbox = Sandbox.start(5);
        files = sandbox.writeConfig(dir);
        db = dir.resolve("vicvil.db");
        Clock clock = sandbox.settings().clock();
        StateStore old = StateStore.open(db, clock, Migrations.fromClasspath().subList(0, 1));
        String run = old.runs().start("rename-onus");
        old.journal()
                .finish(
                        old.journal().begin(run, "rename-onus", UNIT, "rename-onu", "named by the inventory"),
                        JournalOutcome.DONE,
                        "ONU 300-s-harper-4");
        old.runs().finish(run, 0);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRun vicvil(String... args) {
        String[] all = Stream.concat(Stream.of("-c", files.config().toString()), Arrays.stream(args))
                .toArray(String[]::new);
        return CliRun.run(Map.of(), sandbox.settings().clock(), all);
    }

    @Test
    void dryRunsAndReadOnlyCommandsLeaveItByteIdentical() throws Exception {
        Path before = Files.copy(db, dir.resolve("before.db"));

        CliRun dry = vicvil("sync-leases", "--dry-run");
        CliRun renameDry = vicvil("rename-onus", "--dry-run");
        CliRun status = vicvil("status");
        CliRun log = vicvil("log");
        CliRun doctor = vicvil("doctor");

        assertThat(dry.exitCode()).as(dry.err()).isIn(0, 1);
        assertThat(dry.err()).contains("schema version 1", "the next real run of a job upgrades it");
        assertThat(dry.out()).contains("has no client");
        assertThat(renameDry.exitCode()).as(renameDry.err()).isIn(0, 1);
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("rename-onu (done)");
        assertThat(log.exitCode()).as(log.err()).isZero();
        assertThat(log.out()).contains("300 S Harper #4", "rename-onu");
        assertThat(doctor.out()).contains("schema version 1");
        assertThat(Files.mismatch(before, db)).as("first differing byte").isEqualTo(-1);
    }

    @Test
    void theNextRealRunUpgradesIt() {
        CliRun real = vicvil("sync-leases");

        assertThat(real.exitCode()).as(real.err()).isIn(0, 1);
        assertThat(StateStore.openReadOnly(db, Clock.systemUTC()).isCurrent()).isTrue();
    }
}

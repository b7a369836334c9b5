package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.testing.CliRun;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that a mutating run must refuse before it touches anything: bad flags, a state path that is a folder,
 * an invalid inventory, a database that is not one or is damaged. Each fails with the right exit code and a
 * message naming the file and why, creates no file, and leaves an existing database byte for byte as it was.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private SandboxFiles files;

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start(11);
        files = sandbox.writeConfig(dir);
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

    private List<String> filesInDir() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.forEach(path -> names.add(path.getFileName().toString()));
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync-leases", "rename-onus"})
    void aNegativeWaitLockIsAUsageError(String command) {
        CliRun run = vicvil(command, "--wait-lock", "-1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("--wait-lock", "-1");
        assertThat(dir.resolve("vicvil.db.lock")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync-leases", "rename-onus"})
    void aStatePathThatIsAFolderFailsCleanlyAndCreatesNothing(String command) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("state"));
        List<String> before = filesInDir();

        CliRun run = vicvil("--state", folder.toString(), command);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains(folder.toString(), "is a directory");
        assertThat(filesInDir()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(folder).isEmptyDirectory();
        assertThat(sandbox.requests().size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync-leases", "rename-onus"})
    void aRunThatFailsValidationCreatesNothing(String command) throws IOException {
        Files.writeString(files.inventory(), "onu_name,serial_number\nx,y\n");
        List<String> before = filesInDir();

        CliRun run = vicvil(command);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(filesInDir()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aBadWelcomeTemplateFailsBeforeTheFirstRunCreatesAnything() throws IOException {
        Files.writeString(dir.resolve("welcome.txt"), "Hello {tenant_name}, no subject line here\n");
        Files.writeString(
                files.config(),
                Files.readString(files.config())
                        + """
                email:
                  from: ERE Fiber <internet@example.test>
                  smtp_host: 127.0.0.1
                  smtp_port: 2525
                  welcome_since: 2026-01-01
                  welcome_template: welcome.txt
                """);
        List<String> before = filesInDir();

        CliRun run = vicvil("sync-leases");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("welcome.txt", "line 1");
        assertThat(filesInDir()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void badFlagsOfSyncLeasesCreateNothing() throws IOException {
        List<String> before = filesInDir();

        CliRun unknownUnit = vicvil("sync-leases", "--unit", "300 S Harper #99");
        CliRun badAsOf = vicvil("sync-leases", "--as-of", "yesterday");

        assertThat(unknownUnit.exitCode()).as(unknownUnit.err()).isEqualTo(2);
        assertThat(badAsOf.exitCode()).as(badAsOf.err()).isEqualTo(2);
        assertThat(filesInDir()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(sandbox.requests().size()).isZero();
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedWithTheWayOut() throws IOException {
        Path db = Files.writeString(dir.resolve("vicvil.db"), "onu_name,serial_number\n".repeat(300));
        Path before = Files.copy(db, dir.resolve("before.db"));

        for (String command : List.of("sync-leases", "status", "log")) {
            CliRun run = vicvil(command);

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(3);
            assertThat(run.err()).as(command).contains(db.toString(), "not a database", "move it aside", "rebuil");
        }
        assertThat(Files.mismatch(before, db)).as("first differing byte").isEqualTo(-1);
    }

    @Test
    void aDatabaseWithDamagedPagesIsLeftUntouched() throws IOException {
        CliRun first = vicvil("sync-leases");
        assertThat(first.exitCode()).as(first.err()).isIn(0, 1);
        Path db = dir.resolve("vicvil.db");
        damageTable(db, "journal");
        Path before = Files.copy(db, dir.resolve("before.db"));
        sandbox.requests().reset();

        CliRun run = vicvil("sync-leases");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains(db.toString(), "damaged", "move it aside", "rebuil");
        assertThat(Files.mismatch(before, db)).as("first differing byte").isEqualTo(-1);
        assertThat(sandbox.requests().writes()).isZero();
    }

    @Test
    void fileErrorsSayWhy() throws IOException {
        Files.delete(files.inventory());
        Files.createDirectories(files.inventory());

        CliRun inventoryIsAFolder = vicvil("sync-leases", "--dry-run");

        assertThat(inventoryIsAFolder.exitCode()).isEqualTo(3);
        assertThat(inventoryIsAFolder.err()).contains(files.inventory().toString(), "is a directory");

        Path configFolder = Files.createDirectories(dir.resolve("conf.yaml"));
        CliRun configIsAFolder = CliRun.run(Map.of(), Clock.systemUTC(), "-c", configFolder.toString(), "status");

        assertThat(configIsAFolder.exitCode()).isEqualTo(3);
        assertThat(configIsAFolder.err()).contains(configFolder.toString(), "is a directory");
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file: run as another user");
        Files.setPosixFilePermissions(files.inventory(), PosixFilePermissions.fromString("-w-------"));

        CliRun run = vicvil("sync-leases", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(files.inventory().toString(), "permission denied");
    }

    /** Overwrites the first page of {@code table}'s b-tree with garbage, as a failing disk would. */
    private static void damageTable(Path db, String table) throws IOException {
        int[] layout = StateStore.open(db, Clock.systemUTC()).jdbi().withHandle(handle -> new int[] {
            handle.createQuery("SELECT rootpage FROM sqlite_master WHERE name = :name")
                    .bind("name", table)
                    .mapTo(Integer.class)
                    .one(),
            handle.createQuery("PRAGMA page_size").mapTo(Integer.class).one()
        });
        byte[] garbage = new byte[layout[1]];
        Arrays.fill(garbage, (byte) 0x5A);
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.seek((long) (layout[0] - 1) * layout[1]);
            file.write(garbage);
        }
    }
}

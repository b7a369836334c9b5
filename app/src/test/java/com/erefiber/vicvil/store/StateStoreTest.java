package com.erefiber.vicvil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {
    private static final Migrations.Migration EXTRA =
            new Migrations.Migration(2, "V002__extra.sql", "CREATE TABLE extra (id INTEGER PRIMARY KEY);");

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2025-03-01T12:00:00Z"));

    @Test
    void createsTheFolderAndTheSchema() {
        Path file = dir.resolve("state/sub/vicvil.db");

        StateStore store = StateStore.open(file, clock);

        assertThat(file).isRegularFile();
        assertThat(store.file()).isEqualTo(file);
        assertThat(store.schemaVersion()).isEqualTo(Migrations.fromClasspath().size());
        assertThat(tables(store)).contains("units", "journal", "runs", "schema_version");
    }

    @Test
    void everyConnectionUsesWalABusyTimeoutAndForeignKeys() {
        StateStore store = StateStore.open(dir.resolve("vicvil.db"), clock);

        assertThat(pragma(store, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(store, "busy_timeout")).isEqualTo("10000");
        assertThat(pragma(store, "foreign_keys")).isEqualTo("1");
    }

    @Test
    void openingTwiceAppliesNothingTheSecondTime() {
        Path file = dir.resolve("vicvil.db");
        StateStore first = StateStore.open(file, clock);
        first.units().upsert(new UnitKey("300 S Harper", "4"), UnitIds.none());
        List<String> appliedBefore = applied(first);

        clock.advance(Duration.ofHours(1));
        StateStore second = StateStore.open(file, clock);

        assertThat(applied(second))
                .isEqualTo(appliedBefore)
                .hasSize(Migrations.fromClasspath().size());
        assertThat(second.units().list()).hasSize(1);
    }

    @Test
    void aNewMigrationIsAppliedToAnExistingStore() {
        Path file = dir.resolve("vicvil.db");
        List<Migrations.Migration> shipped = Migrations.fromClasspath();
        StateStore.open(file, clock, shipped.subList(0, 1));

        StateStore upgraded = StateStore.open(file, clock, List.of(shipped.get(0), EXTRA));

        assertThat(upgraded.schemaVersion()).isEqualTo(2);
        assertThat(tables(upgraded)).contains("extra");
    }

    @Test
    void aFailingMigrationLeavesTheStoreAtThePreviousVersion() {
        Path file = dir.resolve("vicvil.db");
        Migrations.Migration broken = new Migrations.Migration(
                2, "V002__broken.sql", "CREATE TABLE half (id INTEGER);\nINSERT INTO no_such_table VALUES (1);");
        List<Migrations.Migration> shipped = Migrations.fromClasspath().subList(0, 1);

        assertThatThrownBy(() -> StateStore.open(file, clock, List.of(shipped.get(0), broken)))
                .isInstanceOf(JdbiException.class);

        StateStore store = StateStore.open(file, clock, shipped);
        assertThat(store.schemaVersion()).isEqualTo(1);
        assertThat(tables(store)).doesNotContain("half");
    }

    @Test
    void aStoreFromANewerVicvilIsRefused() {
        Path file = dir.resolve("vicvil.db");
        List<Migrations.Migration> shipped = Migrations.fromClasspath().subList(0, 1);
        StateStore.open(file, clock, List.of(shipped.get(0), EXTRA));

        VicvilException error =
                catchThrowableOfType(VicvilException.class, () -> StateStore.open(file, clock, shipped));

        assertThat(error.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(error)
                .hasMessage("state store " + file + " has schema version 2 but this vicvil knows versions up to 1: "
                        + "it was written by a newer vicvil");
    }

    @Test
    void aFileThatIsNotADatabaseIsAConfigError() throws IOException {
        Path file = Files.writeString(dir.resolve("vicvil.db"), "onu_name,serial_number\n".repeat(100));

        VicvilException error = catchThrowableOfType(VicvilException.class, () -> StateStore.open(file, clock));

        assertThat(error.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(error).hasMessageStartingWith("state store " + file + " cannot be used: ");
    }

    @Test
    void aFolderInTheWayOfTheFileIsAConfigError() throws IOException {
        Path file = Files.createDirectories(dir.resolve("vicvil.db"));

        VicvilException error = catchThrowableOfType(VicvilException.class, () -> StateStore.open(file, clock));

        assertThat(error.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(error).hasMessageContaining(file.toString());
    }

    @Test
    void theIndexListsEveryShippedScriptInOrder() throws IOException, URISyntaxException {
        Path folder = Path.of(
                getClass().getClassLoader().getResource(Migrations.FOLDER).toURI());
        List<String> scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .sorted()
                    .toList();
        }

        assertThat(Migrations.fromClasspath())
                .extracting(Migrations.Migration::name)
                .isEqualTo(scripts);
        assertThat(Migrations.fromClasspath())
                .extracting(Migrations.Migration::version)
                .isEqualTo(Stream.iterate(1, v -> v + 1).limit(scripts.size()).toList());
    }

    private static List<String> tables(StateStore store) {
        return store.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'")
                        .mapTo(String.class)
                        .list());
    }

    private static List<String> applied(StateStore store) {
        return store.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT version || ' ' || name || ' ' || applied_at FROM schema_version ORDER BY version")
                .mapTo(String.class)
                .list());
    }

    private static String pragma(StateStore store, String name) {
        return store.jdbi()
                .withHandle(handle ->
                        handle.createQuery("PRAGMA " + name).mapTo(String.class).one());
    }
}

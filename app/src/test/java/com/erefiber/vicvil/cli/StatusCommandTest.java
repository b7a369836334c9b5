package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.store.JournalOutcome;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.testing.ExampleSetup;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vicvil status over the example config (zone America/New_York): ONU names, and times as vicvil log shows them. */
class StatusCommandTest {
    private static final Clock AT = Clock.fixed(Instant.parse("2025-03-01T12:00:03Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void exampleSetupWithOneRun() throws Exception {
        config = ExampleSetup.copyInto(dir);
        Path inventory = dir.resolve("inventory/onus.csv");
        // One row names its ONU itself; another leaves the name to uisp.onu_name_template.
        Files.writeString(
                inventory,
                Files.readString(inventory)
                        .replace("300-s-harper-1,UBNT5E005301", "Lobby ONU,UBNT5E005301")
                        .replace("300-s-harper-2,UBNT5E005302", ",UBNT5E005302"));
        StateStore store = StateStore.open(dir.resolve("vicvil.db"), AT);
        String run = store.runs().start("rename-onus");
        store.journal()
                .finish(
                        store.journal()
                                .begin(
                                        run,
                                        "rename-onus",
                                        new UnitKey("300 S Harper", "1"),
                                        "rename-onu",
                                        "named by the inventory"),
                        JournalOutcome.DONE,
                        "ONU Lobby ONU");
        store.runs().finish(run, 0);
    }

    @Test
    void theTableShowsEachUnitsOnuNameAndLocalTimesLikeLog() {
        CliRun status = CliRun.run(ExampleSetup.ENV, AT, "-c", config.toString(), "status");
        CliRun log = CliRun.run(ExampleSetup.ENV, AT, "-c", config.toString(), "log");

        assertThat(status.exitCode()).as(status.err()).isZero();
        String when = "2025-03-01 07:00:03 EST";
        assertThat(log.out()).startsWith(when);
        assertThat(status.out().lines()).anySatisfy(line -> assertThat(line)
                .startsWith("300 S Harper #1 ")
                .contains("Lobby ONU", "UBNT5E005301", when + " rename-onus rename-onu (done)"));
        assertThat(status.out().lines())
                .anySatisfy(line ->
                        assertThat(line).startsWith("300 S Harper #2 ").contains("300-s-harper-2", "UBNT5E005302"));
        assertThat(status.out()).contains("rename-onus:  " + when + " (exit 0)").doesNotContain("12:00Z");
    }

    @Test
    void theJsonNamesTheOnuToo() throws Exception {
        CliRun status = CliRun.run(ExampleSetup.ENV, AT, "-c", config.toString(), "status", "--json");

        JsonNode first = Json.mapper().readTree(status.out()).get("units").get(0);
        assertThat(first.get("unit").asText()).isEqualTo("300 S Harper #1");
        assertThat(first.get("onuName").asText()).isEqualTo("Lobby ONU");
    }
}

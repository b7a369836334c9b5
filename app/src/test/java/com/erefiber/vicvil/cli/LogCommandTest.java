package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.store.Journal;
import com.erefiber.vicvil.store.JournalOutcome;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.testing.ExampleSetup;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vicvil log over the example config (zone America/New_York, EST in early March 2025) and a journal filled here. */
class LogCommandTest {
    private static final UnitKey HARPER_300_1 = new UnitKey("300 S Harper", "1");
    private static final UnitKey HARPER_350_2 = new UnitKey("350 S Harper", "2");
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-03-03T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void exampleSetup() throws Exception {
        config = ExampleSetup.copyInto(dir);
    }

    @Test
    void printsOneLinePerEntryNewestFirstInTheComplexsTimeZone() {
        fillJournal();

        CliRun run = log();

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0))
                .startsWith("2025-03-03 08:00:00 EST  billing ")
                .contains(" - ", "create-invoice", "pending", "ERE-VV-2025-02");
        assertThat(lines.get(2))
                .startsWith("2025-03-01 23:30:00 EST  sync-leases ")
                .contains(
                        "350 S Harper #2",
                        "enable-onu",
                        "failed",
                        "lease L-7 starts 2025-03-02 -> HTTP 500 from UISP {\"code\":500}");
        assertThat(lines.get(3))
                .startsWith("2025-03-01 07:00:00 EST  sync-leases ")
                .contains("300 S Harper #1", "create-client", "done", "lease L-1 starts 2025-03-01 -> client 41");
    }

    @Test
    void filtersByUnitWrittenEitherWayAndByJob() {
        fillJournal();

        assertThat(actions(log("--unit", "300-s-harper-1"))).containsExactly("rename-onu", "create-client");
        assertThat(actions(log("--unit", "300 s harper  #1"))).containsExactly("rename-onu", "create-client");
        assertThat(actions(log("--job", "sync-leases"))).containsExactly("enable-onu", "create-client");
        assertThat(actions(log("--job", "sync-leases", "--unit", "350 S Harper #2")))
                .containsExactly("enable-onu");
    }

    @Test
    void sinceADateMeansMidnightInTheComplexsTimeZone() {
        fillJournal();

        // 2025-03-02T04:30Z is 23:30 on March 1 in Nelsonville: before a midnight taken in UTC would have counted it.
        assertThat(actions(log("--since", "2025-03-02"))).containsExactly("create-invoice", "rename-onu");
        assertThat(actions(log("--since", "2025-03-01T23:00")))
                .containsExactly("create-invoice", "rename-onu", "enable-onu");
    }

    @Test
    void sinceARelativeSpanCountsBackFromNow() {
        fillJournal();

        assertThat(actions(log("--since", "24h"))).containsExactly("create-invoice", "rename-onu");
        assertThat(actions(log("--since", "2d"))).containsExactly("create-invoice", "rename-onu", "enable-onu");
        assertThat(actions(log("--since", "7d"))).hasSize(4);
    }

    @Test
    void limitKeepsTheNewestAndSaysOlderEntriesWereLeftOut() {
        fillJournal();

        CliRun limited = log("--limit", "2");
        CliRun exact = log("--limit", "4");

        assertThat(actions(limited)).containsExactly("create-invoice", "rename-onu");
        assertThat(limited.err()).contains("showing the newest 2");
        assertThat(actions(exact)).hasSize(4);
        assertThat(exact.err()).doesNotContain("showing the newest");
    }

    @Test
    void jsonIsAnArrayOfEntriesWithUtcTimes() throws Exception {
        fillJournal();

        CliRun run = log("--json", "--limit", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(3);
        JsonNode invoice = json.get(0);
        assertThat(invoice.get("job").asText()).isEqualTo("billing");
        assertThat(invoice.get("unit").isNull()).isTrue();
        assertThat(invoice.get("outcome").asText()).isEqualTo("pending");
        assertThat(invoice.get("finishedAt").isNull()).isTrue();
        JsonNode failed = json.get(2);
        assertThat(failed.get("unit").asText()).isEqualTo("350 S Harper #2");
        assertThat(failed.get("action").asText()).isEqualTo("enable-onu");
        assertThat(failed.get("outcome").asText()).isEqualTo("failed");
        assertThat(failed.get("reason").asText()).isEqualTo("lease L-7 starts 2025-03-02");
        assertThat(failed.get("detail").asText()).isEqualTo("HTTP 500 from UISP\n{\"code\":500}");
        assertThat(failed.get("startedAt").asText()).isEqualTo("2025-03-02T04:30:00Z");
        assertThat(failed.get("run").asText()).startsWith("20250302T043000Z-");
    }

    @Test
    void noMatchPrintsNothingAndSaysSo() {
        fillJournal();

        CliRun run = log("--unit", "300 S Harper #2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no journal entries match");
    }

    @Test
    void anUnknownUnitIsAUsageErrorWithNearMatches() {
        fillJournal();

        CliRun run = log("--unit", "300 S Harper #9");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown unit \"300 S Harper #9\"", "did you mean: 300 S Harper #1");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badJobSinceOrLimitAreUsageErrorsNamingTheFlag() {
        fillJournal();

        assertThat(log("--job", "sync-lease")).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--job sync-lease", "sync-leases, check-rent");
        });
        assertThat(log("--since", "last week")).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--since last week", "YYYY-MM-DD", "24h");
        });
        assertThat(log("--limit", "0")).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--limit 0");
        });
    }

    @Test
    void withoutAStateDatabaseItSaysNoRunsYetAndCreatesNothing() throws Exception {
        CliRun text = log();
        CliRun json = log("--json");
        CliRun unknownUnit = log("--unit", "300 S Harper #9");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).contains("no runs yet");
        assertThat(json.exitCode()).isZero();
        assertThat(Json.mapper().readTree(json.out()).isEmpty()).isTrue();
        assertThat(unknownUnit.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("vicvil.db")).doesNotExist();
    }

    /**
     * Four runs, one entry each: sync-leases at 2025-03-01T12:00Z (done) and 2025-03-02T04:30Z (failed, with
     * a two-line upstream error), rename-onus at 2025-03-03T12:00Z (done), billing at 2025-03-03T13:00Z
     * (complex-wide, still pending).
     */
    private void fillJournal() {
        record(
                "2025-03-01T12:00:00Z",
                "sync-leases",
                HARPER_300_1,
                "create-client",
                "lease L-1 starts 2025-03-01",
                JournalOutcome.DONE,
                "client 41");
        record(
                "2025-03-02T04:30:00Z",
                "sync-leases",
                HARPER_350_2,
                "enable-onu",
                "lease L-7 starts 2025-03-02",
                JournalOutcome.FAILED,
                "HTTP 500 from UISP\n{\"code\":500}");
        record(
                "2025-03-03T12:00:00Z",
                "rename-onus",
                HARPER_300_1,
                "rename-onu",
                "named by the inventory",
                JournalOutcome.DONE,
                "ONU 300-s-harper-1");
        record(
                "2025-03-03T13:00:00Z",
                "billing",
                null,
                "create-invoice",
                "ERE-VV-2025-02",
                JournalOutcome.PENDING,
                null);
    }

    /** One run of {@code job} at {@code at} with one journal entry ({@code unit} null: complex-wide), finished unless pending. */
    private void record(
            String at, String job, UnitKey unit, String action, String reason, JournalOutcome outcome, String detail) {
        StateStore store = StateStore.open(dir.resolve("vicvil.db"), Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
        String run = store.runs().start(job);
        Journal journal = store.journal();
        long id =
                unit == null ? journal.begin(run, job, action, reason) : journal.begin(run, job, unit, action, reason);
        if (outcome != JournalOutcome.PENDING) {
            journal.finish(id, outcome, detail);
        }
    }

    private CliRun log(String... flags) {
        String[] args = Stream.concat(Stream.of("-c", config.toString(), "log"), Stream.of(flags))
                .toArray(String[]::new);
        return CliRun.run(ExampleSetup.ENV, NOW, args);
    }

    /** The action of each printed line, newest first (found by name: the unit column holds spaces). */
    private static List<String> actions(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> known = List.of("create-client", "enable-onu", "rename-onu", "create-invoice");
        return run.out()
                .lines()
                .map(line ->
                        known.stream().filter(line::contains).findFirst().orElseThrow(() -> new AssertionError(line)))
                .toList();
    }
}

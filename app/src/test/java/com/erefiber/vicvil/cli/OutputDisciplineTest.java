package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.testing.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What sync-leases and rename-onus print: -q only errors (the applied plan goes to stdout without -q, or as JSON
 * with --json); one action label (create-client) in the text plan, JSON and totals; and a dry run ends with the
 * same totals line as a real run.
 */
class OutputDisciplineTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private SandboxFiles files;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(7);
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

    @ParameterizedTest
    @ValueSource(strings = {"sync-leases", "rename-onus"})
    void quietPrintsNothingWhenAllGoesWell(String job) {
        CliRun run = vicvil("-q", job);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(sandbox.requests().writes()).isPositive();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync-leases", "rename-onus"})
    void withoutQuietTheAppliedPlanGoesToStdoutWithTheActionLabels(String job) {
        CliRun run = vicvil(job);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("300 S Harper #4", "create-site").doesNotContain("CREATE_");
        assertThat(lastLine(run.err())).startsWith(job + ": ").contains("create-site", " done, 0 failed, 0 skipped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync-leases", "rename-onus"})
    void jsonIsPrintedEvenWhenQuiet(String job) throws Exception {
        CliRun run = vicvil("-q", job, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = Json.mapper().readTree(run.out());
        assertThat(plan.get("job").asText()).isEqualTo(job);
        assertThat(plan.get("actions")).isNotEmpty();
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync-leases", "rename-onus"})
    void aDryRunEndsWithTheSameTotalsLineAsARealRun(String job) {
        CliRun dry = vicvil(job, "--dry-run");
        CliRun real = vicvil(job);

        assertThat(dry.out()).contains("create-site").doesNotContain("CREATE_");
        String planned = lastLine(dry.err());
        String done = lastLine(real.err());
        assertThat(planned).startsWith(job + ": ").endsWith(" planned — dry run, nothing written");
        assertThat(done).startsWith(job + ": ").endsWith(" done, 0 failed, 0 skipped");
        // The same counts by action, in the same words, before the outcome.
        assertThat(counts(planned)).isEqualTo(counts(done)).contains("create-site");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync-leases", "rename-onus"})
    void nothingToDoReadsTheSameInADryRun(String job) {
        vicvil(job);

        CliRun dry = vicvil(job, "--dry-run");
        CliRun real = vicvil(job);

        assertThat(lastLine(real.err())).startsWith(job + ": nothing to do (");
        assertThat(lastLine(dry.err())).isEqualTo(lastLine(real.err()) + " — dry run, nothing written");
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** "sync-leases: 3 create-client, 3 create-service: 6 done, …" → "3 create-client, 3 create-service". */
    private static String counts(String totals) {
        String afterJob = totals.substring(totals.indexOf(": ") + 2);
        return afterJob.substring(0, afterJob.indexOf(": "));
    }
}

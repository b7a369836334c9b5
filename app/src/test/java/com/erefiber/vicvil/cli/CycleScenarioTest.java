package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.sandbox.World;
import com.erefiber.vicvil.store.RunRecord;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vicvil cycle} end to end against the sandbox: the three 5-minute jobs in one process, each as it would run
 * on its own, sharing their reads only while nothing has been written or failed.
 */
class CycleScenarioTest {
    private static final String LEASES = "GET /openapi/v1/leases";
    private static final String SERVICES = "GET /crm/api/v1.0/clients/services";
    private static final String CLIENTS = "GET /crm/api/v1.0/clients";
    private static final List<String> JOBS = List.of("sync-leases", "check-rent", "sync-tickets");

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private World world;
    private SandboxFiles files;

    @BeforeEach
    void provision() throws Exception {
        sandbox = Sandbox.start(7);
        world = sandbox.world();
        files = sandbox.writeConfig(dir);
        for (String job : List.of("rename-onus", "sync-leases", "check-rent", "sync-tickets")) {
            CliRun run = vicvil(job);
            assertThat(run.exitCode()).as(job + "\n" + run.err()).isIn(0, 1);
        }
        sandbox.requests().reset();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRun vicvil(String... args) {
        List<String> all = new ArrayList<>(List.of("-c", files.config().toString()));
        all.addAll(List.of(args));
        return CliRun.run(Map.of(), Clock.fixed(world.now(), ZoneOffset.UTC), all.toArray(String[]::new));
    }

    /** The last {@code count} runs recorded, as "job=exit". */
    private List<String> lastRuns(int count) {
        List<RunRecord> runs = StateStore.open(SandboxFiles.stateFile(dir), Clock.systemUTC())
                .runs()
                .since(Instant.EPOCH);
        return runs.subList(runs.size() - count, runs.size()).stream()
                .map(run ->
                        run.job() + "=" + run.exitCode().map(String::valueOf).orElse("unfinished"))
                .toList();
    }

    @Test
    void aQuietCycleRunsEachJobOnceAndReadsWhatTheyShareOnce() {
        CliRun alone = vicvil("sync-leases");
        assertThat(alone.exitCode()).as(alone.err()).isZero();
        long leasePages = sandbox.requests().count(LEASES);
        assertThat(leasePages).isPositive();
        sandbox.requests().reset();

        CliRun cycle = vicvil("cycle");

        assertThat(cycle.exitCode()).as(cycle.err()).isZero();
        assertThat(cycle.err()).contains("sync-leases: nothing to do", "check-rent: nothing to do", "sync-tickets:");
        assertThat(sandbox.requests().writes()).isZero();
        // check-rent plans from the lease list and the UISP lists that sync-leases read a moment before.
        assertThat(sandbox.requests().count(LEASES)).isEqualTo(leasePages);
        assertThat(sandbox.requests().count(SERVICES)).isEqualTo(1);
        assertThat(sandbox.requests().count(CLIENTS)).isEqualTo(1);
        assertThat(lastRuns(3)).containsExactly("sync-leases=0", "check-rent=0", "sync-tickets=0");
    }

    @Test
    void aJobThatWroteMakesTheNextOneReadAfresh() {
        UnitKey unit = world.units().stream()
                .filter(key -> world.leases(key).stream()
                        .noneMatch(lease -> lease.end() == null || !lease.end().isBefore(world.today())))
                .findFirst()
                .orElseThrow();
        world.moveIn(
                unit,
                List.of(new World.TenantSpec("Ada", "Newcomer", "ada@example.test", "555-0100")),
                world.today(),
                null);

        CliRun cycle = vicvil("cycle");

        assertThat(cycle.exitCode()).as(cycle.err()).isIn(0, 1);
        assertThat(world.crmServices())
                .anyMatch(service -> unit.toString().equals(service.attributes().get(VicvilAttributes.UNIT))
                        && service.status() == 1);
        // sync-leases wrote, so check-rent read the services and leases again; sync-tickets, after a check-rent that
        // wrote nothing, plans from check-rent's reads.
        assertThat(sandbox.requests().count(SERVICES)).isEqualTo(2);
        assertThat(lastRuns(3)).allMatch(run -> run.endsWith("=0") || run.endsWith("=1"));
    }

    @Test
    void aFailedReadIsNeitherReusedNorHidesTheOtherJobsAndTheCycleExitsWithTheWorstCode() {
        sandbox.faults().on("/openapi/v1/leases").emptyPage(2);

        CliRun cycle = vicvil("--quiet", "cycle");

        assertThat(cycle.exitCode()).as(cycle.err()).isEqualTo(75);
        assertThat(sandbox.requests().writes()).isZero();
        assertThat(cycle.err()).contains("vicvil: sync-leases: ", "vicvil: check-rent: ");
        // check-rent read the lease list itself (and met the same short answer) instead of using sync-leases' failure.
        assertThat(sandbox.requests()
                        .entries(entry ->
                                entry.endpoint().equals(LEASES) && entry.query().equalsIgnoreCase("pageNumber=1")))
                .hasSize(2);
        assertThat(lastRuns(3)).containsExactly("sync-leases=75", "check-rent=75", "sync-tickets=0");
    }

    @Test
    void aDryCycleWritesNothingAnywhere() throws Exception {
        Path store = SandboxFiles.stateFile(dir);
        byte[] before = Files.readAllBytes(store);
        world.moveOut(world.occupiedUnits().iterator().next(), world.today().minusDays(1));

        CliRun dry = vicvil("cycle", "--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isIn(0, 1);
        assertThat(dry.out()).contains("end-service");
        assertThat(sandbox.requests().writes()).isZero();
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }
}

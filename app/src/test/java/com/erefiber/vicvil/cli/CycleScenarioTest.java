package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.sandbox.World;
import com.erefiber.vicvil.store.RunRecord;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.testing.SandboxScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code vicvil cycle} end to end against the sandbox: the three 5-minute jobs in one process, each as it would run
 * on its own, sharing their reads only while nothing has been written or failed.
 */
class CycleScenarioTest {
    private static final String LEASES = "GET /openapi/v1/leases";
    private static final String SERVICES = "GET /crm/api/v1.0/clients/services";
    private static final String CLIENTS = "GET /crm/api/v1.0/clients";
    private static final List<String> JOBS = List.of("sync-leases", "check-rent", "sync-tickets");

    @RegisterExtension
    final SandboxScenario scenario = new SandboxScenario(7);

    @BeforeEach
    void provision() {
        scenario.provision("rename-onus", "sync-leases");
        // The first rent check and ticket sync act on the world as seeded (late payers, open tickets): after them,
        // a cycle has nothing to do.
        for (String job : List.of("check-rent", "sync-tickets")) {
            CliRun run = vicvil(job);
            assertThat(run.exitCode()).as(job + "\n" + run.err()).isIn(0, 1);
        }
        scenario.sandbox().requests().reset();
    }

    private CliRun vicvil(String... args) {
        return scenario.vicvil(args);
    }

    /** The last {@code count} runs recorded, as "job=exit". */
    private List<String> lastRuns(int count) {
        List<RunRecord> runs = StateStore.open(SandboxFiles.stateFile(scenario.dir()), Clock.systemUTC())
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
        long leasePages = scenario.sandbox().requests().count(LEASES);
        assertThat(leasePages).isPositive();
        scenario.sandbox().requests().reset();

        CliRun cycle = vicvil("cycle");

        assertThat(cycle.exitCode()).as(cycle.err()).isZero();
        assertThat(cycle.err()).contains("sync-leases: nothing to do", "check-rent: nothing to do", "sync-tickets:");
        assertThat(scenario.sandbox().requests().writes()).isZero();
        // check-rent plans from the lease list and the UISP lists that sync-leases read a moment before.
        assertThat(scenario.sandbox().requests().count(LEASES)).isEqualTo(leasePages);
        assertThat(scenario.sandbox().requests().count(SERVICES)).isEqualTo(1);
        assertThat(scenario.sandbox().requests().count(CLIENTS)).isEqualTo(1);
        assertThat(lastRuns(3)).containsExactly("sync-leases=0", "check-rent=0", "sync-tickets=0");
    }

    @Test
    void aJobThatWroteMakesTheNextOneReadAfresh() {
        UnitKey unit = scenario.world().units().stream()
                .filter(key -> scenario.world().leases(key).stream()
                        .noneMatch(lease -> lease.end() == null
                                || !lease.end().isBefore(scenario.world().today())))
                .findFirst()
                .orElseThrow();
        scenario.world()
                .moveIn(
                        unit,
                        List.of(new World.TenantSpec("Ada", "Newcomer", "ada@example.test", "555-0100")),
                        scenario.world().today(),
                        null);

        CliRun cycle = vicvil("cycle");

        assertThat(cycle.exitCode()).as(cycle.err()).isIn(0, 1);
        assertThat(scenario.world().crmServices())
                .anyMatch(service -> unit.toString().equals(service.attributes().get(VicvilAttributes.UNIT))
                        && service.status() == 1);
        // sync-leases wrote, so check-rent read the services and leases again; sync-tickets, after a check-rent that
        // wrote nothing, plans from check-rent's reads.
        assertThat(scenario.sandbox().requests().count(SERVICES)).isEqualTo(2);
        assertThat(lastRuns(3)).allMatch(run -> run.endsWith("=0") || run.endsWith("=1"));
    }

    @Test
    void aFailedReadIsNeitherReusedNorHidesTheOtherJobsAndTheCycleExitsWithTheWorstCode() {
        scenario.sandbox().faults().on("/openapi/v1/leases").emptyPage(2);

        CliRun cycle = vicvil("--quiet", "cycle");

        assertThat(cycle.exitCode()).as(cycle.err()).isEqualTo(75);
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(cycle.err()).contains("vicvil: sync-leases: ", "vicvil: check-rent: ");
        // check-rent read the lease list itself (and met the same short answer) instead of using sync-leases' failure.
        assertThat(scenario.sandbox()
                        .requests()
                        .entries(entry ->
                                entry.endpoint().equals(LEASES) && entry.query().equalsIgnoreCase("pageNumber=1")))
                .hasSize(2);
        assertThat(lastRuns(3)).containsExactly("sync-leases=75", "check-rent=75", "sync-tickets=0");
    }

    @Test
    void aDryCycleWritesNothingAnywhere() throws Exception {
        Path store = SandboxFiles.stateFile(scenario.dir());
        byte[] before = Files.readAllBytes(store);
        scenario.world()
                .moveOut(
                        scenario.world().occupiedUnits().iterator().next(),
                        scenario.world().today().minusDays(1));

        CliRun dry = vicvil("cycle", "--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isIn(0, 1);
        assertThat(dry.out()).contains("end-service");
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }
}

package com.erefiber.vicvil.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.sandbox.World;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.testing.SandboxScenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** status and status --drift end to end against the sandbox (loopback only), after rename-onus and sync-leases. */
class StatusDriftScenarioTest {
    private static final int ACTIVE = 1;

    @RegisterExtension
    final SandboxScenario scenario = new SandboxScenario(7);

    @BeforeEach
    void provision() {
        scenario.provision("rename-onus", "sync-leases");
    }

    private CliRun vicvil(String... args) {
        return scenario.vicvil(args);
    }

    /** Occupied units whose rent is paid, in a fixed order. */
    private List<UnitKey> settledTenants() {
        Set<UnitKey> late = scenario.world().unitsWithUnpaidRent();
        return scenario.world().occupiedUnits().stream()
                .filter(unit -> !late.contains(unit))
                .filter(unit -> scenario.world().currentLease(unit).isPresent())
                .sorted()
                .toList();
    }

    private World.ServiceView activeServiceOf(UnitKey unit) {
        return scenario.world().crmServices().stream()
                .filter(service -> unit.toString().equals(service.attributes().get(VicvilAttributes.UNIT))
                        && service.status() == ACTIVE)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void plainStatusShowsWhatSyncLeasesSawWithoutASingleRequest() {
        UnitKey unit = settledTenants().get(0);
        World.LeaseView lease = scenario.world().currentLease(unit).orElseThrow();

        CliRun status = vicvil("status");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(scenario.sandbox().requests().size()).isZero();
        assertThat(status.out().lines()).anySatisfy(line -> assertThat(line)
                .startsWith(unit + " ")
                .contains(
                        "enabled",
                        lease.start().toString(),
                        "active",
                        activeServiceOf(unit).servicePlanName()));
        assertThat(status.out())
                .contains(
                        scenario.world().occupiedUnits().size() + " occupied",
                        "as sync-leases last saw them",
                        "(just now)");
    }

    @Test
    void oneUnitInDetailWithItsJournalAndOccupancyOnAnotherDay() throws Exception {
        UnitKey unit = settledTenants().get(0);
        World.LeaseView lease = scenario.world().currentLease(unit).orElseThrow();

        CliRun detail = vicvil("status", "--unit", unit.toString());

        assertThat(detail.exitCode()).as(detail.err()).isZero();
        assertThat(detail.out())
                .contains("occupied:      yes", lease.leaseUid(), "Recent journal entries:", "sync-leases");
        CliRun json = vicvil("status", "--unit", unit.toString(), "--json");
        JsonNode parsed = Json.mapper().readTree(json.out());
        assertThat(parsed.get("unit").get("unit").asText()).isEqualTo(unit.toString());
        assertThat(parsed.get("journal")).isNotEmpty();

        if (lease.end() != null) {
            CliRun after = vicvil(
                    "status",
                    "--unit",
                    unit.toString(),
                    "--as-of",
                    lease.end().plusDays(1).toString());
            assertThat(after.out()).contains("occupied:      no");
        }
        CliRun before = vicvil(
                "status",
                "--unit",
                unit.toString(),
                "--as-of",
                lease.start().minusDays(1).toString());
        assertThat(before.out()).contains("occupied:      no");
    }

    @Test
    void driftFindsEachPlantedMismatchWithItsFix() throws Exception {
        CliRun clean = vicvil("status", "--drift");
        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).contains("No drift");

        List<UnitKey> tenants = settledTenants();
        UnitKey ended = tenants.get(0);
        UnitKey movedOut = tenants.get(1);
        UnitKey renamed = tenants.get(2);
        UnitKey moved = tenants.get(3);
        UnitKey handSuspended = tenants.get(4);
        scenario.world().endServiceByHand(activeServiceOf(ended).id());
        scenario.world().moveOut(movedOut, scenario.world().today().minusDays(1));
        scenario.world().renameOnuByHand(renamed, "lobby onu");
        scenario.world().moveOnuByHand(moved, scenario.world().parentSiteId());
        scenario.world().suspendByHand(activeServiceOf(handSuspended).id(), "Tenant asked for a pause");

        CliRun drift = vicvil("status", "--drift");

        assertThat(drift.exitCode()).as(drift.err()).isEqualTo(1);
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(drift.out())
                .contains(
                        "occupied, but no service (1)",
                        "vacant, but service live (1)",
                        "ONU not named as it should be (1)",
                        "ONU not in its unit's site (1)",
                        "suspended without vicvil's reason (1)",
                        "vicvil sync-leases --unit \"" + movedOut + "\"",
                        "vicvil rename-onus",
                        "by hand in UISP");
        JsonNode json =
                Json.mapper().readTree(vicvil("status", "--drift", "--json").out());
        Map<String, UnitKey> expected = Map.of(
                "OCCUPIED_WITHOUT_SERVICE", ended,
                "VACANT_BUT_ACTIVE", movedOut,
                "ONU_NOT_NAMED", renamed,
                "ONU_NOT_IN_SITE", moved,
                "SUSPENDED_BY_HAND", handSuspended);
        Set<String> kinds = new HashSet<>();
        json.forEach(one -> {
            kinds.add(one.get("kind").asText());
            assertThat(one.get("unit").asText())
                    .isEqualTo(expected.get(one.get("kind").asText()).toString());
        });
        assertThat(kinds).isEqualTo(expected.keySet());

        // The fixes it names work: what vicvil can fix is gone, what is the operator's stays.
        assertThat(vicvil("sync-leases", "--unit", movedOut.toString()).exitCode())
                .isIn(0, 1);
        assertThat(vicvil("rename-onus").exitCode()).isIn(0, 1);
        CliRun after = vicvil("status", "--drift", "--json");
        Set<String> left = new HashSet<>();
        Json.mapper()
                .readTree(after.out())
                .forEach(one -> left.add(one.get("kind").asText()));
        assertThat(left).containsExactlyInAnyOrder("OCCUPIED_WITHOUT_SERVICE", "SUSPENDED_BY_HAND");
        assertThat(after.exitCode()).isEqualTo(1);
    }
}

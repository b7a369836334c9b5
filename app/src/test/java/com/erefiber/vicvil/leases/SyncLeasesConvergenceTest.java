package com.erefiber.vicvil.leases;

import static com.erefiber.vicvil.domain.LeaseFixtures.lease;
import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.core.world.SiteActions;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.LeaseMemory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * sync-leases over the whole 118-unit complex: a cold start provisions exactly the occupied and future
 * units, applying that plan converges (the next plan is empty), and a steady state plans nothing even with
 * the store lost.
 */
class SyncLeasesConvergenceTest {

    private static final List<UnitKey> UNITS = ComplexFixture.units();

    /**
     * 118 units: units 0–104 occupied (every 7th by two tenants, every 5th a renewal of an earlier lease),
     * 105–109 with a new household signed for August while vacant now, 110–114 vacant, 115–117 occupied
     * with a lease that started in July, after welcome_since.
     */
    private static SyncScenario complex() {
        SyncScenario scenario = new SyncScenario();
        for (int index = 0; index < UNITS.size(); index++) {
            UnitKey unit = UNITS.get(index);
            scenario.unit(unit, true);
            String tenant = "t" + index;
            if (index < 105) {
                if (index % 5 == 0) {
                    scenario.lease(lease("old-" + index, unit, "2024-07-01", "2025-06-30", false, tenant));
                }
                String[] tenants = index % 7 == 0 ? new String[] {tenant, tenant + "-2"} : new String[] {tenant};
                scenario.lease(lease("lease-" + index, unit, "2025-07-01", "2027-06-30", true, tenants));
            } else if (index < 110) {
                scenario.lease(lease("old-" + index, unit, "2024-07-01", "2026-06-30", false, "gone" + index));
                scenario.lease(lease("lease-" + index, unit, "2026-08-01", null, false, tenant));
            } else if (index < 115) {
                scenario.lease(lease("old-" + index, unit, "2024-07-01", "2026-06-30", false, "gone" + index));
            } else {
                scenario.lease(lease("lease-" + index, unit, "2026-07-01", null, true, tenant));
            }
        }
        return scenario;
    }

    @Test
    void aColdStartProvisionsExactlyTheOccupiedAndFutureUnitsAndTheNextPlanIsEmpty() {
        SyncScenario scenario = complex();
        Plan first = scenario.plan("2026-07-10T10:00");

        assertThat(first.isRefused()).isFalse();
        assertThat(first.count(LeaseActions.CREATE_CLIENT)).isEqualTo(113);
        assertThat(first.count(LeaseActions.CREATE_SERVICE)).isEqualTo(113);
        assertThat(first.count(LeaseActions.SEND_WELCOME))
                .as("only leases starting on or after welcome_since")
                .isEqualTo(8);
        assertThat(first.count(LeaseActions.END_SERVICE)).isZero();
        assertThat(first.count(LeaseActions.DISABLE_ONU))
                .as("the 10 units nobody lives in now")
                .isEqualTo(10);
        assertThat(first.count(LeaseActions.ENABLE_ONU)).isZero();

        new FakeUisp().apply(first, scenario, LocalDate.parse("2026-07-10"));
        Plan second = scenario.plan("2026-07-10T10:05");
        assertThat(second.actions()).isEmpty();
        assertThat(second.notices()).noneMatch(Notice::needsAttention);
    }

    @Test
    void aSteadyComplexPlansNothingAndStillNothingWithTheStoreLost() {
        SyncScenario scenario = complex();
        FakeUisp uisp = new FakeUisp();
        uisp.apply(scenario.plan("2026-07-10T10:00"), scenario, LocalDate.parse("2026-07-10"));

        assertThat(scenario.plan("2026-07-11T10:00").isEmpty()).isTrue();

        SyncLeasesInput lost = scenario.input("2026-07-11T10:00");
        // The store is gone; the welcome markers on the UISP services are not (the reader adds them).
        LeaseMemory markersOnly = new LeaseMemory(
                List.of(), Set.of(), scenario.welcomedLeases, scenario.welcomedServices, Map.of(), Map.of());
        Plan afterLoss = SyncLeasesPlanner.plan(new SyncLeasesInput(
                lost.units(),
                lost.leases(),
                lost.clients(),
                lost.services(),
                markersOnly,
                lost.asOf(),
                lost.zone(),
                lost.welcomeSince(),
                lost.defaultPackage(),
                lost.maxEnds(),
                false,
                Optional.empty(),
                lost.complexAddress()));
        assertThat(afterLoss.actions())
                .as("no duplicate, no spurious end, no welcome again")
                .isEmpty();
        assertThat(afterLoss.isRefused()).isFalse();
    }

    @Test
    void whenTheSignedHouseholdsMoveInTheirServicesTakeTheUnitSiteAndTheirOnusAreEnabled() {
        SyncScenario scenario = complex();
        FakeUisp uisp = new FakeUisp();
        uisp.apply(scenario.plan("2026-07-10T10:00"), scenario, LocalDate.parse("2026-07-10"));
        // UISP turns the prepared services active on their activeFrom day.
        scenario.services.replaceAll(service -> service.statusCode() == SyncScenario.PREPARED
                ? new SyncLeasesInput.CrmService(
                        service.id(),
                        service.clientId(),
                        SyncScenario.ACTIVE,
                        service.tag(),
                        service.activeFrom(),
                        false,
                        service.street1(),
                        service.street2(),
                        service.siteId())
                : service);

        Plan plan = scenario.plan("2026-08-01T06:00");
        // Their services were prepared without a site (the unit's site was still the previous tenant's).
        assertThat(plan.actions())
                .extracting(PlannedAction::kind)
                .containsOnly(SiteActions.BIND_SERVICE_SITE, LeaseActions.ENABLE_ONU);
        assertThat(plan.count(LeaseActions.ENABLE_ONU)).isEqualTo(5);
        assertThat(plan.actions()).extracting(PlannedAction::unit).hasSameElementsAs(UNITS.subList(105, 110));

        uisp.apply(plan, scenario, LocalDate.parse("2026-08-01"));
        assertThat(scenario.plan("2026-08-01T06:10").actions()).isEmpty();
    }

    @Test
    void aRenewalAndANewTenantInTheSameRunAreToldApart() {
        SyncScenario scenario = complex();
        FakeUisp uisp = new FakeUisp();
        uisp.apply(scenario.plan("2026-07-10T10:00"), scenario, LocalDate.parse("2026-07-10"));
        UnitKey renewing = UNITS.get(1);
        UnitKey changing = UNITS.get(2);
        // Innago stops flagging the old leases active once they end.
        scenario.leases.replaceAll(
                old -> old.uid().equals("lease-1") || old.uid().equals("lease-2")
                        ? lease(
                                old.uid(),
                                old.unit(),
                                old.start().toString(),
                                old.end().orElseThrow().toString(),
                                false,
                                "t" + old.uid().substring(6))
                        : old);
        scenario.lease(lease("renewal-1", renewing, "2027-07-01", null, false, "t1"));
        scenario.lease(lease("newcomer-2", changing, "2027-07-01", null, false, "n2"));

        Plan plan = scenario.plan("2027-07-01T06:00");
        Map<UnitKey, List<PlannedAction>> byUnit = plan.byUnit();
        assertThat(byUnit).doesNotContainKey(renewing);
        assertThat(byUnit.get(changing))
                .extracting(PlannedAction::kind)
                .containsExactly(
                        LeaseActions.CREATE_CLIENT,
                        LeaseActions.CREATE_SERVICE,
                        LeaseActions.END_SERVICE,
                        LeaseActions.SEND_WELCOME);
    }
}

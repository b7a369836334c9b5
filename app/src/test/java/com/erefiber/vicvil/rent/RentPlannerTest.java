package com.erefiber.vicvil.rent;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.core.world.OnuSwitch;
import com.erefiber.vicvil.domain.CalendarGuard;
import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.LastWrites;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.LeaseFixtures;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.RentJudgement;
import com.erefiber.vicvil.domain.RentStatus;
import com.erefiber.vicvil.domain.SuspendPolicy;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.LeaseMemory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** check-rent's planner, without HTTP: one desired state, vicvil reverses only what vicvil set, and the guard. */
class RentPlannerTest {
    private static final int ACTIVE = 1;
    private static final int SUSPENDED = 3;
    private static final int PREPARED = 0;

    /** A small complex, built per test. */
    private static final class World {
        final List<RentInput.RentUnit> units = new ArrayList<>();
        final List<Lease> leases = new ArrayList<>();
        final List<RentInput.TenantClient> clients = new ArrayList<>();
        final List<RentInput.TenantService> services = new ArrayList<>();
        final Map<String, RentJudgement> judgements = new HashMap<>();
        final Map<UnitKey, Hold> holds = new HashMap<>();
        final Map<String, RentInput.Warning> warnings = new HashMap<>();
        final Map<UnitKey, LastWrites> lastWrites = new HashMap<>();
        SuspendPolicy policy = new SuspendPolicy(true, true, CalendarGuard.NONE);
        String asOf = "2026-03-06T08:00";
        RentInput.Notify notify = RentInput.Notify.NONE;
        boolean force;

        /** Unit {@code n} of 300 S Harper, let to tenant T{n} (client n, service 100+n), ONU on. */
        UnitKey let(int n, int serviceStatus, boolean suspendedByVicvil, boolean onuOn) {
            UnitKey unit = new UnitKey("300 S Harper", Integer.toString(n));
            units.add(new RentInput.RentUnit(unit, Optional.of(new RentInput.Onu("onu-" + n, "ONU " + n, onuOn))));
            leases.add(LeaseFixtures.lease("L" + n, unit, "2025-06-01", null, true, "T" + n));
            clients.add(new RentInput.TenantClient(n, unit, Optional.of("T" + n), Set.of()));
            services.add(new RentInput.TenantService(100 + n, n, unit, serviceStatus, suspendedByVicvil));
            if (suspendedByVicvil) {
                Optional<LocalDate> day = Optional.of(LocalDate.parse("2026-03-06"));
                lastWrites.put(unit, new LastWrites(day, onuOn ? Optional.empty() : day));
            }
            return unit;
        }

        World rent(int n, RentStatus status) {
            judgements.put(
                    "L" + n,
                    new RentJudgement(
                            status,
                            status == RentStatus.DELINQUENT ? new BigDecimal("850") : BigDecimal.ZERO,
                            LocalDate.parse("2026-03-01"),
                            List.of(),
                            status == RentStatus.OK,
                            status == RentStatus.DELINQUENT
                                    ? "$850.00 unpaid after the grace day"
                                    : status == RentStatus.OK ? "rent paid" : "rent not judged: odd status"));
            return this;
        }

        Plan plan() {
            return RentPlanner.plan(new RentInput(
                    units,
                    leases,
                    clients,
                    services,
                    judgements,
                    warnings,
                    holds,
                    new LeaseMemory(List.of(), Set.of(), Set.of(), Set.of(), Map.of(), lastWrites),
                    policy,
                    "Unpaid rent",
                    notify,
                    LeaseFixtures.at(asOf),
                    new AppConfig.Limit(25, true),
                    force,
                    Optional.empty()));
        }
    }

    private static List<String> labels(Plan plan) {
        return plan.actions().stream()
                .map(action -> action.unit().unit() + ":" + action.kind().label())
                .toList();
    }

    @Test
    void aLatePayerIsSuspendedAndItsOnuDisabledWithTheReasonInThePlan() {
        World world = new World();
        world.let(1, ACTIVE, false, true);
        world.rent(1, RentStatus.DELINQUENT);

        Plan plan = world.plan();

        assertThat(labels(plan)).containsExactly("1:suspend-service", "1:suspend-onu");
        assertThat(plan.actions().get(0).reason()).contains("$850.00 unpaid");
        assertThat(((OnuSwitch) plan.actions().get(1)).enabled()).isFalse();
    }

    @Test
    void withoutHardCutOnlyTheServiceIsSuspended() {
        World world = new World();
        world.let(1, ACTIVE, false, true);
        world.rent(1, RentStatus.DELINQUENT).policy = new SuspendPolicy(true, false, CalendarGuard.NONE);

        assertThat(labels(world.plan())).containsExactly("1:suspend-service");
    }

    @Test
    void paymentRestoresVicvilsSuspensionAndItsOnu() {
        World world = new World();
        world.let(1, SUSPENDED, true, false);
        world.rent(1, RentStatus.OK);

        assertThat(labels(world.plan())).containsExactly("1:restore-service", "1:enable-onu");
    }

    @Test
    void noticesGoLastToTheTenantsWhenConfigured() {
        World world = new World();
        world.let(1, ACTIVE, false, true);
        world.let(2, SUSPENDED, true, false);
        world.rent(1, RentStatus.DELINQUENT).rent(2, RentStatus.OK).notify = new RentInput.Notify(true, true);

        Plan plan = world.plan();

        assertThat(labels(plan))
                .containsExactly(
                        "1:suspend-service",
                        "1:suspend-onu",
                        "1:send-rent-notice",
                        "2:restore-service",
                        "2:enable-onu",
                        "2:send-rent-notice");
        RentActions.SendRentNotice notice =
                (RentActions.SendRentNotice) plan.actions().get(2);
        assertThat(notice.recipients()).containsExactly("T1@example.com");
        assertThat(notice.reason()).contains("$850.00 unpaid");
    }

    @Test
    void aWarningGoesBeforeTheSuspensionDayButNotToAHeldUnit() {
        World world = new World();
        world.let(1, ACTIVE, false, true);
        UnitKey held = world.let(2, ACTIVE, false, true);
        world.asOf = "2026-03-04T08:00";
        RentJudgement open = new RentJudgement(
                RentStatus.DELINQUENT,
                new BigDecimal("850"),
                LocalDate.parse("2026-03-01"),
                List.of(),
                false,
                "$850.00 unpaid after the grace day (2026-03-05)");
        for (String lease : List.of("L1", "L2")) {
            world.warnings.put(
                    lease, new RentInput.Warning(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-06"), open));
        }
        world.holds.put(held, new Hold(held, LocalDate.parse("2026-03-31"), "plan", LocalDate.parse("2026-03-01")));

        Plan plan = world.plan();

        assertThat(labels(plan)).containsExactly("1:send-rent-warning");
        assertThat(plan.actions().get(0).reason()).contains("suspended on 2026-03-06 unless paid", "$850.00");
    }

    @Test
    void aSuspensionMadeByHandIsNeverLiftedAndIsReportedAsDrift() {
        World world = new World();
        world.let(1, SUSPENDED, false, true);
        world.rent(1, RentStatus.OK);

        Plan plan = world.plan();

        assertThat(plan.actions()).isEmpty();
        assertThat(plan.notices()).extracting(Notice::kind).contains(Notice.Kind.DRIFT);
    }

    @Test
    void aHoldExemptsTheUnitAndLiftsVicvilsSuspension() {
        World world = new World();
        UnitKey held = world.let(1, ACTIVE, false, true);
        UnitKey suspended = world.let(2, SUSPENDED, true, false);
        world.rent(1, RentStatus.DELINQUENT).rent(2, RentStatus.DELINQUENT);
        LocalDate today = LocalDate.parse("2026-03-06");
        world.holds.put(held, new Hold(held, LocalDate.parse("2026-03-31"), "payment plan", today));
        world.holds.put(suspended, new Hold(suspended, LocalDate.parse("2026-03-06"), "owner agreed", today));

        Plan plan = world.plan();

        assertThat(labels(plan)).containsExactly("2:restore-service", "2:enable-onu");
        assertThat(plan.actions().get(0).reason()).contains("on hold until 2026-03-06 (owner agreed)");
    }

    @Test
    void anExpiredHoldNoLongerExempts() {
        World world = new World();
        UnitKey unit = world.let(1, ACTIVE, false, true);
        world.rent(1, RentStatus.DELINQUENT);
        world.holds.put(
                unit, new Hold(unit, LocalDate.parse("2026-03-05"), "until the 5th", LocalDate.parse("2026-03-01")));

        assertThat(labels(world.plan())).containsExactly("1:suspend-service", "1:suspend-onu");
    }

    @Test
    void theCalendarGuardDefersNewSuspensionsButNeverARestore() {
        World world = new World();
        world.let(1, ACTIVE, false, true);
        world.let(2, SUSPENDED, true, false);
        world.rent(1, RentStatus.DELINQUENT).rent(2, RentStatus.OK);
        world.policy = new SuspendPolicy(true, true, new CalendarGuard(Set.of(DayOfWeek.SATURDAY), Set.of()));
        world.asOf = "2026-03-07T08:00"; // a Saturday

        Plan plan = world.plan();

        assertThat(labels(plan)).containsExactly("2:restore-service", "2:enable-onu");
        assertThat(plan.notices()).extracting(Notice::message).anyMatch(text -> text.contains("calendar guard"));
    }

    @Test
    void anUnknownRentStatusChangesNothingAndNeedsAttention() {
        World world = new World();
        world.let(1, ACTIVE, false, true);
        world.let(2, SUSPENDED, true, false);
        world.rent(1, RentStatus.UNKNOWN).rent(2, RentStatus.UNKNOWN);

        Plan plan = world.plan();

        assertThat(plan.actions()).isEmpty();
        assertThat(plan.needsAttention()).isTrue();
        assertThat(plan.notices()).extracting(Notice::message).allMatch(text -> text.contains("odd status"));
    }

    @Test
    void rentSuspensionSwitchedOffLiftsVicvilsSuspensionsAndMakesNone() {
        World world = new World();
        world.let(1, ACTIVE, false, true);
        world.let(2, SUSPENDED, true, false);
        world.rent(1, RentStatus.DELINQUENT).policy = new SuspendPolicy(false, true, CalendarGuard.NONE);

        assertThat(labels(world.plan())).containsExactly("2:restore-service", "2:enable-onu");
    }

    @Test
    void aVacantUnitOrAnOldTenantsServiceIsNeverSuspended() {
        World world = new World();
        world.let(1, ACTIVE, false, true);
        world.leases.set(
                0, LeaseFixtures.lease("L1", world.units.get(0).unit(), "2025-06-01", "2026-02-28", false, "T1"));
        world.rent(1, RentStatus.DELINQUENT);
        UnitKey two = world.let(2, ACTIVE, false, true);
        // Unit 2's service belongs to an earlier household's client: a new tenant's rent never suspends it.
        world.clients.set(1, new RentInput.TenantClient(2, two, Optional.of("someone-else"), Set.of()));
        world.leases.add(LeaseFixtures.lease("L0", two, "2024-01-01", "2025-05-31", false, "someone-else"));
        world.rent(2, RentStatus.DELINQUENT);

        assertThat(world.plan().actions()).isEmpty();
    }

    @Test
    void theLeasesOwnFindingsAreLeftToSyncLeases() {
        World world = new World();
        UnitKey unit = world.let(1, ACTIVE, false, true);
        // A holdover: ended by its dates, still flagged active by Innago (drift that sync-leases reports).
        world.leases.set(0, LeaseFixtures.lease("L1", unit, "2025-03-01", "2026-02-28", true, "T1"));
        world.rent(1, RentStatus.OK);

        Plan plan = world.plan();

        assertThat(plan.actions()).isEmpty();
        assertThat(plan.notices()).isEmpty();
    }

    @Test
    void aPreparedServiceIsLeftToSyncLeases() {
        World world = new World();
        world.let(1, PREPARED, false, true);
        world.rent(1, RentStatus.DELINQUENT);

        assertThat(world.plan().actions()).isEmpty();
    }

    @Test
    void moreSuspensionsThanTheShareOfOccupiedUnitsRefuseTheRunUnlessForced() {
        World world = new World();
        for (int n = 1; n <= 8; n++) {
            world.let(n, ACTIVE, false, true);
            world.rent(n, n <= 3 ? RentStatus.DELINQUENT : RentStatus.OK);
        }

        Plan refused = world.plan();
        world.force = true;
        Plan forced = world.plan();

        // 25 % of 8 occupied units is 2.
        assertThat(refused.isRefused()).isTrue();
        assertThat(refused.refusal().orElseThrow().reason()).contains("3 rent suspensions", "25%", "--force");
        assertThat(refused.refusal().orElseThrow().offending())
                .extracting(PlannedAction::unit)
                .hasSize(6);
        assertThat(forced.isRefused()).isFalse();
        assertThat(forced.actions()).hasSize(6);
    }
}

package com.erefiber.vicvil.domain;

import static com.erefiber.vicvil.domain.LeaseFixtures.lease;
import static com.erefiber.vicvil.domain.LeaseFixtures.leaseFlagged;
import static com.erefiber.vicvil.domain.LeaseFixtures.occupancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DesiredStateTest {

    private static final SuspendPolicy HARD_CUT = new SuspendPolicy(true, true, CalendarGuard.NONE);
    private static final SuspendPolicy SOFT = new SuspendPolicy(true, false, CalendarGuard.NONE);
    private static final Lease CURRENT = lease("L1", "2026-01-01", "2026-12-31", "a");

    private static final ObservedService ACTIVE = ObservedService.of(ServiceStatus.ACTIVE);
    private static final ObservedService SUSPENDED_BY_VICVIL = new ObservedService(ServiceStatus.SUSPENDED, true);
    private static final ObservedService SUSPENDED_BY_HAND = new ObservedService(ServiceStatus.SUSPENDED, false);

    private static RentContext rent(RentStatus status) {
        return new RentContext(status, Optional.empty(), HARD_CUT);
    }

    private static Observed observed(ObservedService service, OnuState onu) {
        return new Observed(service, onu, false);
    }

    private static Observed disabledByVicvil(ObservedService service) {
        return new Observed(service, OnuState.DISABLED, true);
    }

    private static Desired evaluate(Occupancy occupancy, RentContext rent, Observed observed) {
        return DesiredState.evaluate(new UnitSituation(occupancy, rent, observed, LastWrites.NONE));
    }

    /** {@link #CURRENT} at {@code at}, with unpaid rent, after vicvil suspended the service and cut the ONU on July 6. */
    private static Desired delinquentAfterJuly6(String at, ObservedService service) {
        LastWrites july6 =
                new LastWrites(Optional.of(LocalDate.parse("2026-07-06")), Optional.of(LocalDate.parse("2026-07-06")));
        return DesiredState.evaluate(new UnitSituation(
                occupancy(at, CURRENT), rent(RentStatus.DELINQUENT), observed(service, OnuState.ENABLED), july6));
    }

    /** A unit with {@link #CURRENT} on 2026-07-10 (a Friday), rent due on the 1st. */
    private static Desired current(RentContext rent, Observed observed) {
        return evaluate(occupancy("2026-07-10T10:00", CURRENT), rent, observed);
    }

    private static boolean hasNotice(Desired desired, Notice.Kind kind, String text) {
        return desired.notices().stream()
                .anyMatch(notice -> notice.kind() == kind && notice.message().contains(text));
    }

    @Nested
    class Vacancy {

        @Test
        void aVacantUnitWantsNoServiceAndADisabledOnu() {
            Desired desired = evaluate(
                    occupancy("2026-07-10T10:00"),
                    RentContext.keepAsIs(),
                    observed(ObservedService.NONE, OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.NONE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.DISABLED);
            assertThat(desired.notices()).isEmpty();
        }

        @Test
        void anOldTenantsServiceIsEndedWhenTheUnitIsVacant() {
            Occupancy vacant =
                    occupancy("2026-07-10T10:00", leaseFlagged("L0", "2025-07-01", "2026-06-30", false, "a"));
            assertThat(DesiredState.forStale(vacant, ACTIVE).target()).isEqualTo(ServiceStatus.ENDED);
            assertThat(DesiredState.forStale(vacant, SUSPENDED_BY_VICVIL).target())
                    .isEqualTo(ServiceStatus.ENDED);
            assertThat(DesiredState.forStale(vacant, ObservedService.of(ServiceStatus.ENDED))
                            .target())
                    .isEqualTo(ServiceStatus.ENDED);
        }

        @Test
        void anOldTenantsServiceSuspendedByHandIsNotEnded() {
            Occupancy vacant = occupancy("2026-07-10T10:00");
            ServiceDecision decision = DesiredState.forStale(vacant, SUSPENDED_BY_HAND);
            assertThat(decision.target()).isEqualTo(ServiceStatus.SUSPENDED);
            assertThat(decision.notices()).singleElement().satisfies(notice -> assertThat(notice.kind())
                    .isEqualTo(Notice.Kind.DRIFT));
        }

        @Test
        void aVacantUnitWithoutOnuIsReportedNotEnforced() {
            Desired desired = evaluate(
                    occupancy("2026-07-10T10:00"),
                    RentContext.keepAsIs(),
                    observed(ObservedService.NONE, OnuState.ABSENT));
            assertThat(desired.onu()).isEqualTo(OnuTarget.LEAVE);
            assertThat(hasNotice(desired, Notice.Kind.NOT_ENFORCED, "not enforced: no ONU"))
                    .isTrue();
        }

        @Test
        void nothingIsEndedOrDisabledWhileInnagoFlagsAFutureLeaseActive() {
            Occupancy occupancy = occupancy(
                    "2026-07-10T10:00",
                    leaseFlagged("L0", "2025-07-01", "2026-06-30", false, "a"),
                    leaseFlagged("L1", "2026-08-01", null, true, "b"));
            Desired desired =
                    evaluate(occupancy, RentContext.keepAsIs(), observed(ObservedService.NONE, OnuState.ENABLED));
            assertThat(desired.onu()).isEqualTo(OnuTarget.LEAVE);
            assertThat(hasNotice(desired, Notice.Kind.DRIFT, "active")).isTrue();
            assertThat(DesiredState.forStale(occupancy, ACTIVE).target()).isEqualTo(ServiceStatus.ACTIVE);
        }

        @Test
        void anOnuVicvilDisabledForThisVacancyAndEnabledByHandIsLeftEnabled() {
            Occupancy occupancy =
                    occupancy("2026-07-20T10:00", leaseFlagged("L0", "2025-07-01", "2026-06-30", false, "a"));
            Desired desired = DesiredState.evaluate(new UnitSituation(
                    occupancy,
                    RentContext.keepAsIs(),
                    observed(ObservedService.NONE, OnuState.ENABLED),
                    new LastWrites(Optional.empty(), Optional.of(LocalDate.parse("2026-07-01")))));
            assertThat(desired.onu()).isEqualTo(OnuTarget.LEAVE);
            assertThat(hasNotice(desired, Notice.Kind.DRIFT, "enabled outside vicvil"))
                    .isTrue();
        }

        @Test
        void aDisableOfAnEarlierVacancyDoesNotProtectTheOnuInANewOne() {
            Occupancy occupancy =
                    occupancy("2026-07-20T10:00", leaseFlagged("L0", "2025-07-01", "2026-06-30", false, "a"));
            Desired desired = DesiredState.evaluate(new UnitSituation(
                    occupancy,
                    RentContext.keepAsIs(),
                    observed(ObservedService.NONE, OnuState.ENABLED),
                    new LastWrites(Optional.empty(), Optional.of(LocalDate.parse("2025-05-01")))));
            assertThat(desired.onu()).isEqualTo(OnuTarget.DISABLED);
        }
    }

    @Nested
    class FutureLease {

        /** Innago flags a lease that has not started as future, not active. */
        private final Occupancy futureOnly =
                occupancy("2026-07-10T10:00", leaseFlagged("L2", "2026-08-01", null, false, "b"));

        @Test
        void aFutureLeaseGetsAPreparedServiceButTheOnuStaysDisabledUntilItStarts() {
            assertThat(DesiredState.forFuture(futureOnly.unit(), ObservedService.NONE)
                            .target())
                    .isEqualTo(ServiceStatus.PREPARED);
            Desired desired =
                    evaluate(futureOnly, RentContext.keepAsIs(), observed(ObservedService.NONE, OnuState.ENABLED));
            assertThat(desired.onu()).isEqualTo(OnuTarget.DISABLED);
        }

        @Test
        void aFutureLeasesExistingServiceIsKeptAsItIs() {
            assertThat(DesiredState.forFuture(futureOnly.unit(), ObservedService.of(ServiceStatus.PREPARED))
                            .target())
                    .isEqualTo(ServiceStatus.PREPARED);
            assertThat(DesiredState.forFuture(futureOnly.unit(), ACTIVE).target())
                    .isEqualTo(ServiceStatus.ACTIVE);
        }

        @Test
        void aFutureLeasesServiceEndedByHandIsNotRecreated() {
            ServiceDecision decision =
                    DesiredState.forFuture(futureOnly.unit(), ObservedService.of(ServiceStatus.ENDED));
            assertThat(decision.target()).isEqualTo(ServiceStatus.ENDED);
            assertThat(decision.notices()).singleElement().satisfies(notice -> assertThat(notice.kind())
                    .isEqualTo(Notice.Kind.DRIFT));
        }

        @Test
        void onItsStartDayTheLeaseIsCurrentAndTheOnuIsEnabled() {
            Occupancy startDay = occupancy("2026-08-01T00:00", lease("L2", "2026-08-01", null, "b"));
            Desired desired = evaluate(
                    startDay, RentContext.keepAsIs(), disabledByVicvil(ObservedService.of(ServiceStatus.PREPARED)));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
        }
    }

    @Nested
    class RenewalOrNewTenant {

        private final Lease ended = leaseFlagged("L1", "2025-07-01", "2026-06-30", false, "a", "b");

        @Test
        void inTheGapBeforeARenewalTheServiceAndOnuAreKept() {
            Occupancy gap = occupancy("2026-07-03T10:00", ended, leaseFlagged("L2", "2026-07-10", null, false, "b"));
            Desired desired = evaluate(gap, RentContext.keepAsIs(), observed(ObservedService.NONE, OnuState.ENABLED));
            assertThat(desired.onu()).isEqualTo(OnuTarget.LEAVE);
            assertThat(hasNotice(desired, Notice.Kind.INFO, "renewal L2")).isTrue();
        }

        @Test
        void beforeANewTenantsLeaseTheOnuIsDisabled() {
            Occupancy waiting =
                    occupancy("2026-07-03T10:00", ended, leaseFlagged("L2", "2026-07-10", null, false, "z"));
            Desired desired =
                    evaluate(waiting, RentContext.keepAsIs(), observed(ObservedService.NONE, OnuState.ENABLED));
            assertThat(desired.onu()).isEqualTo(OnuTarget.DISABLED);
        }
    }

    @Nested
    class CurrentLease {

        @Test
        void aCurrentLeaseWithRentFineWantsAnActiveServiceAndAnEnabledOnu() {
            Desired desired = current(rent(RentStatus.OK), observed(ACTIVE, OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
            assertThat(desired.notices()).isEmpty();
        }

        @Test
        void aCurrentLeaseWithoutServiceWantsOneActive() {
            assertThat(current(RentContext.keepAsIs(), observed(ObservedService.NONE, OnuState.ENABLED))
                            .service())
                    .isEqualTo(ServiceStatus.ACTIVE);
        }

        @Test
        void anOnuVicvilDisabledIsEnabledForTheCurrentLease() {
            assertThat(current(RentContext.keepAsIs(), disabledByVicvil(ACTIVE)).onu())
                    .isEqualTo(OnuTarget.ENABLED);
        }

        @Test
        void anOnuDisabledByHandIsLeftDisabledAndReported() {
            Desired desired = current(rent(RentStatus.OK), observed(ACTIVE, OnuState.DISABLED));
            assertThat(desired.onu()).isEqualTo(OnuTarget.LEAVE);
            assertThat(hasNotice(desired, Notice.Kind.DRIFT, "ONU disabled outside vicvil"))
                    .isTrue();
        }

        @Test
        void aLeaseEndingTodayIsStillServedAtTheLastMinute() {
            Occupancy lastDay = occupancy("2026-12-31T23:59:59", CURRENT);
            Desired desired = evaluate(lastDay, rent(RentStatus.OK), observed(ACTIVE, OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
        }

        @Test
        void overlappingLeasesStillGetServiceAndTheOverlapIsReported() {
            Occupancy overlap = occupancy("2026-07-10T10:00", CURRENT, lease("L9", "2026-06-01", null, "z"));
            Desired desired = evaluate(overlap, rent(RentStatus.OK), observed(ACTIVE, OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
            assertThat(hasNotice(desired, Notice.Kind.DRIFT, "overlapping")).isTrue();
        }

        @Test
        void aHoldoverKeepsServiceAndIsReported() {
            Occupancy holdover = occupancy("2027-02-01T10:00", CURRENT);
            Desired desired = evaluate(holdover, rent(RentStatus.OK), observed(ACTIVE, OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
            assertThat(hasNotice(desired, Notice.Kind.DRIFT, "holdover")).isTrue();
        }

        @Test
        void aServiceEndedByHandDuringTheLeaseIsNotRecreated() {
            Desired desired =
                    current(rent(RentStatus.OK), observed(ObservedService.of(ServiceStatus.ENDED), OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ENDED);
            assertThat(hasNotice(desired, Notice.Kind.DRIFT, "ended outside vicvil"))
                    .isTrue();
        }
    }

    @Nested
    class Rent {

        @Test
        void unpaidRentSuspendsAndCutsTheOnuWithHardCut() {
            Desired desired = current(rent(RentStatus.DELINQUENT), observed(ACTIVE, OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.SUSPENDED);
            assertThat(desired.onu()).isEqualTo(OnuTarget.DISABLED);
        }

        @Test
        void unpaidRentWithoutHardCutLeavesTheOnuEnabled() {
            Desired desired = current(
                    new RentContext(RentStatus.DELINQUENT, Optional.empty(), SOFT), observed(ACTIVE, OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.SUSPENDED);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
        }

        @Test
        void unpaidRentWithoutOnuIsReportedNotEnforced() {
            Desired desired = current(rent(RentStatus.DELINQUENT), observed(ACTIVE, OnuState.ABSENT));
            assertThat(desired.service()).isEqualTo(ServiceStatus.SUSPENDED);
            assertThat(desired.onu()).isEqualTo(OnuTarget.LEAVE);
            assertThat(hasNotice(desired, Notice.Kind.NOT_ENFORCED, "no ONU")).isTrue();
        }

        @Test
        void paymentLiftsVicvilsSuspensionAndItsCut() {
            Desired desired = current(rent(RentStatus.OK), disabledByVicvil(SUSPENDED_BY_VICVIL));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
        }

        @Test
        void anUnknownRentStatusNeverSuspends() {
            Desired desired = current(rent(RentStatus.UNKNOWN), observed(ACTIVE, OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
        }

        @Test
        void anUnknownRentStatusKeepsVicvilsSuspensionAndAddsNoCut() {
            assertThat(current(rent(RentStatus.UNKNOWN), disabledByVicvil(SUSPENDED_BY_VICVIL)))
                    .satisfies(desired -> assertThat(desired.service()).isEqualTo(ServiceStatus.SUSPENDED))
                    .satisfies(desired -> assertThat(desired.onu()).isEqualTo(OnuTarget.LEAVE));
            assertThat(current(rent(RentStatus.UNKNOWN), observed(SUSPENDED_BY_VICVIL, OnuState.ENABLED))
                            .onu())
                    .isEqualTo(OnuTarget.LEAVE);
        }

        @Test
        void aHoldExemptsFromSuspensionThroughItsLastDay() {
            RentContext heldToday =
                    new RentContext(RentStatus.DELINQUENT, Optional.of(LocalDate.parse("2026-07-10")), HARD_CUT);
            Desired desired = current(heldToday, disabledByVicvil(SUSPENDED_BY_VICVIL));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
            assertThat(hasNotice(desired, Notice.Kind.INFO, "on hold until 2026-07-10"))
                    .isTrue();
        }

        @Test
        void anExpiredHoldNoLongerExempts() {
            RentContext expired =
                    new RentContext(RentStatus.DELINQUENT, Optional.of(LocalDate.parse("2026-07-09")), HARD_CUT);
            assertThat(current(expired, observed(ACTIVE, OnuState.ENABLED)).service())
                    .isEqualTo(ServiceStatus.SUSPENDED);
        }

        @Test
        void switchingRentSuspensionOffLiftsVicvilsSuspensions() {
            RentContext off = new RentContext(
                    RentStatus.DELINQUENT, Optional.empty(), new SuspendPolicy(false, true, CalendarGuard.NONE));
            assertThat(current(off, observed(ACTIVE, OnuState.ENABLED)).service())
                    .isEqualTo(ServiceStatus.ACTIVE);
            assertThat(current(off, disabledByVicvil(SUSPENDED_BY_VICVIL)))
                    .satisfies(desired -> assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE))
                    .satisfies(desired -> assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED));
        }

        @Test
        void aPreparedServiceIsNotSuspended() {
            Desired desired = current(
                    rent(RentStatus.DELINQUENT),
                    observed(ObservedService.of(ServiceStatus.PREPARED), OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
        }
    }

    @Nested
    class ManualSuspension {

        @Test
        void aServiceSuspendedByHandStaysSuspendedEvenWhenRentIsPaid() {
            Desired desired = current(rent(RentStatus.OK), observed(SUSPENDED_BY_HAND, OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.SUSPENDED);
            assertThat(hasNotice(desired, Notice.Kind.DRIFT, "suspended outside vicvil"))
                    .isTrue();
        }

        @Test
        void vicvilAddsNoOnuCutToAHandSuspension() {
            Desired desired = current(rent(RentStatus.DELINQUENT), observed(SUSPENDED_BY_HAND, OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.SUSPENDED);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
        }

        @Test
        void aSuspensionOfVicvilsLiftedByHandIsNotRedoneInTheSameRentCycle() {
            Desired desired = delinquentAfterJuly6("2026-07-10T10:00", ACTIVE);
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
            assertThat(hasNotice(desired, Notice.Kind.DRIFT, "lifted outside vicvil"))
                    .isTrue();
        }

        @Test
        void inTheNextRentCycleUnpaidRentSuspendsAgain() {
            Desired desired = delinquentAfterJuly6("2026-08-06T10:00", ACTIVE);
            assertThat(desired.service()).isEqualTo(ServiceStatus.SUSPENDED);
            assertThat(desired.onu()).isEqualTo(OnuTarget.DISABLED);
        }

        @Test
        void anOnuCutOfVicvilsUndoneByHandIsNotRedoneInTheSameRentCycle() {
            Desired desired = delinquentAfterJuly6("2026-07-10T10:00", SUSPENDED_BY_VICVIL);
            assertThat(desired.service()).isEqualTo(ServiceStatus.SUSPENDED);
            assertThat(desired.onu()).isEqualTo(OnuTarget.LEAVE);
            assertThat(hasNotice(desired, Notice.Kind.DRIFT, "enabled outside vicvil"))
                    .isTrue();
        }
    }

    @Nested
    class Calendar {

        /** 2026-07-10 is a Friday. */
        private final SuspendPolicy noFridays =
                new SuspendPolicy(true, true, new CalendarGuard(Set.of(DayOfWeek.FRIDAY), Set.of()));

        @Test
        void noNewSuspensionOnAGuardedWeekday() {
            Desired desired = current(
                    new RentContext(RentStatus.DELINQUENT, Optional.empty(), noFridays),
                    observed(ACTIVE, OnuState.ENABLED));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
            assertThat(hasNotice(desired, Notice.Kind.INFO, "calendar guard")).isTrue();
        }

        @Test
        void noNewSuspensionOnAGuardedDate() {
            SuspendPolicy holiday =
                    new SuspendPolicy(true, true, new CalendarGuard(Set.of(), Set.of(LocalDate.parse("2026-07-10"))));
            assertThat(current(
                                    new RentContext(RentStatus.DELINQUENT, Optional.empty(), holiday),
                                    observed(ACTIVE, OnuState.ENABLED))
                            .service())
                    .isEqualTo(ServiceStatus.ACTIVE);
        }

        @Test
        void anExistingSuspensionStaysOnAGuardedDay() {
            Desired desired = current(
                    new RentContext(RentStatus.DELINQUENT, Optional.empty(), noFridays),
                    disabledByVicvil(SUSPENDED_BY_VICVIL));
            assertThat(desired.service()).isEqualTo(ServiceStatus.SUSPENDED);
            assertThat(desired.onu()).isEqualTo(OnuTarget.DISABLED);
        }

        @Test
        void restoresAreAllowedOnAGuardedDay() {
            Desired desired = current(
                    new RentContext(RentStatus.OK, Optional.empty(), noFridays), disabledByVicvil(SUSPENDED_BY_VICVIL));
            assertThat(desired.service()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(desired.onu()).isEqualTo(OnuTarget.ENABLED);
        }
    }
}

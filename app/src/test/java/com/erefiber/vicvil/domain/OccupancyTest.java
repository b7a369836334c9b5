package com.erefiber.vicvil.domain;

import static com.erefiber.vicvil.domain.LeaseFixtures.UNIT;
import static com.erefiber.vicvil.domain.LeaseFixtures.at;
import static com.erefiber.vicvil.domain.LeaseFixtures.lease;
import static com.erefiber.vicvil.domain.LeaseFixtures.leaseFlagged;
import static com.erefiber.vicvil.domain.LeaseFixtures.occupancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupancyTest {

    @Test
    void aUnitWithoutLeasesIsVacantForever() {
        Occupancy occupancy = occupancy("2026-07-01T10:00");
        assertThat(occupancy.isVacant()).isTrue();
        assertThat(occupancy.vacantSince()).isEmpty();
        assertThat(occupancy.notices()).isEmpty();
    }

    @Test
    void aLeaseIsCurrentFromMidnightOfItsStartDay() {
        Lease lease = lease("L1", "2026-07-01", "2027-06-30", "a");
        assertThat(occupancy("2026-06-30T23:59:59", lease).current()).isEmpty();
        assertThat(occupancy("2026-07-01T00:00", lease).current()).contains(lease);
    }

    @Test
    void aLeaseEndingTodayIsCurrentAllDay() {
        Lease lease = lease("L1", "2025-07-01", "2026-06-30", "a");
        assertThat(occupancy("2026-06-30T23:59:59", lease).current()).contains(lease);
        Occupancy dayAfter = occupancy("2026-07-01T00:00", leaseFlagged("L1", "2025-07-01", "2026-06-30", false, "a"));
        assertThat(dayAfter.isVacant()).isTrue();
        assertThat(dayAfter.vacantSince()).contains(LocalDate.parse("2026-07-01"));
    }

    @Test
    void theDayIsTakenInThePropertysZone() {
        Lease lease = lease("L1", "2026-07-01", null, "a");
        // 2026-07-01T02:00Z is still June 30 in Nelsonville.
        Occupancy occupancy = Occupancy.at(
                UNIT,
                List.of(lease),
                at("2026-06-30T22:00").withZoneSameInstant(ZoneOffset.UTC).withZoneSameInstant(LeaseFixtures.ZONE));
        assertThat(occupancy.today()).isEqualTo("2026-06-30");
        assertThat(occupancy.current()).isEmpty();
    }

    @Test
    void aFutureLeaseIsNotCurrentAndIsListedEarliestFirst() {
        Lease later = lease("L3", "2026-09-01", null, "c");
        Lease sooner = lease("L2", "2026-08-01", "2026-08-31", "b");
        Occupancy occupancy = occupancy("2026-07-01T10:00", later, sooner);
        assertThat(occupancy.current()).isEmpty();
        assertThat(occupancy.future()).containsExactly(sooner, later);
        assertThat(occupancy.next()).contains(sooner);
    }

    @Test
    void aHoldoverPastItsEndStaysCurrentWhileInnagoFlagsItActiveAndIsReportedAsDrift() {
        Lease holdover = leaseFlagged("L1", "2025-07-01", "2026-06-30", true, "a");
        Occupancy occupancy = occupancy("2026-07-15T10:00", holdover);
        assertThat(occupancy.current()).contains(holdover);
        assertThat(occupancy.notices())
                .singleElement()
                .satisfies(notice -> assertThat(notice.kind()).isEqualTo(Notice.Kind.DRIFT))
                .satisfies(notice -> assertThat(notice.message()).contains("holdover", "L1"));
    }

    @Test
    void aLeaseWhoseDatesCoverTodayStaysCurrentEvenWhenInnagoFlagsItInactive() {
        Lease lease = leaseFlagged("L1", "2026-01-01", "2026-12-31", false, "a");
        Occupancy occupancy = occupancy("2026-07-01T10:00", lease);
        assertThat(occupancy.current()).contains(lease);
        assertThat(occupancy.notices()).singleElement().satisfies(notice -> assertThat(notice.message())
                .contains("inactive", "still served"));
    }

    @Test
    void aFutureLeaseFlaggedActiveBlocksEndingWhileTheUnitLooksVacant() {
        Lease ended = leaseFlagged("L1", "2025-07-01", "2026-06-30", false, "a");
        Lease flaggedFuture = leaseFlagged("L2", "2026-08-01", null, true, "b");
        Occupancy occupancy = occupancy("2026-07-10T10:00", ended, flaggedFuture);
        assertThat(occupancy.isVacant()).isTrue();
        assertThat(occupancy.endBlocked()).isTrue();
        assertThat(occupancy.notices()).singleElement().satisfies(notice -> assertThat(notice.kind())
                .isEqualTo(Notice.Kind.DRIFT));
    }

    @Test
    void overlappingCurrentLeasesServeTheLatestStartAndReportTheOverlap() {
        Lease older = lease("L1", "2025-07-01", "2026-12-31", "a");
        Lease newer = lease("L2", "2026-06-01", null, "b");
        Occupancy occupancy = occupancy("2026-07-01T10:00", newer, older);
        assertThat(occupancy.current()).contains(newer);
        assertThat(occupancy.overlapping()).containsExactly(older);
        assertThat(occupancy.notices()).singleElement().satisfies(notice -> assertThat(notice.message())
                .contains("overlapping", "L1", "L2"));
    }

    @Test
    void overlappingLeasesStartingTheSameDayAreResolvedTheSameWayWhateverTheInputOrder() {
        Lease one = lease("L-a", "2026-06-01", "2026-12-31", "a");
        Lease other = lease("L-b", "2026-06-01", "2026-12-31", "b");
        assertThat(occupancy("2026-07-01T10:00", one, other).current()).contains(other);
        assertThat(occupancy("2026-07-01T10:00", other, one).current()).contains(other);
    }

    @Test
    void aLeaseListedTwiceCountsOnce() {
        Lease lease = lease("L1", "2026-01-01", null, "a");
        Occupancy occupancy = occupancy("2026-07-01T10:00", lease, lease);
        assertThat(occupancy.leases()).containsExactly(lease);
        assertThat(occupancy.overlapping()).isEmpty();
    }

    @Test
    void aLeaseSharingATenantWithItsPredecessorIsARenewal() {
        Lease first = lease("L1", "2025-07-01", "2026-06-30", "a", "b");
        Lease renewal = lease("L2", "2026-07-01", "2027-06-30", "b");
        Occupancy occupancy = occupancy("2026-07-01T10:00", first, renewal);
        assertThat(occupancy.isRenewal(renewal)).isTrue();
        assertThat(occupancy.renewalChain(renewal)).containsExactly(renewal, first);
    }

    @Test
    void aLeaseWithNoTenantInCommonWithItsPredecessorIsANewTenant() {
        Lease first = lease("L1", "2025-07-01", "2026-06-30", "a");
        Lease other = lease("L2", "2026-07-01", null, "c");
        Occupancy occupancy = occupancy("2026-07-01T10:00", first, other);
        assertThat(occupancy.isRenewal(other)).isFalse();
        assertThat(occupancy.renewalChain(other)).containsExactly(other);
    }

    @Test
    void theRenewalChainStopsAtTheFirstNewHousehold() {
        Lease a1 = lease("L1", "2023-07-01", "2024-06-30", "a");
        Lease b = lease("L2", "2024-07-01", "2025-06-30", "b");
        Lease a2 = lease("L3", "2025-07-01", null, "a");
        Occupancy occupancy = occupancy("2026-07-01T10:00", a1, b, a2);
        assertThat(occupancy.renewalChain(a2)).containsExactly(a2);
    }

    @Test
    void aVacancyBeforeARenewalIsAGap() {
        Lease first = leaseFlagged("L1", "2025-07-01", "2026-06-30", false, "a");
        Lease renewal = leaseFlagged("L2", "2026-07-10", null, false, "a");
        Occupancy occupancy = occupancy("2026-07-03T10:00", first, renewal);
        assertThat(occupancy.inRenewalGap()).isTrue();
        Occupancy otherHousehold =
                occupancy("2026-07-03T10:00", first, leaseFlagged("L3", "2026-07-10", null, false, "z"));
        assertThat(otherHousehold.inRenewalGap()).isFalse();
    }

    @Test
    void leasesOfAnotherUnitAreRefused() {
        Lease elsewhere = lease("L9", new UnitKey("250 S Harper", "4"), "2026-01-01", null, true, "a");
        assertThatThrownBy(() -> occupancy("2026-07-01T10:00", elsewhere))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("250 S Harper #4");
    }
}

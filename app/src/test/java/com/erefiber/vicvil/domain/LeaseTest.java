package com.erefiber.vicvil.domain;

import static com.erefiber.vicvil.domain.LeaseFixtures.UNIT;
import static com.erefiber.vicvil.domain.LeaseFixtures.lease;
import static com.erefiber.vicvil.domain.LeaseFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaseTest {

    private static Lease dueOn(int day) {
        return new Lease("L", UNIT, LocalDate.parse("2025-01-01"), Optional.empty(), true, List.of(tenant("a")), day);
    }

    @Test
    void theRentCycleStartsOnTheLatestDueDateOnOrBeforeTheDay() {
        assertThat(dueOn(1).lastDueDate(LocalDate.parse("2026-07-01"))).isEqualTo("2026-07-01");
        assertThat(dueOn(1).lastDueDate(LocalDate.parse("2026-07-20"))).isEqualTo("2026-07-01");
        assertThat(dueOn(15).lastDueDate(LocalDate.parse("2026-07-10"))).isEqualTo("2026-06-15");
    }

    @Test
    void aDueDayPastTheMonthsEndFallsOnItsLastDay() {
        assertThat(dueOn(31).lastDueDate(LocalDate.parse("2026-03-05"))).isEqualTo("2026-02-28");
        assertThat(dueOn(844).lastDueDate(LocalDate.parse("2026-04-30"))).isEqualTo("2026-04-30");
        assertThat(dueOn(0).lastDueDate(LocalDate.parse("2026-04-30"))).isEqualTo("2026-04-01");
    }

    @Test
    void leasesShareATenantWhenAnyUidIsCommon() {
        assertThat(lease("L1", "2025-01-01", null, "a", "b").sharesTenantWith(lease("L2", "2026-01-01", null, "b")))
                .isTrue();
        assertThat(lease("L1", "2025-01-01", null, "a").sharesTenantWith(lease("L2", "2026-01-01", null, "c")))
                .isFalse();
        assertThat(lease("L1", "2025-01-01", null).sharesTenantWith(lease("L2", "2026-01-01", null)))
                .isFalse();
    }

    @Test
    void theFirstTenantIsThePrimary() {
        assertThat(lease("L1", "2025-01-01", null, "a", "b").primaryTenant())
                .map(Tenant::uid)
                .contains("a");
        assertThat(lease("L1", "2025-01-01", null).primaryTenant()).isEmpty();
    }
}

package com.erefiber.vicvil.uisp.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.uisp.crm.model.ServicePlan;
import com.erefiber.vicvil.uisp.crm.model.ServicePlan.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanPeriodsTest {
    private static ServicePlan plan(long id, String name, Period... periods) {
        return new ServicePlan(id, name, "Internet", true, false, BigDecimal.TEN, BigDecimal.TEN, List.of(periods));
    }

    private static Period period(long id, int months, boolean enabled) {
        return new Period(id, months, new BigDecimal("55"), enabled);
    }

    private static final List<ServicePlan> PLANS = List.of(
            plan(3, "Fiber 100", period(30, 1, true), period(31, 3, true)),
            plan(4, "Fiber 1000", period(40, 1, false), period(41, 12, true)),
            plan(5, "Fiber 500", period(50, 3, true), period(51, 1, true)),
            plan(6, "Twin", period(60, 1, true)),
            plan(7, "twin", period(70, 1, true)));

    @Test
    void picksTheEnabledMonthlyPeriodOfAPlanByName() {
        assertThat(PlanPeriods.monthly(PLANS, "Fiber 100").id()).isEqualTo(30);
        assertThat(PlanPeriods.monthly(PLANS, "Fiber 500").id()).isEqualTo(51);
    }

    @Test
    void picksAPlanById() {
        assertThat(PlanPeriods.monthly(PLANS, "5").id()).isEqualTo(51);
    }

    @Test
    void matchesANameIgnoringCaseOnlyWhenNoExactNameMatches() {
        assertThat(PlanPeriods.monthly(PLANS, "fiber 100").id()).isEqualTo(30);
        assertThat(PlanPeriods.monthly(PLANS, "twin").id()).isEqualTo(70);
    }

    /** Resolving {@code ref} is a configuration error (exit 3) whose message has every fragment. */
    private static void assertConfigError(String ref, String... fragments) {
        assertThatThrownBy(() -> PlanPeriods.monthly(PLANS, ref)).isInstanceOfSatisfying(VicvilException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.CONFIG);
            assertThat(e.getMessage()).contains(fragments);
        });
    }

    @Test
    void refusesAnAmbiguousName() {
        assertConfigError("TWIN", "ambiguous", "Twin = 6", "twin = 7");
    }

    @Test
    void refusesAnUnknownPlanListingTheKnownOnes() {
        assertConfigError("Fiber 2000", "'Fiber 2000'", "Fiber 100 = 3");
    }

    @Test
    void refusesAPlanWithoutAnEnabledMonthlyPeriod() {
        assertConfigError("Fiber 1000", "'Fiber 1000' (id 4) has no enabled 1-month period");
    }
}

package com.erefiber.vicvil.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.core.world.SiteActions;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.leases.LeaseActions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final UnitKey FOUR = new UnitKey("300 S Harper", "4");
    private static final UnitKey TWELVE = new UnitKey("1000 S Harper", "12");

    private final PlannedAction end = new LeaseActions.EndService(FOUR, "no current lease", 100, 10);
    private final PlannedAction disable =
            LeaseActions.setOnu(TWELVE, "no current lease (vacant since 2026-07-01)", "dev", "x", false);

    @Test
    void anEmptyPlanRendersAsNoChanges() {
        assertThat(new Plan(List.of(), List.of(), Optional.empty()).render()).isEqualTo("no changes\n");
    }

    @Test
    void eachActionIsOneLineOfUnitActionLabelAndReasonInColumns() {
        Plan plan = new Plan(
                List.of(end, disable), List.of(Notice.notEnforced(FOUR, "not enforced: no ONU")), Optional.empty());
        assertThat(plan.render())
                .isEqualTo("300 S Harper #4    end-service  no current lease\n"
                        + "1000 S Harper #12  disable-onu  no current lease (vacant since 2026-07-01)\n"
                        + "notice: NOT_ENFORCED  300 S Harper #4  not enforced: no ONU\n");
    }

    @Test
    void aRefusedPlanSaysSoLast() {
        Plan plan = new Plan(
                List.of(end), List.of(), Optional.of(new Plan.Refusal("11 END_SERVICE actions", List.of(end))));
        assertThat(plan.isRefused()).isTrue();
        assertThat(plan.render()).endsWith("REFUSED: 11 END_SERVICE actions\n");
    }

    @Test
    void actionsAreGroupedPerUnitInPlanOrder() {
        PlannedAction create = new SiteActions.CreateSite(FOUR, "missing", "300 S Harper #4");
        Plan plan = new Plan(List.of(end, disable, create), List.of(), Optional.empty());
        assertThat(plan.byUnit()).containsOnlyKeys(FOUR, TWELVE);
        assertThat(plan.byUnit().get(FOUR)).containsExactly(end, create);
        assertThat(plan.count(LeaseActions.END_SERVICE)).isEqualTo(1);
    }

    @Test
    void onlyInfoNoticesNeedNoAttention() {
        assertThat(new Plan(List.of(), List.of(Notice.info(FOUR, "renewal gap")), Optional.empty()).needsAttention())
                .isFalse();
        assertThat(new Plan(List.of(), List.of(Notice.drift(FOUR, "hand suspension")), Optional.empty())
                        .needsAttention())
                .isTrue();
    }
}

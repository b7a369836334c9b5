package com.erefiber.vicvil.core.plan;

import static com.erefiber.vicvil.domain.LeaseFixtures.lease;
import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.core.world.SiteActions;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.leases.LeaseActions;
import com.erefiber.vicvil.store.StateStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanApplierTest {

    private static final UnitKey UNIT = new UnitKey("300 S Harper", "4");

    @TempDir
    Path dir;

    private PlanApplier.Outcome apply(
            List<PlannedAction> actions, PlannedAction failing, List<PlannedAction> carriedOut) {
        StateStore store = StateStore.open(dir.resolve("vicvil.db"), Clock.systemUTC());
        Console console = new Console(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true, false, false);
        PlanApplier applier =
                new PlanApplier(store.journal(), store.runs().start("sync-leases"), "sync-leases", 1, console);
        return applier.apply(new Plan(actions, List.of(), Optional.empty()), (action, created) -> {
            if (action == failing) {
                throw new IllegalStateException("refused");
            }
            carriedOut.add(action);
            return "";
        });
    }

    private static PlannedAction welcome(String leaseUid) {
        Lease lease = lease(leaseUid, UNIT, "2026-07-01", null, true, "a");
        return new LeaseActions.SendWelcome(
                UNIT,
                "new service",
                new ServiceRef(Optional.of(100L), leaseUid),
                lease,
                "500 Mbps",
                List.of("a@example.com"));
    }

    @Test
    void aFailedMailHoldsBackNothing() {
        PlannedAction first = welcome("L1");
        PlannedAction second = welcome("L2");
        List<PlannedAction> carriedOut = new ArrayList<>();

        PlanApplier.Outcome outcome = apply(List.of(first, second), first, carriedOut);

        assertThat(carriedOut).containsExactly(second);
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(outcome.skipped()).isZero();
    }

    @Test
    void aFailedNetworkActionSkipsTheUnitsLaterActions() {
        PlannedAction site = new SiteActions.CreateSite(UNIT, "the unit has no endpoint site yet", "300 S Harper #4");
        PlannedAction onu = LeaseActions.setOnu(UNIT, "lease L1 is current", "dev", "x", true);
        List<PlannedAction> carriedOut = new ArrayList<>();

        PlanApplier.Outcome outcome = apply(List.of(site, onu, welcome("L1")), site, carriedOut);

        assertThat(carriedOut).isEmpty();
        assertThat(outcome.skipped()).isEqualTo(2);
    }
}

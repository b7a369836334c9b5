package com.erefiber.vicvil.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.Tenant;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.TicketLink;
import com.erefiber.vicvil.store.UpgradeRequest;
import com.erefiber.vicvil.tickets.SyncTicketsInput.Household;
import com.erefiber.vicvil.tickets.SyncTicketsInput.LeaseInvoice;
import com.erefiber.vicvil.tickets.SyncTicketsInput.PackagePlan;
import com.erefiber.vicvil.tickets.SyncTicketsInput.Request;
import com.erefiber.vicvil.tickets.SyncTicketsInput.ServiceOnPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sync-tickets plan as a pure function: forwarding, status both ways without echo, upgrades, add-ons. */
class SyncTicketsPlannerTest {
    private static final TicketClassifier CLASSIFIER = new TicketClassifier(AppConfig.Keywords.defaults());
    private static final UnitKey UNIT = new UnitKey("300 S Harper", "4");
    private static final long COMPLEX = 1;
    private static final long CLIENT = 10;
    private static final long SERVICE = 100;
    private static final long TICKET = 500;
    private static final List<PackagePlan> PACKAGES = List.of(
            new PackagePlan(TicketClassifierTest.pkg("Village Fiber 500", 500, "0", true), 501),
            new PackagePlan(TicketClassifierTest.pkg("Village Fiber 1G", 1000, "10", false), 1001),
            new PackagePlan(TicketClassifierTest.pkg("Village Fiber 2G", 2000, "15", false), 2001));
    private static final Lease LEASE = new Lease(
            "lease-1",
            UNIT,
            LocalDate.parse("2026-01-01"),
            Optional.empty(),
            true,
            List.of(new Tenant("tenant-1", "Ada", "Lovelace", Optional.empty(), Optional.empty())),
            3);

    private final List<Request> open = new ArrayList<>();
    private final Set<String> resolved = new HashSet<>();
    private final List<TicketLink> links = new ArrayList<>();
    private final Map<String, Long> markers = new HashMap<>();
    private final Map<Long, Boolean> uispSolved = new HashMap<>();
    private final List<UpgradeRequest> upgrades = new ArrayList<>();
    private final Set<String> billed = new HashSet<>();
    private final Map<String, List<LeaseInvoice>> invoices = new HashMap<>(Map.of("lease-1", List.of()));
    private String servicePackage = "Village Fiber 500";
    private AppConfig.Approval approval = AppConfig.Approval.AUTO;

    private static Request request(String uid, String title, String description) {
        return new Request(
                uid, title, description, "Ada Lovelace", UNIT, true, Optional.of("300-s-harper-4"), Optional.empty());
    }

    private static UpgradeRequest tracked(UpgradeRequest.State state, String... reason) {
        return new UpgradeRequest(
                1,
                "m-1",
                UNIT,
                "Internet Upgrade to 1G please",
                "Village Fiber 1G",
                state,
                reason.length == 0 ? Optional.empty() : Optional.of(reason[0]));
    }

    private Plan plan() {
        Household household = new Household(
                UNIT,
                Optional.of(CLIENT),
                Optional.of(new ServiceOnPlan(SERVICE, CLIENT, Optional.of(servicePackage))),
                Optional.of(LEASE));
        return SyncTicketsPlanner.plan(
                new SyncTicketsInput(
                        open,
                        resolved,
                        links,
                        markers,
                        uispSolved,
                        Map.of(UNIT, household),
                        Optional.of(COMPLEX),
                        upgrades,
                        billed,
                        invoices,
                        PACKAGES,
                        approval,
                        LocalDate.parse("2026-07-15")),
                CLASSIFIER);
    }

    private static List<ActionKind> kinds(Plan plan) {
        return plan.actions().stream().map(PlannedAction::kind).toList();
    }

    @Test
    void forwardsAnInternetRequestToTheUnitsClientWithTheMarker() {
        open.add(request("m-1", "WiFi keeps dropping", "Every evening"));
        open.add(request("m-2", "Slow drain", "The bathroom sink"));

        Plan plan = plan();

        assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(TicketActions.Forward.class, forward -> {
            assertThat(forward.clientId()).isEqualTo(CLIENT);
            assertThat(forward.subject()).isEqualTo("[300 S Harper #4] WiFi keeps dropping");
            assertThat(forward.comment())
                    .startsWith("Innago maintenance request m-1")
                    .contains("Tenant: Ada Lovelace", "ONU: 300-s-harper-4", "Every evening");
        });
        assertThat(TicketMarker.in(
                        List.of(((TicketActions.Forward) plan.actions().get(0)).comment())))
                .contains("m-1");
    }

    @Test
    void aRequestForAUnitTheInventoryLacksGoesToTheComplexClientWithANotice() {
        UnitKey unknown = new UnitKey("300 S Harper", "99");
        open.add(new Request("m-1", "No internet", "", "Bo", unknown, false, Optional.empty(), Optional.empty()));

        Plan plan = plan();

        assertThat(plan.actions())
                .singleElement()
                .isInstanceOfSatisfying(TicketActions.Forward.class, forward -> assertThat(forward.clientId())
                        .isEqualTo(COMPLEX));
        assertThat(plan.notices()).extracting(Notice::kind).containsExactly(Notice.Kind.DATA);
    }

    @Test
    void aForwardedRequestIsNeverForwardedAgainAndALostLinkIsFoundByItsMarker() {
        open.add(request("m-1", "No internet since storm", ""));
        uispSolved.put(TICKET, false);
        links.add(new TicketLink("m-1", TICKET, UNIT, true, false));
        assertThat(plan().actions()).isEmpty();

        links.clear();
        markers.put("m-1", TICKET);
        assertThat(plan().actions())
                .singleElement()
                .isInstanceOfSatisfying(TicketActions.Remember.class, remember -> assertThat(remember.link())
                        .isEqualTo(new TicketLink("m-1", TICKET, UNIT, true, false)));
    }

    @Test
    void solvedInUispResolvesInnagoOnceAndTheWriteDoesNotEchoBack() {
        open.add(request("m-1", "No internet", ""));
        links.add(new TicketLink("m-1", TICKET, UNIT, true, false));
        uispSolved.put(TICKET, true);

        Plan first = plan();

        assertThat(kinds(first)).containsExactly(TicketActions.RESOLVE_IN_INNAGO);
        TicketLink after = ((TicketActions.Follow) first.actions().get(0)).after();
        assertThat(after.innagoOpen()).isFalse();
        assertThat(after.uispSolved()).isTrue();
        // the next run: Innago lists it as resolved, the link remembers that vicvil did it
        open.clear();
        links.set(0, after);
        resolved.add("m-1");
        assertThat(plan().actions()).isEmpty();
    }

    @Test
    void reopenedInInnagoReopensUispAndResolvedByTheLandlordSolvesIt() {
        open.add(request("m-1", "No internet", ""));
        links.add(new TicketLink("m-1", TICKET, UNIT, false, true));
        uispSolved.put(TICKET, true);
        assertThat(kinds(plan())).containsExactly(TicketActions.REOPEN_IN_UISP);

        open.clear();
        resolved.add("m-1");
        links.set(0, new TicketLink("m-1", TICKET, UNIT, true, false));
        uispSolved.put(TICKET, false);
        assertThat(kinds(plan())).containsExactly(TicketActions.SOLVE_IN_UISP);
    }

    @Test
    void bothSidesChangedAlikeIsOnlyRemembered() {
        resolved.add("m-1");
        links.add(new TicketLink("m-1", TICKET, UNIT, true, false));
        uispSolved.put(TICKET, true);

        assertThat(kinds(plan())).containsExactly(TicketActions.REMEMBER_TICKET);
    }

    @Test
    void aClearUpgradeChangesThePlanAnswersAndBillsTheAddOnDueOnTheRentDay() {
        open.add(request("m-1", "Internet Upgrade to 1G please", ""));

        Plan plan = plan();

        assertThat(kinds(plan))
                .containsExactly(
                        TicketActions.CHANGE_PLAN, TicketActions.ANSWER_REQUEST, TicketActions.CREATE_ADDON_INVOICE);
        assertThat((TicketActions.ChangePlan) plan.actions().get(0))
                .extracting(TicketActions.ChangePlan::serviceId, TicketActions.ChangePlan::periodId)
                .containsExactly(SERVICE, 1001L);
        assertThat(((TicketActions.Answer) plan.actions().get(1)).answer())
                .contains("Village Fiber 1G", "1000/1000 Mbps", "$10.00", "July 2026", "router");
        TicketActions.CreateAddOn addOn =
                (TicketActions.CreateAddOn) plan.actions().get(2);
        assertThat(addOn.dueDate()).isEqualTo(LocalDate.parse("2026-07-03"));
        assertThat(addOn.amount()).isEqualByComparingTo("10");
        assertThat(addOn.item()).isEqualTo("Village Fiber 1G add-on");
        assertThat(addOn.tenantUid()).isEqualTo("tenant-1");
    }

    @Test
    void anUnclearUpgradeGoesToAPersonAndIsNeverGuessed() {
        open.add(request("m-1", "Speed upgrade please", "whatever is faster"));
        open.add(request("m-2", "Upgrade", "from 1G to 2G internet"));

        Plan plan = plan();

        assertThat(kinds(plan)).containsExactly(TicketActions.FORWARD_TICKET, TicketActions.FORWARD_TICKET);
        assertThat(plan.actions()).allSatisfy(action -> assertThat(((TicketActions.Forward) action).comment())
                .contains("Forwarded for a person to decide"));
    }

    @Test
    void withManualApprovalAnUpgradeIsQueuedAndThenWaits() {
        approval = AppConfig.Approval.MANUAL;
        open.add(request("m-1", "Internet Upgrade to 1G please", ""));
        assertThat(kinds(plan())).containsExactly(TicketActions.QUEUE_UPGRADE);

        upgrades.add(tracked(UpgradeRequest.State.PENDING));
        assertThat(plan().actions()).isEmpty();

        upgrades.set(0, tracked(UpgradeRequest.State.APPROVED));
        assertThat(kinds(plan()))
                .containsExactly(
                        TicketActions.CHANGE_PLAN, TicketActions.ANSWER_REQUEST, TicketActions.CREATE_ADDON_INVOICE);

        upgrades.set(0, tracked(UpgradeRequest.State.REJECTED, "not in this building"));
        Plan rejected = plan();
        assertThat(kinds(rejected)).containsExactly(TicketActions.ANSWER_REQUEST);
        assertThat(((TicketActions.Answer) rejected.actions().get(0)).answer()).contains("not in this building");
    }

    @Test
    void anUpgradedLeaseGetsOneAddOnAMonthCheckedAgainstItsInvoices() {
        servicePackage = "Village Fiber 2G";
        assertThat(kinds(plan())).containsExactly(TicketActions.CREATE_ADDON_INVOICE);

        invoices.put(
                "lease-1", List.of(new LeaseInvoice("inv-9", LocalDate.parse("2026-07-03"), new BigDecimal("15.00"))));
        assertThat(plan().actions())
                .singleElement()
                .isInstanceOfSatisfying(TicketActions.RememberAddOn.class, remember -> assertThat(remember.invoiceUid())
                        .isEqualTo("inv-9"));

        billed.add("lease-1");
        assertThat(plan().actions()).isEmpty();
    }

    @Test
    void aDowngradeToTheIncludedPackageStopsTheAddOn() {
        servicePackage = "Village Fiber 1G";
        open.add(request("m-1", "Downgrade internet", "please downgrade back to 500 Mbps"));

        Plan plan = plan();

        assertThat(kinds(plan)).containsExactly(TicketActions.CHANGE_PLAN, TicketActions.ANSWER_REQUEST);
        assertThat(((TicketActions.Answer) plan.actions().get(1)).answer()).contains("included with your rent");
    }
}

package com.erefiber.vicvil.tickets;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.domain.AddOnInvoices;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.TicketLink;
import com.erefiber.vicvil.store.UpgradeRequest;
import com.erefiber.vicvil.tickets.SyncTicketsInput.Household;
import com.erefiber.vicvil.tickets.SyncTicketsInput.LeaseInvoice;
import com.erefiber.vicvil.tickets.SyncTicketsInput.PackagePlan;
import com.erefiber.vicvil.tickets.SyncTicketsInput.Request;
import com.erefiber.vicvil.tickets.SyncTicketsInput.ServiceOnPlan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * sync-tickets' plan (DESIGN §2, Tickets and Upgrades), a pure function of its input: forward each new internet
 * request once, keep each link's status in step both ways, change plans for clear upgrade requests (or queue them,
 * or hand unclear ones to a person), and bill each upgraded lease's add-on once a month.
 *
 * <p>No echo: a link remembers both sides' status as vicvil last saw or wrote them; only a side that differs from
 * that memory has changed, and vicvil's own write updates the memory, so it never comes back as a change.
 */
final class SyncTicketsPlanner {
    private final SyncTicketsInput in;
    private final TicketClassifier classifier;
    private final List<PlannedAction> actions = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final Map<UnitKey, String> packageAfter = new HashMap<>();

    private SyncTicketsPlanner(SyncTicketsInput in, TicketClassifier classifier) {
        this.in = in;
        this.classifier = classifier;
    }

    static Plan plan(SyncTicketsInput in, TicketClassifier classifier) {
        return new SyncTicketsPlanner(in, classifier).plan();
    }

    private Plan plan() {
        Map<String, TicketLink> links =
                in.links().stream().collect(Collectors.toMap(TicketLink::maintenanceUid, Function.identity()));
        Set<String> openUids = new HashSet<>();
        for (Request request : in.open()) {
            openUids.add(request.uid());
            TicketLink link = links.get(request.uid());
            Long marked = in.markers().get(request.uid());
            if (link != null) {
                sync(link, true, false);
            } else if (marked != null) {
                // A lost store: the marker names the ticket; as forwarded, Innago open and UISP not solved.
                sync(new TicketLink(request.uid(), marked, request.unit(), true, false), true, true);
            } else {
                planNew(request);
            }
        }
        in.links().stream()
                .filter(link -> !openUids.contains(link.maintenanceUid()))
                .filter(link -> in.resolved().contains(link.maintenanceUid()))
                .forEach(link -> sync(link, false, false));
        planAddOns();
        return new Plan(actions, notices, Optional.empty());
    }

    // ---- status both ways

    private void sync(TicketLink link, boolean innagoOpen, boolean recovered) {
        UnitKey unit = link.unit();
        Boolean uispSolved = in.uispSolved().get(link.uispTicketId());
        if (uispSolved == null) {
            notices.add(Notice.drift(
                    unit,
                    "UISP ticket #" + link.uispTicketId() + " of Innago request " + link.maintenanceUid()
                            + " is not among vicvil's clients' tickets (deleted or moved?): its status is not synced"));
            return;
        }
        TicketLink observed = new TicketLink(link.maintenanceUid(), link.uispTicketId(), unit, innagoOpen, uispSolved);
        boolean innagoChanged = innagoOpen != link.innagoOpen();
        boolean uispChanged = uispSolved != link.uispSolved();
        boolean agree = innagoOpen != uispSolved;
        String why = recovered ? " (link found again by its marker in UISP)" : "";
        if (!innagoChanged && !uispChanged) {
            if (recovered) {
                actions.add(new TicketActions.Remember(
                        unit, "link to UISP ticket #" + link.uispTicketId() + why, observed));
            }
        } else if (agree) {
            actions.add(new TicketActions.Remember(
                    unit, "both sides changed alike (" + state(observed) + ")" + why, observed));
        } else if (uispChanged && !innagoChanged) {
            if (uispSolved) {
                follow(
                        link,
                        false,
                        TicketActions.RESOLVE_IN_INNAGO,
                        "UISP ticket #" + link.uispTicketId() + " solved: resolve Innago request" + why,
                        TicketTexts.solvedInUisp(link.uispTicketId()));
            } else {
                notices.add(Notice.info(
                        unit,
                        "UISP ticket #" + link.uispTicketId() + " was reopened; the Innago request stays resolved"));
                actions.add(new TicketActions.Remember(unit, "UISP ticket reopened" + why, observed));
            }
        } else if (innagoChanged && !uispChanged) {
            if (innagoOpen) {
                follow(
                        link,
                        true,
                        TicketActions.REOPEN_IN_UISP,
                        "Innago request reopened: reopen UISP ticket #" + link.uispTicketId() + why,
                        TicketTexts.reopenedInInnago(link.maintenanceUid()));
            } else {
                follow(
                        link,
                        false,
                        TicketActions.SOLVE_IN_UISP,
                        "Innago request resolved by the landlord: solve UISP" + " ticket #" + link.uispTicketId() + why,
                        TicketTexts.resolvedInInnago(link.maintenanceUid()));
            }
        } else {
            notices.add(Notice.drift(
                    unit,
                    "Innago request " + link.maintenanceUid() + " and UISP ticket #" + link.uispTicketId()
                            + " both changed and disagree (" + state(observed) + "): left as they are"));
            actions.add(new TicketActions.Remember(unit, "both sides changed differently" + why, observed));
        }
    }

    /** One side follows the other: afterwards both are open ({@code open}) or both resolved and solved. */
    private void follow(TicketLink link, boolean open, ActionKind kind, String reason, String comment) {
        TicketLink after = new TicketLink(link.maintenanceUid(), link.uispTicketId(), link.unit(), open, !open);
        actions.add(new TicketActions.Follow(link.unit(), reason, kind, after, comment));
    }

    private static String state(TicketLink link) {
        return "Innago " + (link.innagoOpen() ? "open" : "resolved") + ", UISP "
                + (link.uispSolved() ? "solved" : "open");
    }

    // ---- new requests

    private void planNew(Request request) {
        switch (classifier.classify(request.title(), request.description())) {
            case INTERNET -> forward(request, Optional.empty());
            case UPGRADE -> upgrade(request);
            case OTHER -> {
                // not vicvil's: stays in Innago
            }
        }
    }

    private void forward(Request request, Optional<String> why) {
        UnitKey unit = request.unit();
        Optional<Long> unitClient = request.unitKnown()
                ? Optional.ofNullable(in.households().get(unit)).flatMap(Household::clientId)
                : Optional.empty();
        Optional<Long> client = unitClient.or(in::complexClient);
        if (!request.unitKnown()) {
            notices.add(Notice.data(
                    unit,
                    "Innago request " + request.uid() + " names a unit the inventory does not have"
                            + (client.isPresent() ? ": forwarded to the complex's client" : "")));
        }
        if (client.isEmpty()) {
            notices.add(Notice.data(
                    unit,
                    "Innago request " + request.uid() + " (\"" + request.title() + "\") not forwarded: the unit has no"
                            + " UISP client and complex.client_id is not set"));
            return;
        }
        actions.add(new TicketActions.Forward(
                unit,
                "internet request \"" + request.title() + "\""
                        + (unitClient.isEmpty() ? " (to the complex's client)" : "")
                        + why.map(reason -> ": " + reason).orElse(""),
                request.uid(),
                client.get(),
                TicketTexts.subject(unit, request.title()),
                TicketTexts.forwarded(request, why)));
    }

    private void upgrade(Request request) {
        UnitKey unit = request.unit();
        Optional<UpgradeRequest> tracked = in.upgrades().stream()
                .filter(known -> known.maintenanceUid().equals(request.uid()))
                .findFirst();
        UpgradeRequest.State state = tracked.map(UpgradeRequest::state).orElse(null);
        if (state == UpgradeRequest.State.PENDING) {
            notices.add(Notice.info(
                    unit,
                    "upgrade request " + tracked.get().id() + " to "
                            + tracked.get().packageName() + " waits for approval (vicvil upgrades)"));
            return;
        }
        if (state == UpgradeRequest.State.DONE) {
            return;
        }
        Household household = request.unitKnown() ? in.households().get(unit) : null;
        Optional<ServiceOnPlan> service = Optional.ofNullable(household).flatMap(Household::service);
        Optional<Lease> lease = Optional.ofNullable(household).flatMap(Household::currentLease);
        if (state == UpgradeRequest.State.REJECTED) {
            Optional<Long> client = service.map(ServiceOnPlan::clientId)
                    .or(() -> Optional.ofNullable(household).flatMap(Household::clientId))
                    .or(in::complexClient);
            if (client.isPresent()) {
                actions.add(new TicketActions.Answer(
                        unit,
                        "upgrade request " + tracked.get().id() + " rejected: answer the tenant",
                        request.uid(),
                        client.get(),
                        TicketTexts.subject(unit, request.title()),
                        TicketTexts.refused(
                                tracked.get().packageName(),
                                tracked.get().reason().orElse("see the landlord")),
                        request.title(),
                        tracked.get().packageName()));
            } else {
                notices.add(Notice.data(
                        unit,
                        "rejected upgrade request " + tracked.get().id()
                                + " cannot be answered: no UISP client for the unit or the complex"));
            }
            return;
        }
        if (!request.unitKnown()) {
            forward(request, Optional.of("an upgrade request for a unit the inventory does not have"));
            return;
        }
        if (service.isEmpty()) {
            forward(request, Optional.of("an upgrade request, but the unit has no vicvil service in UISP"));
            return;
        }
        if (lease.isEmpty()) {
            forward(request, Optional.of("an upgrade request, but the unit has no current lease"));
            return;
        }
        Optional<PackagePlan> target;
        if (state == UpgradeRequest.State.APPROVED) {
            target = in.pkg(tracked.get().packageName());
        } else {
            RequestedPackage requested = RequestedPackage.in(
                    TicketClassifier.text(request.title(), request.description()),
                    in.packages().stream().map(PackagePlan::settings).toList());
            if (requested.chosen().isEmpty()) {
                forward(request, Optional.of("an upgrade request, but " + requested.why()));
                return;
            }
            target = in.pkg(requested.chosen().get().name());
        }
        if (target.isEmpty()) {
            forward(request, Optional.of("an upgrade request for a package the config no longer has"));
            return;
        }
        PackagePlan pkg = target.get();
        if (service.get().packageName().equals(Optional.of(pkg.name()))) {
            forward(request, Optional.of("an upgrade request, but the unit is on " + pkg.name() + " already"));
            return;
        }
        if (in.approval() == AppConfig.Approval.MANUAL && state != UpgradeRequest.State.APPROVED) {
            actions.add(new TicketActions.Queue(
                    unit,
                    "upgrade to " + pkg.name() + " waits for approval (upgrades.approval: manual)",
                    request.uid(),
                    request.title(),
                    pkg.name()));
            return;
        }
        actions.add(new TicketActions.ChangePlan(
                unit,
                "\"" + request.title() + "\": " + service.get().packageName().orElse("unknown plan") + " -> "
                        + pkg.name(),
                service.get().serviceId(),
                pkg.periodId(),
                pkg.name()));
        actions.add(new TicketActions.Answer(
                unit,
                "answer and resolve the upgrade request",
                request.uid(),
                service.get().clientId(),
                TicketTexts.subject(unit, request.title()),
                TicketTexts.changed(pkg.settings(), YearMonth.from(in.today())),
                request.title(),
                pkg.name()));
        packageAfter.put(unit, pkg.name());
    }

    // ---- add-on invoices

    private void planAddOns() {
        YearMonth month = YearMonth.from(in.today());
        in.households().values().stream()
                .sorted(Comparator.comparing(Household::unit))
                .forEach(household -> addOn(household, month));
    }

    private void addOn(Household household, YearMonth month) {
        UnitKey unit = household.unit();
        Optional<Lease> current = household.currentLease();
        Optional<String> packageName = Optional.ofNullable(packageAfter.get(unit))
                .or(() -> household.service().flatMap(ServiceOnPlan::packageName));
        Optional<PackagePlan> pkg = packageName.flatMap(in::pkg);
        if (current.isEmpty()
                || pkg.isEmpty()
                || pkg.get().settings().tenantAddon().signum() <= 0) {
            return;
        }
        Lease lease = current.get();
        if (in.billed().contains(lease.uid())) {
            return;
        }
        List<LeaseInvoice> invoices = in.invoices().get(lease.uid());
        if (invoices == null) {
            notices.add(
                    Notice.data(unit, "the invoices of lease " + lease.uid() + " were not read: no add-on invoice"));
            return;
        }
        LocalDate due = month.atDay(Math.max(1, Math.min(lease.dueOn(), month.lengthOfMonth())));
        var amount = pkg.get().settings().tenantAddon();
        Optional<LeaseInvoice> existing = invoices.stream()
                .filter(invoice ->
                        invoice.dueDate().equals(due) && invoice.amount().compareTo(amount) == 0)
                .findFirst();
        if (existing.isPresent()) {
            actions.add(new TicketActions.RememberAddOn(
                    unit,
                    "Innago has the " + month + " add-on invoice already",
                    existing.get().invoiceUid(),
                    lease.uid(),
                    month,
                    amount));
            return;
        }
        if (lease.primaryTenant().isEmpty()) {
            notices.add(Notice.data(unit, "lease " + lease.uid() + " lists no tenant: no add-on invoice"));
            return;
        }
        actions.add(new TicketActions.CreateAddOn(
                unit,
                pkg.get().name() + " add-on for " + month + ", due " + due,
                lease.uid(),
                lease.primaryTenant().get().uid(),
                amount,
                due,
                AddOnInvoices.item(pkg.get().name()),
                month));
    }
}

package com.erefiber.vicvil.tickets;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.TicketLink;
import com.erefiber.vicvil.store.UpgradeRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the sync-tickets planner decides from, read in bulk: the open Innago requests, what the store and
 * UISP's markers say is linked, the UISP tickets' statuses, each unit's client, service and lease, the add-on
 * invoices, the packages and the rules.
 *
 * @param open            requests Innago lists as new, old or reopened, in the buildings in scope
 * @param resolved        uids of linked requests Innago lists as resolved
 * @param links           the store's links
 * @param markers         Innago uid → UISP ticket id, from the markers of vicvil's clients' tickets
 * @param uispSolved      UISP ticket id → whether it is solved, for vicvil's clients' tickets
 * @param households      the units' UISP client and service and current lease
 * @param complexClient   the complex's own UISP client (forwarded requests without a unit client go there)
 * @param upgrades        upgrade requests the store tracks
 * @param billed          leases whose add-on invoice for this month the store recorded
 * @param invoices        lease uid → its Innago invoices, for the leases that may need an add-on invoice
 * @param packages        the packages with their UISP plan period ids
 */
record SyncTicketsInput(
        List<Request> open,
        Set<String> resolved,
        List<TicketLink> links,
        Map<String, Long> markers,
        Map<Long, Boolean> uispSolved,
        Map<UnitKey, Household> households,
        Optional<Long> complexClient,
        List<UpgradeRequest> upgrades,
        Set<String> billed,
        Map<String, List<LeaseInvoice>> invoices,
        List<PackagePlan> packages,
        AppConfig.Approval approval,
        LocalDate today) {

    /**
     * One Innago request: its unit (the inventory's when {@code unitKnown}, else Innago's names) and, for a unit
     * with an ONU in NMS, the ONU's name and link.
     */
    record Request(
            String uid,
            String title,
            String description,
            String tenant,
            UnitKey unit,
            boolean unitKnown,
            Optional<String> onuName,
            Optional<String> onuLink) {}

    /** A unit's vicvil-tagged UISP client and live service, and its current lease. */
    record Household(
            UnitKey unit, Optional<Long> clientId, Optional<ServiceOnPlan> service, Optional<Lease> currentLease) {}

    /** A UISP service and the package its plan period is (empty: a plan no package uses). */
    record ServiceOnPlan(long serviceId, long clientId, Optional<String> packageName) {}

    /** An Innago invoice as the add-on check needs it. */
    record LeaseInvoice(String invoiceUid, LocalDate dueDate, BigDecimal amount) {}

    /** A package and the UISP plan period its services use. */
    record PackagePlan(AppConfig.Package settings, long periodId) {
        String name() {
            return settings.name();
        }
    }

    SyncTicketsInput {
        open = List.copyOf(open);
        resolved = Set.copyOf(resolved);
        links = List.copyOf(links);
        markers = Map.copyOf(markers);
        uispSolved = Map.copyOf(uispSolved);
        households = Map.copyOf(households);
        upgrades = List.copyOf(upgrades);
        billed = Set.copyOf(billed);
        invoices = Map.copyOf(invoices);
        packages = List.copyOf(packages);
    }

    Optional<PackagePlan> pkg(String name) {
        return packages.stream().filter(plan -> plan.name().equals(name)).findFirst();
    }
}

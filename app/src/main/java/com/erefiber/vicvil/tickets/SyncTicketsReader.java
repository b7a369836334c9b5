package com.erefiber.vicvil.tickets;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.world.Buildings;
import com.erefiber.vicvil.core.world.LeaseReader;
import com.erefiber.vicvil.core.world.ReadAhead;
import com.erefiber.vicvil.core.world.UispReads;
import com.erefiber.vicvil.core.world.UispReads.Read;
import com.erefiber.vicvil.core.world.UnitLeases;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Occupancy;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.innago.InnagoClient;
import com.erefiber.vicvil.innago.model.Invoice;
import com.erefiber.vicvil.innago.model.Maintenance;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.TicketLink;
import com.erefiber.vicvil.store.UpgradeRequest;
import com.erefiber.vicvil.tickets.SyncTicketsInput.Household;
import com.erefiber.vicvil.tickets.SyncTicketsInput.LeaseInvoice;
import com.erefiber.vicvil.tickets.SyncTicketsInput.PackagePlan;
import com.erefiber.vicvil.tickets.SyncTicketsInput.Request;
import com.erefiber.vicvil.tickets.SyncTicketsInput.ServiceOnPlan;
import com.erefiber.vicvil.uisp.crm.PlanPeriods;
import com.erefiber.vicvil.uisp.crm.model.Client;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.crm.model.ServicePlan;
import com.erefiber.vicvil.uisp.crm.model.Ticket;
import com.erefiber.vicvil.uisp.nms.model.Device;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The read step of sync-tickets, in bulk: Innago's open requests (statuses 1, 2, 4, all pages; resolved ones, status
 * 3, only when a linked request left that set), the UISP tickets of vicvil's clients, clients, services and plans
 * from the shared read model; leases, invoices and ONUs only when an upgrade, an add-on or a forward needs them.
 * A list shorter than it says fails the run (the clients throw): no list, no status change.
 */
final class SyncTicketsReader {
    private static final Set<Integer> OPEN = Set.of(1, 2, 4);
    private static final Set<Integer> RESOLVED = Set.of(3);

    private final AppConfig config;
    private final Inventory inventory;
    private final InnagoClient innago;
    private final LeaseReader leaseReader;
    private final UispReads uisp;
    private final TicketClassifier classifier;

    /** What sync-tickets reads whatever it finds (the leases only when it bills add-ons: not ahead). */
    static final ReadAhead READS =
            ReadAhead.uisp(Read.ATTRIBUTES, Read.CLIENTS, Read.TICKETS, Read.SERVICE_PLANS, Read.SERVICES);

    SyncTicketsReader(
            AppConfig config,
            Inventory inventory,
            InnagoClient innago,
            LeaseReader leaseReader,
            UispReads uisp,
            TicketClassifier classifier) {
        this.config = config;
        this.inventory = inventory;
        this.innago = innago;
        this.leaseReader = leaseReader;
        this.uisp = uisp;
        this.classifier = classifier;
    }

    /** Reads everything the planner needs, given what the store remembers. */
    SyncTicketsInput read(
            List<TicketLink> links,
            List<UpgradeRequest> upgrades,
            Set<String> billed,
            Set<UnitKey> unitsBilled,
            ZonedDateTime asOf) {
        // The ONUs are read only when a ticket needs its unit's ONU.
        uisp.prefetch(READS.uisp());
        Set<String> buildings = Buildings.inScope(config, inventory).stream()
                .map(UnitKey::slugOf)
                .collect(Collectors.toSet());
        List<Maintenance> open = innago.maintenances(OPEN, Optional.empty()).stream()
                .filter(ticket -> buildings.contains(UnitKey.slugOf(ticket.property())))
                .toList();
        Set<String> openUids = open.stream().map(Maintenance::maintenanceUid).collect(Collectors.toSet());
        Set<String> linked = links.stream().map(TicketLink::maintenanceUid).collect(Collectors.toSet());
        Set<String> resolved = linked.stream().anyMatch(uid -> !openUids.contains(uid))
                ? innago.maintenances(RESOLVED, Optional.empty()).stream()
                        .map(Maintenance::maintenanceUid)
                        .filter(linked::contains)
                        .collect(Collectors.toSet())
                : Set.of();

        VicvilAttributes attributes = uisp.attributes();
        Set<Long> ours = uisp.clients().stream()
                .filter(client -> client.attribute(attributes.clientUnitKey()).isPresent())
                .map(Client::id)
                .collect(Collectors.toCollection(HashSet::new));
        config.complex().clientId().ifPresent(ours::add);
        Map<String, Long> markers = new HashMap<>();
        Map<Long, Boolean> solved = new HashMap<>();
        for (Ticket ticket : uisp.tickets()) {
            if (ticket.clientId() != null && ours.contains(ticket.clientId())) {
                solved.put(ticket.id(), ticket.status() == Ticket.SOLVED);
                TicketMarker.in(ticket.commentBodies()).ifPresent(uid -> markers.merge(uid, ticket.id(), Math::min));
            }
        }

        List<PackagePlan> packages = packages();
        Map<UnitKey, Household> households = households(attributes, packages);
        List<Maintenance> unlinked = open.stream()
                .filter(ticket ->
                        !linked.contains(ticket.maintenanceUid()) && !markers.containsKey(ticket.maintenanceUid()))
                .toList();
        Set<UnitKey> upgradeUnits = unlinked.stream()
                .filter(ticket -> classifier.classify(ticket.name(), ticket.description()) == TicketClass.UPGRADE)
                .map(this::unit)
                .collect(Collectors.toSet());
        Set<UnitKey> addOnUnits = households.values().stream()
                .filter(household -> household
                        .service()
                        .flatMap(ServiceOnPlan::packageName)
                        .flatMap(name -> packages.stream()
                                .filter(pkg -> pkg.name().equals(name))
                                .findFirst())
                        .filter(pkg -> pkg.settings().tenantAddon().signum() > 0)
                        .isPresent())
                .map(Household::unit)
                .filter(unit -> !unitsBilled.contains(unit))
                .collect(Collectors.toSet());
        Map<String, List<LeaseInvoice>> invoices = new HashMap<>();
        // Leases are read only when an upgrade or a month's first add-on needs them (this month's are billed already).
        if (!upgradeUnits.isEmpty() || !addOnUnits.isEmpty()) {
            households = withLeases(households, asOf);
            for (Household household : households.values()) {
                boolean wanted = upgradeUnits.contains(household.unit()) || addOnUnits.contains(household.unit());
                household
                        .currentLease()
                        .filter(lease -> wanted && !billed.contains(lease.uid()))
                        .ifPresent(lease -> invoices.put(lease.uid(), invoices(lease)));
            }
        }
        Map<UnitKey, Device> onus = unlinked.stream()
                        .anyMatch(
                                ticket -> classifier.classify(ticket.name(), ticket.description()) != TicketClass.OTHER)
                ? onusByUnit()
                : Map.of();
        List<Request> requests =
                open.stream().map(ticket -> request(ticket, onus)).toList();
        return new SyncTicketsInput(
                requests,
                resolved,
                links,
                markers,
                solved,
                households,
                config.complex().clientId(),
                upgrades,
                billed,
                invoices,
                packages,
                config.upgrades().approval(),
                asOf.withZoneSameInstant(config.zone()).toLocalDate());
    }

    private UnitKey unit(Maintenance ticket) {
        UnitKey named = new UnitKey(
                ticket.property(), ticket.unit() == null || ticket.unit().isBlank() ? "?" : ticket.unit());
        return inventory.find(named).map(InventoryRow::unit).orElse(named);
    }

    private Request request(Maintenance ticket, Map<UnitKey, Device> onus) {
        UnitKey unit = unit(ticket);
        Optional<InventoryRow> row = inventory.find(unit);
        Optional<Device> device = Optional.ofNullable(onus.get(unit));
        Optional<String> onuName = row.flatMap(InventoryRow::onuName)
                .or(() -> device.map(found -> found.identification().name()));
        Optional<String> link =
                device.map(found -> config.uisp().url().toString().replaceAll("/+$", "") + "/nms/devices#id="
                        + found.id() + "&panelType=device-panel");
        return new Request(
                ticket.maintenanceUid(),
                ticket.name() == null ? "" : ticket.name(),
                ticket.description() == null ? "" : ticket.description(),
                ticket.personName() == null ? "" : ticket.personName(),
                unit,
                row.isPresent(),
                onuName,
                link);
    }

    private List<PackagePlan> packages() {
        List<ServicePlan> plans = uisp.servicePlans();
        return config.packages().stream()
                .map(pkg -> new PackagePlan(
                        pkg, PlanPeriods.monthly(plans, pkg.uispPlan()).id()))
                .toList();
    }

    /** Each inventory unit's newest live vicvil service (and its client), else its newest vicvil client. */
    private Map<UnitKey, Household> households(VicvilAttributes attributes, List<PackagePlan> packages) {
        Map<Long, String> packageByPeriod = new HashMap<>();
        packages.forEach(pkg -> packageByPeriod.put(pkg.periodId(), pkg.name()));
        Map<String, Service> services = new HashMap<>();
        for (Service service : uisp.services()) {
            if (service.status() == Service.ENDED || service.status() == Service.OBSOLETE) {
                continue;
            }
            service.attribute(attributes.serviceUnitKey())
                    .ifPresent(unit -> services.merge(unit, service, (a, b) -> a.id() > b.id() ? a : b));
        }
        Map<String, Long> clients = new HashMap<>();
        for (Client client : uisp.clients()) {
            client.attribute(attributes.clientUnitKey()).ifPresent(unit -> clients.merge(unit, client.id(), Math::max));
        }
        Map<UnitKey, Household> households = new HashMap<>();
        for (InventoryRow row : inventory.rows()) {
            String tag = row.unit().toString();
            Optional<ServiceOnPlan> service = Optional.ofNullable(services.get(tag))
                    .map(found -> new ServiceOnPlan(
                            found.id(),
                            found.clientId(),
                            Optional.ofNullable(found.servicePlanPeriodId()).map(packageByPeriod::get)));
            Optional<Long> client =
                    service.map(ServiceOnPlan::clientId).or(() -> Optional.ofNullable(clients.get(tag)));
            households.put(row.unit(), new Household(row.unit(), client, service, Optional.empty()));
        }
        return households;
    }

    private Map<UnitKey, Household> withLeases(Map<UnitKey, Household> households, ZonedDateTime asOf) {
        Map<UnitKey, List<Lease>> byUnit = UnitLeases.read(leaseReader, config, inventory, List.of()).stream()
                .collect(Collectors.groupingBy(Lease::unit));
        ZonedDateTime local = asOf.withZoneSameInstant(config.zone());
        Map<UnitKey, Household> withLeases = new HashMap<>();
        households.forEach((unit, household) -> withLeases.put(
                unit,
                new Household(
                        unit,
                        household.clientId(),
                        household.service(),
                        Occupancy.at(unit, byUnit.getOrDefault(unit, List.of()), local)
                                .current())));
        return withLeases;
    }

    private List<LeaseInvoice> invoices(Lease lease) {
        return innago.invoices(lease.uid()).stream()
                .sorted(Comparator.comparing(Invoice::dueDate))
                .map(invoice -> new LeaseInvoice(invoice.invoiceUid(), invoice.dueDate(), invoice.amount()))
                .toList();
    }

    private Map<UnitKey, Device> onusByUnit() {
        Map<UnitKey, Device> byUnit = new HashMap<>();
        uisp.onus().onus().forEach(device -> inventory
                .findOnu(
                        device.identification().serialNumber(),
                        device.identification().mac())
                .ifPresent(row -> byUnit.putIfAbsent(row.unit(), device)));
        return byUnit;
    }
}

package com.erefiber.vicvil.sandbox;

import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.sandbox.InnagoState.Invoice;
import com.erefiber.vicvil.sandbox.InnagoState.Lease;
import com.erefiber.vicvil.sandbox.InnagoState.Maintenance;
import com.erefiber.vicvil.sandbox.InnagoState.Tenant;
import com.erefiber.vicvil.sandbox.InnagoState.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's world: the complex in Innago and ERE's UISP, on a settable clock. Tests change it the way
 * life does (move in/out, renew, pay, open/resolve tickets, let time pass) and read it back for assertions.
 * Every method takes the same lock the fake APIs use, so a test never sees half a request.
 */
public final class World {
    private final long seed;
    private volatile Clock clock;
    final InnagoState innago;
    final UispState uisp;
    final Ids ids;
    /** The ONU installed in each unit (filled by the seed). */
    final Map<UnitKey, String> onuByUnit = new LinkedHashMap<>();
    /** The NMS site "Victorian Village" (set by the seed). */
    String parentSiteId;
    /** The CRM client ERE bills for the complex (set by the seed). */
    long complexClientId;

    World(long seed, Clock clock, InnagoState innago, UispState uisp, Ids ids) {
        this.seed = seed;
        this.clock = clock;
        this.innago = innago;
        this.uisp = uisp;
        this.ids = ids;
    }

    /** One person to put on a lease. */
    public record TenantSpec(String firstName, String lastName, String email, String phone) {}

    /** A lease as a test sees it, with Innago's flags evaluated at the world's "now". */
    public record LeaseView(
            String leaseUid,
            UnitKey unit,
            LocalDate start,
            LocalDate end,
            BigDecimal rent,
            List<String> tenantUids,
            List<String> tenantEmails,
            boolean active,
            boolean future,
            boolean expired) {}

    /** An Innago invoice with its derived status and the amount paid so far. */
    public record InvoiceView(
            String invoiceUid,
            long number,
            String leaseUid,
            String tenantUid,
            LocalDate dueDate,
            BigDecimal amount,
            String item,
            String status,
            BigDecimal paid) {}

    /** An Innago maintenance request; {@code unit} is null for a building-wide one. */
    public record MaintenanceView(
            String uid,
            String title,
            String description,
            String property,
            String unit,
            String status,
            List<String> comments) {}

    /** A CRM client; {@code attributes} maps custom attribute keys to values. */
    public record ClientView(
            long id,
            String userIdent,
            String firstName,
            String lastName,
            String companyName,
            String street2,
            List<String> emails,
            Map<String, String> attributes,
            boolean outside) {}

    /** A CRM service; {@code status} is UCRM's code (0 prepared, 1 active, 2 ended, 3 suspended …). */
    public record ServiceView(
            long id,
            long clientId,
            int status,
            long servicePlanPeriodId,
            String servicePlanName,
            Long suspensionReasonId,
            String unmsClientSiteId,
            BigDecimal price,
            Instant activeFrom,
            Map<String, String> attributes,
            boolean outside) {}

    /** A CRM ticket with its comment bodies. */
    public record TicketView(
            long id, Long clientId, String subject, int status, List<String> comments, boolean outside) {}

    /** A CRM invoice. */
    public record CrmInvoiceView(
            long id, long clientId, String number, int status, BigDecimal total, List<String> itemLabels) {}

    /** An NMS device (ONUs mostly); {@code siteId} null while unassigned. */
    public record DeviceView(
            String id,
            String type,
            String serialNumber,
            String mac,
            String name,
            boolean enabled,
            boolean authorized,
            String siteId,
            boolean outside) {}

    /** An NMS site. */
    public record SiteView(String id, String name, String type, String parentId, boolean suspended, boolean outside) {}

    /** One line of the operator's inventory: the ONU installed in a unit. */
    public record InventoryRow(UnitKey unit, String serialNumber, String mac, LocalDate dateAdded) {}

    /** Everything that belongs to ERE's other subscribers; equal before and after a run means vicvil left it alone. */
    public record OutsideView(
            List<ClientView> clients,
            List<ServiceView> services,
            List<TicketView> tickets,
            List<DeviceView> devices,
            List<SiteView> sites) {}

    // ---- clock ---------------------------------------------------------------------------------------------

    public long seed() {
        return seed;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The complex's time zone (America/New_York): lease flags and due dates are judged in it. */
    public ZoneId zone() {
        return Complex.ZONE;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), Complex.ZONE);
    }

    /** Freezes the world's clock at {@code instant}; rent invoices due by then appear, prepared services start. */
    public synchronized void setClock(Instant instant) {
        clock = Clock.fixed(instant, Complex.ZONE);
        catchUp();
    }

    /** Moves the world's clock forward. */
    public synchronized void advance(Duration duration) {
        clock = Clock.offset(clock, duration);
        catchUp();
    }

    /** Brings time-driven state up to "now" (called before every request too). */
    synchronized void catchUp() {
        innago.generateRent(today(), now(), ids);
        Instant now = now();
        for (UispState.Service service : uisp.services.values()) {
            if (service.status == UispState.SERVICE_PREPARED && !service.activeFrom.isAfter(now)) {
                service.status = UispState.SERVICE_ACTIVE;
            }
            if (service.activeTo != null
                    && !service.activeTo.isAfter(now)
                    && service.status != UispState.SERVICE_ENDED) {
                service.status = UispState.SERVICE_ENDED;
            }
        }
    }

    // ---- the complex in Innago -------------------------------------------------------------------------

    /** Simulates an Innago fault that answers every lease list with zero leases (true), or ends it (false). */
    public synchronized void answerNoLeases(boolean on) {
        innago.noLeases = on;
    }

    /**
     * Renames a unit in Innago (as an owner might: "2" → "Apt 2"); its leases then name the new unit, which the
     * operator's inventory does not list. Returns the unit's new key.
     */
    public synchronized UnitKey renameUnitInInnago(UnitKey unit, String newName) {
        InnagoState.Unit found = innago.unit(unit).orElseThrow(() -> new IllegalArgumentException("no unit " + unit));
        found.name = newName;
        return found.key();
    }

    /** The units (118 per complex of the sandbox's scale), building by building. */
    public synchronized List<UnitKey> units() {
        return innago.allUnits().stream().map(Unit::key).toList();
    }

    public synchronized String propertyUid(String propertyName) {
        return innago.propertyNamed(propertyName)
                .orElseThrow(() -> new IllegalArgumentException("unknown building: " + propertyName))
                .uid;
    }

    public synchronized String unitUid(UnitKey unit) {
        return unit(unit).uid;
    }

    /** Units with a lease current today. */
    public synchronized Set<UnitKey> occupiedUnits() {
        Set<UnitKey> occupied = new LinkedHashSet<>();
        for (Unit unit : innago.allUnits()) {
            innago.currentLease(unit, today()).ifPresent(l -> occupied.add(unit.key()));
        }
        return occupied;
    }

    /** Units whose current lease has rent due on or before today that is not fully paid. */
    public synchronized Set<UnitKey> unitsWithUnpaidRent() {
        Set<UnitKey> late = new LinkedHashSet<>();
        for (Unit unit : innago.allUnits()) {
            innago.currentLease(unit, today()).ifPresent(lease -> {
                boolean open = innago.invoicesOf(lease).stream()
                        .anyMatch(
                                i -> !i.dueDate.isAfter(today()) && !i.status().equals(InnagoState.FULLY_PAID));
                if (open) {
                    late.add(unit.key());
                }
            });
        }
        return late;
    }

    public synchronized Optional<LeaseView> currentLease(UnitKey unit) {
        return innago.currentLease(unit(unit), today()).map(this::view);
    }

    /** Every lease of the unit (past, current, future), oldest first. */
    public synchronized List<LeaseView> leases(UnitKey unit) {
        return innago.leasesOf(unit(unit)).stream().map(this::view).toList();
    }

    /** Every invoice of the unit's leases, by due date. */
    public synchronized List<InvoiceView> invoices(UnitKey unit) {
        return innago.leasesOf(unit(unit)).stream()
                .flatMap(l -> innago.invoicesOf(l).stream())
                .map(World::view)
                .toList();
    }

    public synchronized InvoiceView invoice(String invoiceUid) {
        return view(invoiceEntity(invoiceUid));
    }

    /**
     * A new lease from {@code start} to {@code end} (null: open-ended) with new tenants, at the unit's usual
     * rent, due on the 1st. Refuses a lease that overlaps one the unit already has.
     */
    public synchronized String moveIn(UnitKey unit, List<TenantSpec> tenants, LocalDate start, LocalDate end) {
        Unit target = unit(unit);
        if (tenants.isEmpty()) {
            throw new IllegalArgumentException("a lease needs at least one tenant");
        }
        for (Lease lease : innago.leasesOf(target)) {
            boolean overlaps =
                    (lease.end == null || !lease.end.isBefore(start)) && (end == null || !lease.start.isAfter(end));
            if (overlaps) {
                throw new IllegalStateException(unit + " already has a lease from " + lease.start + " to " + lease.end);
            }
        }
        List<Tenant> people = new ArrayList<>();
        for (TenantSpec spec : tenants) {
            Tenant tenant = new Tenant(ids.uuid(), spec.firstName(), spec.lastName(), spec.email(), spec.phone());
            innago.tenants.put(tenant.uid, tenant);
            people.add(tenant);
        }
        return addLease(ids.uuid(), target, start, end, usualRent(target), people).uid;
    }

    /**
     * The household moves out: its lease that covers {@code lastDay} ends that day, and a renewal it had
     * signed that has not started yet is dropped (a new household's future lease stays).
     */
    public synchronized void moveOut(UnitKey unit, LocalDate lastDay) {
        List<Lease> leases = innago.leasesOf(unit(unit));
        Lease lease = leases.stream()
                .filter(l -> l.covers(lastDay))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(unit + " has no lease on " + lastDay));
        lease.end = lastDay;
        leases.stream()
                .filter(l -> l.start.isAfter(lastDay)
                        && l.isFuture(today())
                        && l.tenants.stream().anyMatch(lease.tenants::contains))
                .forEach(renewal -> innago.leases.remove(renewal.uid));
    }

    /** A renewal: a new lease for the same tenants, from the day after the latest lease ends to {@code newEnd}. */
    public synchronized String renew(UnitKey unit, LocalDate newEnd) {
        List<Lease> leases = innago.leasesOf(unit(unit));
        if (leases.isEmpty() || leases.get(leases.size() - 1).end == null) {
            throw new IllegalStateException(unit + " has no lease with an end date to renew");
        }
        Lease latest = leases.get(leases.size() - 1);
        Lease renewal = addLease(ids.uuid(), latest.unit, latest.end.plusDays(1), newEnd, latest.rent, latest.tenants);
        catchUp();
        return renewal.uid;
    }

    /**
     * The landlord bills the unit's current household a one-off {@code amount} due on {@code due} (a fee, or an add-on
     * made by hand); returns the invoice uid.
     */
    public synchronized String charge(UnitKey unit, BigDecimal amount, LocalDate due, String item) {
        Lease lease = innago.currentLease(unit(unit), today())
                .orElseThrow(() -> new IllegalStateException(unit + " has no current lease"));
        return innago.addInvoice(ids.uuid(), lease, lease.tenants.get(0), due, amount, item, now()).uid;
    }

    /** Records a payment of {@code amount} against an invoice, now; returns the payment uid. */
    public synchronized String pay(String invoiceUid, BigDecimal amount) {
        Invoice invoice = invoiceEntity(invoiceUid);
        return innago.addPayment(ids.uuid(), invoice, invoice.tenant, amount, now(), "online").uid;
    }

    /** Pays what is still open on the unit's invoices due in {@code month}. */
    public synchronized void payRent(UnitKey unit, YearMonth month) {
        for (Lease lease : innago.leasesOf(unit(unit))) {
            payOpen(lease, month);
        }
    }

    /** Pays what is still open on every lease's invoices due in {@code month} (everybody pays on time). */
    public synchronized void payAllRent(YearMonth month) {
        innago.leases.values().forEach(lease -> payOpen(lease, month));
    }

    /** Reverses a payment (a bounced cheque): the invoice is open again. */
    public synchronized void reversePayment(String paymentUid) {
        InnagoState.Payment payment = innago.payments.get(paymentUid);
        if (payment == null) {
            throw new IllegalArgumentException("unknown payment: " + paymentUid);
        }
        payment.status = "Reversed";
    }

    /** A new maintenance request from the unit's current tenant (the owner when vacant); returns its uid. */
    public synchronized String openTicket(UnitKey unit, String title, String description) {
        Unit target = unit(unit);
        Optional<Tenant> tenant = innago.currentLease(target, today()).map(l -> l.tenants.get(0));
        Maintenance ticket = new Maintenance(
                ids.uuid(),
                title,
                description,
                7,
                tenant.map(Tenant::fullName).orElse(innago.ownerName),
                tenant.map(t -> t.uid).orElse(innago.ownerUid),
                target.property,
                target,
                false,
                now(),
                InnagoState.NEW_REQUEST);
        innago.maintenances.put(ticket.uid, ticket);
        return ticket.uid;
    }

    /** Marks a maintenance request resolved, as the owner would in Innago's portal. */
    public synchronized void resolveTicket(String maintenanceUid) {
        Maintenance ticket = maintenanceEntity(maintenanceUid);
        ticket.status = InnagoState.RESOLVED;
        ticket.resolved = now();
    }

    /** Reopens a resolved maintenance request. */
    public synchronized void reopenTicket(String maintenanceUid) {
        Maintenance ticket = maintenanceEntity(maintenanceUid);
        ticket.status = InnagoState.REOPENED;
        ticket.resolved = null;
    }

    public synchronized List<MaintenanceView> maintenances() {
        return innago.maintenances.values().stream().map(World::view).toList();
    }

    public synchronized MaintenanceView maintenance(String maintenanceUid) {
        return view(maintenanceEntity(maintenanceUid));
    }

    // ---- UISP ------------------------------------------------------------------------------------------

    /** The NMS site "Victorian Village", parent of the units' endpoint sites. */
    public String parentSiteId() {
        return parentSiteId;
    }

    /** The CRM client (a company) that ERE bills for the complex. */
    public long complexClientId() {
        return complexClientId;
    }

    public synchronized List<ClientView> crmClients() {
        return uisp.clients.values().stream().map(this::view).toList();
    }

    public synchronized ClientView crmClient(long id) {
        return view(require(uisp.clients.get(id), "client", id));
    }

    public synchronized List<ServiceView> crmServices() {
        return uisp.services.values().stream().map(this::view).toList();
    }

    public synchronized ServiceView crmService(long id) {
        return view(require(uisp.services.get(id), "service", id));
    }

    public synchronized List<TicketView> crmTickets() {
        return uisp.tickets.values().stream().map(World::view).toList();
    }

    /** Sets a CRM ticket's status as ERE's staff would in UISP (3 solved, 1 open), with its status-change activity. */
    public synchronized void setCrmTicketStatus(long ticketId, int status) {
        UispState.Ticket ticket = require(uisp.tickets.get(ticketId), "ticket", ticketId);
        if (ticket.status != status) {
            ticket.activity.add(new UispState.Activity(
                    uisp.next("activity"), ticket.id, 1L, now(), false, "status_change", null, ticket.status, status));
            ticket.status = status;
        }
    }

    public synchronized List<CrmInvoiceView> crmInvoices() {
        return uisp.invoices.values().stream()
                .map(i -> new CrmInvoiceView(
                        i.id,
                        i.clientId,
                        i.number,
                        i.status,
                        i.total(),
                        i.items.stream().map(UispState.InvoiceItem::label).toList()))
                .toList();
    }

    /**
     * An operator suspends a service by hand in UISP with the reason {@code reasonName} (created when missing), as a
     * person would for a reason of their own.
     */
    public synchronized void suspendByHand(long serviceId, String reasonName) {
        UispState.Service service = uisp.services.get(serviceId);
        if (service == null || service.status != UispState.SERVICE_ACTIVE) {
            throw new IllegalStateException("service " + serviceId + " is not an active service");
        }
        long reasonId = uisp.suspensionReasons.values().stream()
                .filter(reason -> reason.name().equals(reasonName))
                .map(UispState.SuspensionReason::id)
                .findFirst()
                .orElseGet(() -> {
                    UispState.SuspensionReason created =
                            new UispState.SuspensionReason(uisp.next("suspensionReason"), reasonName);
                    uisp.suspensionReasons.put(created.id(), created);
                    return created.id();
                });
        service.status = UispState.SERVICE_SUSPENDED;
        service.suspensionReasonId = reasonId;
        service.suspensionPeriods.add(new UispState.SuspensionPeriod(uisp.next("suspensionPeriod"), now()));
    }

    /** An operator ends a service by hand in UISP (as CRM's "end service" does: ended as of now). */
    public synchronized void endServiceByHand(long serviceId) {
        UispState.Service service = require(uisp.services.get(serviceId), "service", serviceId);
        if (service.status == UispState.SERVICE_ENDED) {
            throw new IllegalStateException("service " + serviceId + " is already ended");
        }
        service.status = UispState.SERVICE_ENDED;
        service.activeTo = now();
    }

    /** Someone renames a unit's ONU by hand in NMS. */
    public synchronized void renameOnuByHand(UnitKey unit, String name) {
        onuEntity(unit).name = name;
    }

    /** Someone moves a unit's ONU by hand into another NMS site ({@code siteId} must exist). */
    public synchronized void moveOnuByHand(UnitKey unit, String siteId) {
        require(uisp.sites.get(siteId), "site", siteId);
        onuEntity(unit).siteId = siteId;
    }

    private UispState.Device onuEntity(UnitKey unit) {
        String id = onuByUnit.get(unit);
        if (id == null) {
            throw new IllegalArgumentException("no ONU in " + unit);
        }
        return uisp.devices.get(id);
    }

    /** Suspension reasons by id. */
    public synchronized Map<Long, String> suspensionReasons() {
        Map<Long, String> reasons = new LinkedHashMap<>();
        uisp.suspensionReasons.values().forEach(r -> reasons.put(r.id(), r.name()));
        return reasons;
    }

    /** Every NMS device (ONUs, OLTs, routers). */
    public synchronized List<DeviceView> devices() {
        return uisp.devices.values().stream().map(World::view).toList();
    }

    public synchronized DeviceView device(String id) {
        return view(require(uisp.devices.get(id), "device", id));
    }

    /** The ONU installed in a unit (every unit has one, as delivered: unassigned and unnamed). */
    public synchronized DeviceView onuOf(UnitKey unit) {
        return view(onuEntity(unit));
    }

    public synchronized List<SiteView> sites() {
        return uisp.sites.values().stream().map(World::view).toList();
    }

    public synchronized SiteView site(String id) {
        return view(require(uisp.sites.get(id), "site", id));
    }

    /** The inventory the operator keeps: the serial and MAC of each unit's ONU. */
    public synchronized List<InventoryRow> inventory() {
        return innago.allUnits().stream()
                .map(Unit::key)
                .filter(onuByUnit::containsKey)
                .map(key -> {
                    UispState.Device onu = uisp.devices.get(onuByUnit.get(key));
                    return new InventoryRow(
                            key, onu.serialNumber, onu.mac, LocalDate.ofInstant(onu.firstSeen, Complex.ZONE));
                })
                .toList();
    }

    /** The current state of everything that belongs to ERE's other subscribers. */
    public synchronized OutsideView outside() {
        return new OutsideView(
                uisp.clients.values().stream()
                        .filter(c -> c.outside)
                        .map(this::view)
                        .toList(),
                uisp.services.values().stream()
                        .filter(s -> s.outside)
                        .map(this::view)
                        .toList(),
                uisp.tickets.values().stream()
                        .filter(t -> t.outside)
                        .map(World::view)
                        .toList(),
                uisp.devices.values().stream()
                        .filter(d -> d.outside)
                        .map(World::view)
                        .toList(),
                uisp.sites.values().stream()
                        .filter(s -> s.outside)
                        .map(World::view)
                        .toList());
    }

    // ---- internals -------------------------------------------------------------------------------------

    Unit unit(UnitKey key) {
        return innago.unit(key).orElseThrow(() -> new IllegalArgumentException("unknown unit: " + key));
    }

    Lease addLease(String uid, Unit unit, LocalDate start, LocalDate end, BigDecimal rent, List<Tenant> tenants) {
        Lease lease = new Lease(uid, unit, start, end, rent, 1, tenants);
        innago.leases.put(lease.uid, lease);
        return lease;
    }

    /** The rent of the unit's latest lease, else the building's going rate. */
    private BigDecimal usualRent(Unit unit) {
        List<Lease> leases = innago.leasesOf(unit);
        return leases.isEmpty()
                ? WorldSeeder.goingRent(unit.property.units.size())
                : leases.get(leases.size() - 1).rent;
    }

    private void payOpen(Lease lease, YearMonth month) {
        for (Invoice invoice : innago.invoicesOf(lease)) {
            if (YearMonth.from(invoice.dueDate).equals(month) && invoice.open().signum() > 0) {
                innago.addPayment(ids.uuid(), invoice, invoice.tenant, invoice.open(), now(), "online");
            }
        }
    }

    private Invoice invoiceEntity(String uid) {
        return require(innago.invoices.get(uid), "invoice", uid);
    }

    private Maintenance maintenanceEntity(String uid) {
        return require(innago.maintenances.get(uid), "maintenance request", uid);
    }

    private static <T> T require(T found, String what, Object id) {
        if (found == null) {
            throw new IllegalArgumentException("unknown " + what + ": " + id);
        }
        return found;
    }

    private LeaseView view(Lease lease) {
        LocalDate today = today();
        return new LeaseView(
                lease.uid,
                lease.unit.key(),
                lease.start,
                lease.end,
                lease.rent,
                lease.tenants.stream().map(t -> t.uid).toList(),
                lease.tenants.stream().map(t -> t.email).toList(),
                lease.isActive(today),
                lease.isFuture(today),
                lease.isExpired(today));
    }

    private static InvoiceView view(Invoice invoice) {
        return new InvoiceView(
                invoice.uid,
                invoice.number,
                invoice.lease.uid,
                invoice.tenant.uid,
                invoice.dueDate,
                invoice.amount,
                invoice.item,
                invoice.status(),
                invoice.paid());
    }

    private static MaintenanceView view(Maintenance ticket) {
        return new MaintenanceView(
                ticket.uid,
                ticket.name,
                ticket.description,
                ticket.property.name,
                ticket.unit == null ? null : ticket.unit.name,
                ticket.status,
                List.copyOf(ticket.comments));
    }

    private ClientView view(UispState.Client client) {
        return new ClientView(
                client.id,
                text(client.fields, "userIdent"),
                text(client.fields, "firstName"),
                text(client.fields, "lastName"),
                text(client.fields, "companyName"),
                text(client.fields, "street2"),
                client.contacts.stream()
                        .map(c -> text(c, "email"))
                        .filter(e -> e != null)
                        .toList(),
                attributeMap(client.attributes),
                client.outside);
    }

    private ServiceView view(UispState.Service service) {
        String planName =
                uisp.planOfPeriod(service.periodId).map(UispState.Plan::name).orElse(null);
        return new ServiceView(
                service.id,
                service.clientId,
                service.status,
                service.periodId,
                planName,
                service.suspensionReasonId,
                service.siteId,
                service.fields.path("price").decimalValue(),
                service.activeFrom,
                attributeMap(service.attributes),
                service.outside);
    }

    private static TicketView view(UispState.Ticket ticket) {
        return new TicketView(
                ticket.id,
                ticket.clientId,
                ticket.subject,
                ticket.status,
                ticket.activity.stream()
                        .filter(a -> a.body() != null)
                        .map(UispState.Activity::body)
                        .toList(),
                ticket.outside);
    }

    private static DeviceView view(UispState.Device device) {
        return new DeviceView(
                device.id,
                device.type,
                device.serialNumber,
                device.mac,
                device.name,
                device.enabled,
                device.authorized,
                device.siteId,
                device.outside);
    }

    private static SiteView view(UispState.Site site) {
        return new SiteView(site.id, site.name, site.type, site.parentId, site.suspended, site.outside);
    }

    private Map<String, String> attributeMap(Map<Long, UispState.AttributeValue> values) {
        Map<String, String> byKey = new LinkedHashMap<>();
        values.forEach((id, value) -> byKey.put(
                Optional.ofNullable(uisp.customAttributes.get(id))
                        .map(UispState.CustomAttribute::key)
                        .orElse("#" + id),
                value.value()));
        return byKey;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

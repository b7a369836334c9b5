package com.erefiber.vicvil.rent;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.Lazy;
import com.erefiber.vicvil.core.world.Buildings;
import com.erefiber.vicvil.core.world.LeaseReader;
import com.erefiber.vicvil.core.world.NmsScope;
import com.erefiber.vicvil.core.world.OnuMarkers;
import com.erefiber.vicvil.core.world.ReadAhead;
import com.erefiber.vicvil.core.world.UispReads;
import com.erefiber.vicvil.core.world.UispReads.Read;
import com.erefiber.vicvil.core.world.UnitLeases;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.AddOnInvoices;
import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.Occupancy;
import com.erefiber.vicvil.domain.RentInvoice;
import com.erefiber.vicvil.domain.RentJudgement;
import com.erefiber.vicvil.domain.RentRule;
import com.erefiber.vicvil.domain.RentStatus;
import com.erefiber.vicvil.domain.SuspendPolicy;
import com.erefiber.vicvil.domain.UnitIndex;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.http.ApiException;
import com.erefiber.vicvil.innago.InnagoClient;
import com.erefiber.vicvil.innago.model.Invoice;
import com.erefiber.vicvil.innago.model.Payment;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.LeaseMemory;
import com.erefiber.vicvil.store.RentCheck;
import com.erefiber.vicvil.uisp.crm.model.Attribute;
import com.erefiber.vicvil.uisp.crm.model.Client;
import com.erefiber.vicvil.uisp.crm.model.Contact;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.crm.model.SuspensionReason;
import com.erefiber.vicvil.uisp.nms.model.Device;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The read step of check-rent: the leases, vicvil's clients and services, suspension reasons and the complex's ONUs
 * in bulk (the run's shared read model), then the invoices of just the leases whose rent must be judged now
 * (DESIGN §8): none while rent suspension is off or a unit is on hold; before the grace day only the leases of units
 * vicvil has suspended (has the arrears been paid?); after it every current lease, except one the store saw Fully
 * Paid through the same due date less than a day ago. A partially paid invoice's payments are read too. An invoice
 * list shorter than it says fails the run (exit 75, from the client); an answer vicvil cannot read leaves that lease
 * unjudged (UNKNOWN), never "paid" and never "unpaid".
 */
public final class RentReader {
    /** Payment statuses Innago documents ("Pending, Paid, Rejected, Reversed"); only Paid counts. */
    private static final Set<String> PAYMENT_STATUSES = Set.of("pending", "paid", "rejected", "reversed");

    private final AppConfig config;
    private final Inventory inventory;
    private final InnagoClient innago;
    private final LeaseReader leaseReader;
    private final UispReads uisp;

    /** What check-rent reads whatever it finds: the owner's leases and these UISP lists. */
    public static final ReadAhead READS = ReadAhead.uisp(
                    Read.ATTRIBUTES, Read.SUSPENSION_REASONS, Read.CLIENTS, Read.SERVICES, Read.ONUS)
            .andLeases();

    public RentReader(
            AppConfig config, Inventory inventory, InnagoClient innago, LeaseReader leaseReader, UispReads uisp) {
        this.config = config;
        this.inventory = inventory;
        this.innago = innago;
        this.leaseReader = leaseReader;
        this.uisp = uisp;
    }

    /**
     * The world as read: the planner's input, the tag attributes and ONU markers (the apply step needs them),
     * vicvil's suspension reason when UISP has it, the checks made this run from Innago's answers (for the store),
     * how many leases' invoices were read, and what the read found that the operator must hear of.
     */
    public record Snapshot(
            RentInput input,
            VicvilAttributes attributes,
            OnuMarkers markers,
            Optional<Long> reasonId,
            List<RentCheck> checked,
            int rentReads,
            List<Notice> notices) {}

    /** What the store contributes: its memory, the cached checks, and the add-on invoices vicvil recorded. */
    public record Remembered(
            LeaseMemory memory,
            Map<String, RentCheck> checks,
            Map<String, Set<LocalDate>> warned,
            Set<String> addOnUids) {
        public Remembered {
            Objects.requireNonNull(memory, "memory");
            checks = Map.copyOf(checks);
            warned = Map.copyOf(warned);
            addOnUids = Set.copyOf(addOnUids);
        }
    }

    /** Reads everything and judges the rent that must be judged on {@code asOf}. */
    public Snapshot read(
            Remembered remembered,
            Map<UnitKey, Hold> holds,
            ZonedDateTime asOf,
            boolean force,
            Optional<UnitKey> onlyUnit) {
        uisp.prefetch(READS.uisp());
        ZonedDateTime now = asOf.withZoneSameInstant(config.zone());
        List<com.erefiber.vicvil.innago.model.Lease> read = leaseReader
                .read(Buildings.inScope(config, inventory), remembered.memory().provisioned())
                .leases();
        List<Lease> leases = UnitLeases.map(read, inventory);
        // The rent Innago states rides beside the domain lease (which has no money in it): add-ons are told apart by
        // it.
        Map<String, BigDecimal> rentByLease = new HashMap<>();
        read.forEach(lease -> lease.rentAmount().ifPresent(rent -> rentByLease.put(lease.leaseUid(), rent)));
        VicvilAttributes attributes = uisp.attributes();
        Optional<Long> reasonId = uisp.suspensionReasons().stream()
                .filter(reason -> config.suspend().reason().equalsIgnoreCase(reason.name()))
                .map(SuspensionReason::id)
                .findFirst();
        List<UnitKey> keys = inventory.rows().stream().map(InventoryRow::unit).toList();
        UnitIndex index = UnitIndex.of(keys);
        List<RentInput.TenantClient> clients = new ArrayList<>();
        for (Client client : uisp.clients()) {
            client.attribute(attributes.clientUnitKey())
                    .flatMap(index::find)
                    .ifPresent(unit -> clients.add(new RentInput.TenantClient(
                            client.id(),
                            unit,
                            Optional.ofNullable(client.userIdent())
                                    .map(String::strip)
                                    .filter(ident -> !ident.isEmpty()),
                            client.contacts().stream()
                                    .map(Contact::email)
                                    .filter(Objects::nonNull)
                                    .collect(Collectors.toSet()))));
        }
        List<Service> services = uisp.services();
        List<RentInput.TenantService> tenantServices = new ArrayList<>();
        for (Service service : services) {
            Attribute.valueOf(service.attributes(), attributes.serviceUnitKey())
                    .flatMap(index::find)
                    .ifPresent(unit -> tenantServices.add(new RentInput.TenantService(
                            service.id(),
                            service.clientId(),
                            unit,
                            service.status(),
                            service.suspensionReasonId() != null
                                    && reasonId.equals(Optional.of(service.suspensionReasonId())))));
        }
        NmsScope.Selection scope = uisp.onus();
        OnuMarkers markers = OnuMarkers.of(services, attributes.serviceUnitKey(), attributes.serviceOnuOffKey());
        LeaseMemory known = remembered.memory();
        LeaseMemory memory = new LeaseMemory(
                known.provisioned(),
                known.endedByVicvil(),
                known.welcomedLeases(),
                known.welcomedServices(),
                known.unmarkedWelcomes(),
                markers.addedTo(known.lastWrites()));
        List<RentInput.RentUnit> units = inventory.rows().stream()
                .map(row -> new RentInput.RentUnit(row.unit(), onu(row, scope)))
                .toList();

        Judging judging = new Judging(remembered, rentByLease, now.toInstant());
        Map<UnitKey, List<Lease>> byUnit = leases.stream().collect(Collectors.groupingBy(Lease::unit));
        List<Step> steps = new ArrayList<>();
        for (UnitKey unit : keys) {
            if (onlyUnit.map(only -> !only.equals(unit)).orElse(false)) {
                continue;
            }
            Occupancy occupancy = Occupancy.at(unit, byUnit.getOrDefault(unit, List.of()), now);
            Optional<Lease> lease = occupancy.current();
            boolean held = Optional.ofNullable(holds.get(unit))
                    .map(hold -> hold.coversDay(now.toLocalDate()))
                    .orElse(false);
            if (lease.isEmpty() || held || !config.suspend().enabled()) {
                continue;
            }
            boolean suspendedByVicvil = tenantServices.stream()
                    .anyMatch(service -> service.unit().equals(unit) && service.suspendedByVicvil());
            // Rent may still come in: only a suspension of vicvil's needs checking before the grace day, and a
            // lease whose tenants are to be warned before their suspension day.
            boolean warnOnly = judging.rule.inGrace(lease.get(), now.toLocalDate()) && !suspendedByVicvil;
            steps.add(new Step(unit, lease.get(), warnOnly));
        }
        // The leases to judge whose rent the cache does not answer are read at once, a few at a time; each is then
        // judged in turn as before.
        judging.prefetch(
                steps.stream().filter(step -> !step.warnOnly()).map(Step::lease).toList(), now.toLocalDate());
        for (Step step : steps) {
            if (step.warnOnly()) {
                judging.warnIfDue(step.unit(), step.lease(), now.toLocalDate());
            } else {
                judging.judge(step.unit(), step.lease(), now.toLocalDate());
            }
        }

        List<Notice> notices = new ArrayList<>(scope.notices());
        notices.removeIf(notice -> onlyUnit.isPresent()
                && notice.unit().isPresent()
                && !notice.unit().equals(onlyUnit));
        AppConfig.Suspend suspend = config.suspend();
        RentInput input = new RentInput(
                units,
                leases,
                clients,
                tenantServices,
                judging.judgements,
                judging.warnings,
                holds,
                memory,
                new SuspendPolicy(
                        suspend.enabled(),
                        suspend.hardCut(),
                        new com.erefiber.vicvil.domain.CalendarGuard(
                                suspend.calendar().weekdays(),
                                suspend.calendar().dates())),
                suspend.reason(),
                config.email().isPresent()
                        ? new RentInput.Notify(
                                suspend.notices().onSuspend(), suspend.notices().onRestore())
                        : RentInput.Notify.NONE,
                now,
                config.safety().maxSuspensions(),
                force,
                onlyUnit);
        return new Snapshot(input, attributes, markers, reasonId, judging.checked, judging.reads, List.copyOf(notices));
    }

    private Optional<RentInput.Onu> onu(InventoryRow row, NmsScope.Selection scope) {
        if (!row.hasOnu()) {
            return Optional.empty();
        }
        return scope.onus().stream()
                .filter(device -> inventory
                        .findOnu(
                                device.identification().serialNumber(),
                                device.identification().mac())
                        .map(found -> found.unit().equals(row.unit()))
                        .orElse(false))
                .findFirst()
                .map(RentReader::onu);
    }

    private static RentInput.Onu onu(Device device) {
        return new RentInput.Onu(
                device.id(),
                Optional.ofNullable(device.identification().name()).orElse(""),
                Boolean.TRUE.equals(device.enabled()));
    }

    /** A current lease to judge (or, before its grace day, only to warn about). */
    private record Step(UnitKey unit, Lease lease, boolean warnOnly) {}

    /** The judging of one run: the rule, the cache, and what it found. */
    private final class Judging {
        final RentRule rule =
                new RentRule(config.billing().gracePeriodDay(), config.billing().minUnpaid());
        final Remembered remembered;
        final Map<String, BigDecimal> rentByLease;
        final AddOnInvoices addOns;
        final Instant now;
        final Map<String, RentJudgement> judgements = new HashMap<>();
        final Map<String, RentInput.Warning> warnings = new HashMap<>();
        final List<RentCheck> checked = new ArrayList<>();
        // Each lease's invoice list, read once (ahead, by prefetch, or when first needed).
        final Map<String, Lazy<List<Invoice>>> invoices = new HashMap<>();
        int reads;

        Judging(Remembered remembered, Map<String, BigDecimal> rentByLease, Instant now) {
            this.remembered = remembered;
            this.rentByLease = rentByLease;
            this.now = now;
            this.addOns = AddOnInvoices.of(
                    remembered.addOnUids(),
                    config.packages().stream()
                            .map(AppConfig.Package::tenantAddon)
                            .collect(Collectors.toSet()));
        }

        /** Starts reading the invoices of those {@code leases} whose rent the cache does not answer. */
        void prefetch(List<Lease> leases, LocalDate today) {
            Lazy.startAll(
                    "invoices",
                    config.safety().maxConcurrency(),
                    leases.stream()
                            .filter(lease -> cached(lease, today).isEmpty())
                            .map(this::invoicesOf)
                            .toList());
        }

        /** The cache's answer for {@code lease}: paid through the due date it is judged through, checked lately. */
        private Optional<RentCheck> cached(Lease lease, LocalDate today) {
            LocalDate through = rule.judgedThrough(lease, today);
            return Optional.ofNullable(remembered.checks().get(lease.uid()))
                    .filter(check -> check.paidThrough(through, now));
        }

        private Lazy<List<Invoice>> invoicesOf(Lease lease) {
            return invoices.computeIfAbsent(lease.uid(), uid -> Lazy.of(() -> innago.invoices(uid)));
        }

        void judge(UnitKey unit, Lease lease, LocalDate today) {
            LocalDate through = rule.judgedThrough(lease, today);
            Optional<RentCheck> cached = cached(lease, today);
            if (cached.isPresent()) {
                judgements.put(
                        lease.uid(),
                        new RentJudgement(
                                RentStatus.OK,
                                BigDecimal.ZERO,
                                through,
                                List.of(),
                                true,
                                cached.get().detail() + " (checked "
                                        + cached.get().checkedAt() + ")"));
                return;
            }
            RentJudgement judgement = rule.judge(lease, rentInvoices(lease, through), today);
            judgements.put(lease.uid(), judgement);
            record(unit, lease, judgement);
        }

        /**
         * {@code suspend.notices.warn_days_before}: within that many days of the suspension day, a lease not warned
         * for this cycle has its invoices read and, when its rent would then be unpaid, its tenants are warned.
         */
        void warnIfDue(UnitKey unit, Lease lease, LocalDate today) {
            int days = config.suspend().notices().warnDaysBefore();
            LocalDate due = lease.lastDueDate(today);
            LocalDate cut = rule.suspensionDay(lease, today);
            boolean warned =
                    remembered.warned().getOrDefault(lease.uid(), Set.of()).contains(due);
            boolean paid = Optional.ofNullable(remembered.checks().get(lease.uid()))
                    .filter(check -> check.paidThrough(due, now))
                    .isPresent();
            if (days <= 0 || config.email().isEmpty() || today.isBefore(cut.minusDays(days)) || warned || paid) {
                return;
            }
            RentJudgement judgement = rule.judge(lease, rentInvoices(lease, due), cut);
            if (judgement.status() == RentStatus.DELINQUENT) {
                warnings.put(lease.uid(), new RentInput.Warning(due, cut, judgement));
            } else if (judgement.fullyPaid()) {
                record(unit, lease, judgement); // paid early: no more reads this cycle (re-checked daily)
            }
        }

        private List<RentInvoice> rentInvoices(Lease lease, LocalDate through) {
            reads++;
            Optional<BigDecimal> rent = Optional.ofNullable(rentByLease.get(lease.uid()));
            return invoicesOf(lease).get().stream()
                    .filter(invoice -> !addOns.isAddOn(invoice.invoiceUid(), invoice.amount(), rent))
                    .map(invoice -> rentInvoice(invoice, through))
                    .toList();
        }

        private void record(UnitKey unit, Lease lease, RentJudgement judgement) {
            checked.add(new RentCheck(
                    lease.uid(),
                    unit,
                    judgement.status(),
                    judgement.unpaid(),
                    judgement.judgedThrough(),
                    judgement.fullyPaid(),
                    judgement.why(),
                    now));
        }

        private RentInvoice rentInvoice(Invoice invoice, LocalDate through) {
            RentInvoice.State state =
                    switch (invoice.knownStatus()) {
                        case FULLY_PAID -> RentInvoice.State.PAID;
                        case PENDING -> RentInvoice.State.OPEN;
                        case PARTIALLY_PAID -> RentInvoice.State.PARTIAL;
                        case UNKNOWN -> RentInvoice.State.UNKNOWN;
                    };
            Optional<BigDecimal> paid =
                    state == RentInvoice.State.PARTIAL && !invoice.dueDate().isAfter(through)
                            ? paid(invoice.invoiceUid())
                            : Optional.empty();
            return new RentInvoice(
                    invoice.invoiceUid(), invoice.dueDate(), state, invoice.status(), invoice.amount(), paid);
        }

        /**
         * The sum of an invoice's Paid payments; empty when the answer cannot be read (its shape is UNCONFIRMED) or
         * a payment has a status vicvil does not know. An unreachable Innago still fails the run (exit 75).
         */
        private Optional<BigDecimal> paid(String invoiceUid) {
            List<Payment> payments;
            try {
                reads++;
                payments = innago.invoicePayments(invoiceUid);
            } catch (ApiException e) {
                if (e.exitCode() == ExitCodes.TEMPFAIL) {
                    throw e;
                }
                return Optional.empty();
            }
            boolean readable = payments.stream().allMatch(payment -> PAYMENT_STATUSES.contains(status(payment)));
            if (!readable) {
                return Optional.empty();
            }
            return Optional.of(payments.stream()
                    .filter(payment -> status(payment).equals("paid"))
                    .map(Payment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        private static String status(Payment payment) {
            return payment.paymentStatus().strip().toLowerCase(Locale.ROOT);
        }
    }
}

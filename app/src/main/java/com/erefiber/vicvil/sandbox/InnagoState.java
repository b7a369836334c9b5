package com.erefiber.vicvil.sandbox;

import com.erefiber.vicvil.domain.UnitKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The property owner's Innago account: properties and units, leases with their tenants, rent invoices and
 * payments, maintenance tickets. Guarded by the {@link World}'s lock; the fake API and the world's test API
 * both work on it.
 */
final class InnagoState {
    static final String PENDING = "Pending";
    static final String PARTIALLY_PAID = "Partially Paid";
    static final String FULLY_PAID = "Fully Paid";
    static final String NEW_REQUEST = "NewRequest";
    static final String OLD_REQUEST = "OldRequest";
    static final String RESOLVED = "Resolved";
    static final String REOPENED = "ReOpened";
    /** The list-filter codes 1–4 of {@code GET /v2/maintenances?Statuses=}, in order. */
    static final List<String> REQUEST_STATUSES = List.of(NEW_REQUEST, OLD_REQUEST, RESOLVED, REOPENED);
    /** The categories 1–7 of a maintenance request. */
    static final List<String> CATEGORIES =
            List.of("Electrical", "Plumbing", "AC", "Heat", "Kitchen", "Appliance", "Other");

    /** An outage that answers every lease list with no leases at all (see {@link World#answerNoLeases}). */
    boolean noLeases;

    final String ownerUid;
    final String organizationUid;
    final String ownerName;
    final List<Property> properties = new ArrayList<>();
    final Map<String, Lease> leases = new LinkedHashMap<>();
    final Map<String, Tenant> tenants = new LinkedHashMap<>();
    final Map<String, Invoice> invoices = new LinkedHashMap<>();
    final Map<String, Payment> payments = new LinkedHashMap<>();
    final Map<String, Maintenance> maintenances = new LinkedHashMap<>();
    long nextInvoiceNumber = 1001;

    InnagoState(String ownerUid, String organizationUid, String ownerName) {
        this.ownerUid = ownerUid;
        this.organizationUid = organizationUid;
        this.ownerName = ownerName;
    }

    /** A building. */
    static final class Property {
        final String uid;
        final String name;
        final double latitude;
        final double longitude;
        final List<Unit> units = new ArrayList<>();

        Property(String uid, String name, double latitude, double longitude) {
            this.uid = uid;
            this.name = name;
            this.latitude = latitude;
            this.longitude = longitude;
        }

        String street() {
            return name + " St";
        }

        String fullAddress() {
            return street() + ", " + Complex.CITY + ", " + Complex.STATE_CODE + " " + Complex.ZIP;
        }
    }

    /** An apartment. */
    static final class Unit {
        final String uid;
        /** Not final: the owner can rename a unit in Innago ("2" → "Apt 2"), which vicvil must survive. */
        String name;

        final Property property;

        Unit(String uid, String name, Property property) {
            this.uid = uid;
            this.name = name;
            this.property = property;
        }

        UnitKey key() {
            return new UnitKey(property.name, name);
        }
    }

    /** A tenant (a person on one or more leases). */
    static final class Tenant {
        final String uid;
        final String firstName;
        final String lastName;
        final String email;
        final String phone;

        Tenant(String uid, String firstName, String lastName, String email, String phone) {
            this.uid = uid;
            this.firstName = firstName;
            this.lastName = lastName;
            this.email = email;
            this.phone = phone;
        }

        String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** A lease of one unit; its state is the date flags Innago computes, not a status string. */
    static final class Lease {
        final String uid;
        final Unit unit;
        final LocalDate start;
        LocalDate end;
        final BigDecimal rent;
        final int dueOn;
        final List<Tenant> tenants;
        /** The last month whose rent invoice exists (Innago generates them itself). */
        YearMonth rentInvoicedThrough;

        Lease(String uid, Unit unit, LocalDate start, LocalDate end, BigDecimal rent, int dueOn, List<Tenant> tenants) {
            this.uid = uid;
            this.unit = unit;
            this.start = start;
            this.end = end;
            this.rent = rent;
            this.dueOn = dueOn;
            this.tenants = List.copyOf(tenants);
            this.rentInvoicedThrough = YearMonth.from(start).minusMonths(1);
        }

        boolean isActive(LocalDate today) {
            return !start.isAfter(today) && (end == null || !end.isBefore(today));
        }

        boolean isExpired(LocalDate today) {
            return end != null && end.isBefore(today);
        }

        boolean isFuture(LocalDate today) {
            return start.isAfter(today);
        }

        /** Active and ending within 60 days. */
        boolean isExpiring(LocalDate today) {
            return isActive(today) && end != null && !end.isAfter(today.plusDays(60));
        }

        boolean covers(LocalDate day) {
            return !start.isAfter(day) && (end == null || !end.isBefore(day));
        }

        LocalDate dueDate(YearMonth month) {
            return month.atDay(Math.min(dueOn, month.lengthOfMonth()));
        }
    }

    /** An invoice: one item and one amount; its status follows from the payments recorded against it. */
    static final class Invoice {
        final String uid;
        final long number;
        final Lease lease;
        final Tenant tenant;
        final LocalDate dueDate;
        final BigDecimal amount;
        /** Stored as sent, never returned by the read model (as in Innago). */
        final String item;

        final Instant created;
        final List<Payment> payments = new ArrayList<>();

        Invoice(
                String uid,
                long number,
                Lease lease,
                Tenant tenant,
                LocalDate dueDate,
                BigDecimal amount,
                String item,
                Instant created) {
            this.uid = uid;
            this.number = number;
            this.lease = lease;
            this.tenant = tenant;
            this.dueDate = dueDate;
            this.amount = amount;
            this.item = item;
            this.created = created;
        }

        BigDecimal paid() {
            return payments.stream()
                    .filter(p -> p.status.equals("Paid"))
                    .map(p -> p.amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal open() {
            return amount.subtract(paid()).max(BigDecimal.ZERO);
        }

        String status() {
            BigDecimal paid = paid();
            if (paid.signum() == 0) {
                return PENDING;
            }
            return paid.compareTo(amount) < 0 ? PARTIALLY_PAID : FULLY_PAID;
        }
    }

    /** A payment against an invoice; a reversal keeps the row with status "Reversed". */
    static final class Payment {
        final String uid;
        final Invoice invoice;
        final Tenant tenant;
        final BigDecimal amount;
        final Instant paidOn;
        final String mode;
        String status = "Paid";

        Payment(String uid, Invoice invoice, Tenant tenant, BigDecimal amount, Instant paidOn, String mode) {
            this.uid = uid;
            this.invoice = invoice;
            this.tenant = tenant;
            this.amount = amount;
            this.paidOn = paidOn;
            this.mode = mode;
        }
    }

    /** A maintenance request; {@code unit} is null for a building-wide request, {@code person*} for the submitter. */
    static final class Maintenance {
        final String uid;
        final String name;
        final String description;
        final int category;
        final String personName;
        final String personUid;
        final Property property;
        final Unit unit;
        final boolean urgent;
        final Instant submitted;
        Instant resolved;
        String status;
        final List<String> comments = new ArrayList<>();

        Maintenance(
                String uid,
                String name,
                String description,
                int category,
                String personName,
                String personUid,
                Property property,
                Unit unit,
                boolean urgent,
                Instant submitted,
                String status) {
            this.uid = uid;
            this.name = name;
            this.description = description;
            this.category = category;
            this.personName = personName;
            this.personUid = personUid;
            this.property = property;
            this.unit = unit;
            this.urgent = urgent;
            this.submitted = submitted;
            this.status = status;
        }

        boolean isOpen() {
            return !status.equals(RESOLVED);
        }
    }

    Optional<Property> property(String uid) {
        return properties.stream().filter(p -> p.uid.equalsIgnoreCase(uid)).findFirst();
    }

    Optional<Property> propertyNamed(String name) {
        return properties.stream().filter(p -> p.name.equals(name)).findFirst();
    }

    Optional<Unit> unit(UnitKey key) {
        return propertyNamed(key.property())
                .flatMap(p ->
                        p.units.stream().filter(u -> u.name.equals(key.unit())).findFirst());
    }

    Optional<Unit> unitByUid(String uid) {
        return properties.stream()
                .flatMap(p -> p.units.stream())
                .filter(u -> u.uid.equalsIgnoreCase(uid))
                .findFirst();
    }

    List<Unit> allUnits() {
        return properties.stream().flatMap(p -> p.units.stream()).toList();
    }

    /** The unit's leases, oldest first. */
    List<Lease> leasesOf(Unit unit) {
        return leases.values().stream()
                .filter(l -> l.unit == unit)
                .sorted(Comparator.comparing(l -> l.start))
                .toList();
    }

    Optional<Lease> currentLease(Unit unit, LocalDate today) {
        return leasesOf(unit).stream().filter(l -> l.isActive(today)).reduce((first, later) -> later);
    }

    List<Invoice> invoicesOf(Lease lease) {
        return invoices.values().stream()
                .filter(i -> i.lease == lease)
                .sorted(Comparator.comparing((Invoice i) -> i.dueDate).thenComparingLong(i -> i.number))
                .toList();
    }

    Invoice addInvoice(
            String uid, Lease lease, Tenant tenant, LocalDate due, BigDecimal amount, String item, Instant created) {
        Invoice invoice = new Invoice(uid, nextInvoiceNumber++, lease, tenant, due, amount, item, created);
        invoices.put(uid, invoice);
        return invoice;
    }

    Payment addPayment(String uid, Invoice invoice, Tenant tenant, BigDecimal amount, Instant paidOn, String mode) {
        Payment payment = new Payment(uid, invoice, tenant, amount, paidOn, mode);
        invoice.payments.add(payment);
        payments.put(uid, payment);
        return payment;
    }

    /**
     * Creates the rent invoices Innago would have generated by {@code today}: one "Rent" invoice per lease
     * per month whose due day the lease covers, for every month up to the current one.
     */
    void generateRent(LocalDate today, Instant now, Ids ids) {
        YearMonth current = YearMonth.from(today);
        for (Lease lease : leases.values()) {
            for (YearMonth month = lease.rentInvoicedThrough.plusMonths(1);
                    !month.isAfter(current);
                    month = month.plusMonths(1)) {
                LocalDate due = lease.dueDate(month);
                if (lease.covers(due)) {
                    addInvoice(ids.uuid(), lease, lease.tenants.get(0), due, lease.rent, "Rent", now);
                }
                lease.rentInvoicedThrough = month;
            }
        }
    }
}

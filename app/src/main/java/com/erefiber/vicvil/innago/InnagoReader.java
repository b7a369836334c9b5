package com.erefiber.vicvil.innago;

import com.erefiber.vicvil.innago.model.Address;
import com.erefiber.vicvil.innago.model.Invoice;
import com.erefiber.vicvil.innago.model.Lease;
import com.erefiber.vicvil.innago.model.Maintenance;
import com.erefiber.vicvil.innago.model.Payment;
import com.erefiber.vicvil.innago.model.PaymentsByMonth;
import com.erefiber.vicvil.innago.model.Property;
import com.erefiber.vicvil.innago.model.Tenant;
import com.erefiber.vicvil.innago.model.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps Innago's JSON items (reference §5, field names exactly as Innago spells them) to the model records.
 * Uids and the values rules depend on (lease start, invoice due date, status and amount, payment amount) are
 * required: a missing one is a {@link ShapeException}, never a silent default. Absent text reads as "".
 */
final class InnagoReader {
    private InnagoReader() {}

    static Property property(JsonNode node) {
        JsonNode address = node.path("address");
        return new Property(
                required(node, "propertyUid"),
                text(node, "name"),
                text(node, "description"),
                text(node, "propertyType"),
                node.path("numberOfUnits").asInt(),
                node.path("availableUnits").asInt(),
                node.path("totalTenants").asInt(),
                node.path("isArchived").asBoolean(),
                new Address(
                        text(address, "addressLine1"),
                        text(address, "addressLine2"),
                        text(address, "city"),
                        text(address, "state"),
                        text(address, "zipcode"),
                        text(address, "country"),
                        money(address, "latitude"),
                        money(address, "longitude")));
    }

    static Unit unit(JsonNode node) {
        return new Unit(required(node, "propertyUnitUid"), text(node, "name"));
    }

    static Lease lease(JsonNode node) {
        List<Tenant> tenants = new ArrayList<>();
        for (JsonNode tenant : node.path("tenants")) {
            tenants.add(leaseTenant(tenant));
        }
        String uid = required(node, "leaseUid");
        LocalDate start =
                date(node, "startDate").orElseThrow(() -> new ShapeException("lease " + uid + " has no startDate"));
        return new Lease(
                uid,
                start,
                date(node, "endDate"),
                text(node, "propertyName"),
                text(node, "propertyAddress"),
                text(node, "propertyUnitName"),
                money(node, "rentAmount"),
                money(node, "depositAmount"),
                integer(node, "dueOn"),
                text(node, "paymentFrequency"),
                node.path("isActiveLease").asBoolean(),
                node.path("isExpiredLease").asBoolean(),
                node.path("isExpiringLease").asBoolean(),
                node.path("isFutureLease").asBoolean(),
                node.path("isListingArchived").asBoolean(),
                node.path("noOfTenants").asInt(tenants.size()),
                tenants);
    }

    /** The {@code TenantShortModel} embedded in leases and unit details. */
    static Tenant leaseTenant(JsonNode node) {
        return new Tenant(
                required(node, "tenantUid"),
                text(node, "firstName"),
                text(node, "lastName"),
                optional(node, "email"),
                optional(node, "phone"),
                Optional.empty());
    }

    /** The {@code UserShortInfoModel} of {@code /v1/tenants}: same person, other field names. */
    static Tenant userTenant(JsonNode node) {
        return new Tenant(
                required(node, "userUid"),
                text(node, "userFirstName"),
                text(node, "userLastName"),
                optional(node, "userEmail"),
                optional(node, "phoneNumber"),
                optional(node, "userRole"));
    }

    static Invoice invoice(JsonNode node) {
        String uid = required(node, "invoiceUid");
        LocalDate due = date(node, "invoiceDueDate")
                .orElseThrow(() -> new ShapeException("invoice " + uid + " has no invoiceDueDate"));
        BigDecimal amount =
                money(node, "amount").orElseThrow(() -> new ShapeException("invoice " + uid + " has no amount"));
        JsonNode number = node.path("invoiceNumber");
        return new Invoice(
                uid,
                number.canConvertToLong() ? Optional.of(number.asLong()) : Optional.empty(),
                due,
                required(node, "invoiceStatus"),
                amount);
    }

    static Payment payment(JsonNode node) {
        String uid = required(node, "paymentUid");
        BigDecimal amount =
                money(node, "amount").orElseThrow(() -> new ShapeException("payment " + uid + " has no amount"));
        Optional<LocalDateTime> paidOn = dateTime(node, "paidOn").or(() -> dateTime(node, "paymentDate"));
        return new Payment(
                uid,
                optional(node, "invoiceUid"),
                amount,
                paidOn,
                dateTime(node, "depositedOn"),
                text(node, "paymentMode"),
                text(node, "paymentStatus"),
                text(node, "paymentCategory"));
    }

    /** A payments-by-month row; {@code asked} fills the month when Innago leaves dueInYear/dueInMonth out. */
    static PaymentsByMonth paymentsByMonth(JsonNode node, YearMonth asked) {
        List<Payment> payments = new ArrayList<>();
        for (JsonNode payment : node.path("paymentsResults")) {
            payments.add(payment(payment));
        }
        YearMonth month = YearMonth.of(
                node.path("dueInYear").asInt(asked.getYear()),
                node.path("dueInMonth").asInt(asked.getMonthValue()));
        return new PaymentsByMonth(
                optional(node, "propertyUid"),
                text(node, "propertyName"),
                optional(node, "propertyUnitUid"),
                text(node, "propertyUnitName"),
                optional(node, "tenantUid"),
                optional(node, "tenantEmail"),
                optional(node, "tenantPhone"),
                optional(node, "leaseUid"),
                month,
                money(node, "totalPayment"),
                payments);
    }

    /** A ticket; {@code knownUid} stands in when a detail answer leaves the uid out (its shape is unconfirmed). */
    static Maintenance maintenance(JsonNode node, Optional<String> knownUid) {
        String uid = optional(node, "maintenanceUid")
                .or(() -> knownUid)
                .orElseThrow(() -> new ShapeException("a maintenance ticket has no maintenanceUid"));
        return new Maintenance(
                uid,
                text(node, "name"),
                text(node, "description"),
                text(node, "category"),
                text(node, "personName"),
                optional(node, "personUid"),
                dateTime(node, "dateSubmitted"),
                dateTime(node, "dateResolved"),
                node.path("isUrgent").asBoolean(),
                text(node, "property"),
                text(node, "unit"),
                text(node, "propertyAddress"),
                text(node, "requestStatus"));
    }

    /** A text field, "" when absent or null. */
    static String text(JsonNode node, String key) {
        return optional(node, key).orElse("");
    }

    /** A text field, empty when absent, null or blank. */
    static Optional<String> optional(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null
                || value.isNull()
                || !value.isValueNode()
                || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    /** A text field that must be there. */
    static String required(JsonNode node, String key) {
        return optional(node, key).orElseThrow(() -> new ShapeException("an item has no " + key));
    }

    private static Optional<Integer> integer(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value != null && value.canConvertToInt() ? Optional.of(value.asInt()) : Optional.empty();
    }

    /** Money and coordinates, exactly as written (the mapper reads JSON decimals as BigDecimal). */
    private static Optional<BigDecimal> money(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        try {
            return optional(node, key).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            throw new ShapeException("unreadable amount '" + value.asText() + "' in " + key);
        }
    }

    private static Optional<LocalDateTime> dateTime(JsonNode node, String key) {
        try {
            return InnagoDates.parse(text(node, key));
        } catch (ShapeException e) {
            throw new ShapeException(e.getMessage() + " in " + key);
        }
    }

    private static Optional<LocalDate> date(JsonNode node, String key) {
        return dateTime(node, key).map(LocalDateTime::toLocalDate);
    }
}

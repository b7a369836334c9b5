package com.erefiber.vicvil.innago.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One invoice ({@code InvoiceShortInfoModel}): no line items, no item text, no balance and no amount paid
 * in Innago's read model. {@code status} is Innago's text as sent; {@link #knownStatus()} interprets it.
 */
public record Invoice(
        String invoiceUid, Optional<Long> invoiceNumber, LocalDate dueDate, String status, BigDecimal amount) {

    /** The statuses the reference documents; anything else is UNKNOWN, which must never suspend anyone. */
    public enum Status {
        PENDING,
        PARTIALLY_PAID,
        FULLY_PAID,
        UNKNOWN
    }

    /** The documented status this invoice has ("Pending", "Partially Paid", "Fully Paid"; case and spacing ignored). */
    public Status knownStatus() {
        return switch (status.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT)) {
            case "pending" -> Status.PENDING;
            case "partiallypaid" -> Status.PARTIALLY_PAID;
            case "fullypaid" -> Status.FULLY_PAID;
            default -> Status.UNKNOWN;
        };
    }
}

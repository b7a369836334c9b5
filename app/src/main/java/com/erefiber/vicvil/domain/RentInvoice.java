package com.erefiber.vicvil.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One rent invoice of a lease as the rent rule sees it: Innago's status read into {@link State}, its amount, and
 * what its payments add up to when they were read ({@code paid}: the sum of the payments Innago reports as Paid;
 * read only for a partially paid invoice, where the status alone does not say how much is open).
 */
public record RentInvoice(
        String uid, LocalDate dueDate, State state, String statusText, BigDecimal amount, Optional<BigDecimal> paid) {

    /** What Innago's {@code invoiceStatus} says. */
    public enum State {
        /** "Fully Paid". */
        PAID,
        /** "Pending": nothing paid. */
        OPEN,
        /** "Partially Paid": open for its amount less its payments. */
        PARTIAL,
        /** A status vicvil does not know, or a partially paid invoice whose payments could not be read. */
        UNKNOWN
    }

    public RentInvoice {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(statusText, "statusText");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paid, "paid");
    }

    /** What is still open on it; empty when that cannot be known. */
    public Optional<BigDecimal> unpaid() {
        return switch (state) {
            case PAID -> Optional.of(BigDecimal.ZERO);
            case OPEN -> Optional.of(
                    amount.subtract(paid.orElse(BigDecimal.ZERO)).max(BigDecimal.ZERO));
            case PARTIAL -> paid.map(sum -> amount.subtract(sum).max(BigDecimal.ZERO));
            case UNKNOWN -> Optional.empty();
        };
    }
}

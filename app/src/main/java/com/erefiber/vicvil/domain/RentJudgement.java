package com.erefiber.vicvil.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the rent rule concluded for one lease: the status, the unpaid amount it counted, the due date through which
 * rent was judged ({@code judgedThrough}: the latest due date whose grace has passed), the invoices that are still
 * open (or unknown) among those, and one line saying why, for the plan, {@code --dry-run} and {@code status}.
 */
public record RentJudgement(
        RentStatus status,
        BigDecimal unpaid,
        LocalDate judgedThrough,
        List<RentInvoice> open,
        boolean fullyPaid,
        String why) {

    public RentJudgement {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(unpaid, "unpaid");
        Objects.requireNonNull(judgedThrough, "judgedThrough");
        open = List.copyOf(open);
        Objects.requireNonNull(why, "why");
    }
}

package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.RentStatus;
import com.erefiber.vicvil.domain.UnitKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * check-rent's last conclusion for one lease: status, unpaid amount, the due date it judged through, whether every
 * rent invoice due by then was Fully Paid, why, and when it was checked.
 */
public record RentCheck(
        String leaseUid,
        UnitKey unit,
        RentStatus status,
        BigDecimal unpaid,
        LocalDate judgedThrough,
        boolean fullyPaid,
        String detail,
        Instant checkedAt) {

    /** How long "Fully Paid" is trusted without reading the lease's invoices again (payments can be reversed). */
    public static final Duration FRESH_FOR = Duration.ofDays(1);

    public RentCheck {
        Objects.requireNonNull(leaseUid, "leaseUid");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(unpaid, "unpaid");
        Objects.requireNonNull(judgedThrough, "judgedThrough");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** Whether this check answers for the rent due through {@code through} at {@code now} without a new read. */
    public boolean paidThrough(LocalDate through, Instant now) {
        return fullyPaid
                && !judgedThrough.isBefore(through)
                && checkedAt.plus(FRESH_FOR).isAfter(now)
                && !checkedAt.isAfter(now);
    }
}

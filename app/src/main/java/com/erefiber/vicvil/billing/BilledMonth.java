package com.erefiber.vicvil.billing;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.Optional;

/**
 * A bill and where it came from: computed now and {@link Source#FROZEN frozen} earlier, {@link Source#NEW new}
 * (frozen by this run), {@link Source#RECOMPUTED recomputed} from Innago after the fact (the store had lost it, or
 * never had it), or the month {@link Source#IN_PROGRESS in progress} (a preview, never frozen).
 */
public record BilledMonth(@JsonUnwrapped Bill bill, Source source, Optional<Instant> frozenAt) {

    /** Where the bill's figures come from. */
    public enum Source {
        NEW,
        FROZEN,
        RECOMPUTED,
        IN_PROGRESS;

        /** The label printed with the bill. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** The invoice number of the month: {@code ERE-VV-2026-01}. */
    public String invoiceNumber() {
        return invoiceNumber(bill.month());
    }

    /** The invoice number of {@code month}. */
    public static String invoiceNumber(java.time.YearMonth month) {
        return "ERE-VV-" + month;
    }
}

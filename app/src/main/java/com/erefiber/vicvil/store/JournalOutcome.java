package com.erefiber.vicvil.store;

import java.util.Locale;

/** Where a journaled action stands: written {@code pending} before its API call, finished after it. */
public enum JournalOutcome {
    PENDING,
    DONE,
    FAILED,
    SKIPPED;

    /** The value stored in the {@code outcome} column. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static JournalOutcome fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}

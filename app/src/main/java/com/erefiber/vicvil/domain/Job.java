package com.erefiber.vicvil.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of vicvil's jobs: their names in the journal, the run history, lock messages, {@code vicvil log
 * --job} and the {@code healthcheck.<job>} config keys. A new job is one line here (and its own package).
 */
public enum Job {
    SYNC_LEASES,
    CHECK_RENT,
    SYNC_TICKETS,
    BILLING,
    RENAME_ONUS;

    /** The job's name: {@code sync-leases}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every job's name, in registry order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Job::label).toList();
    }

    /** The job named {@code label}, if any. */
    public static Optional<Job> byLabel(String label) {
        return Arrays.stream(values()).filter(job -> job.label().equals(label)).findFirst();
    }

    @Override
    public String toString() {
        return label();
    }
}

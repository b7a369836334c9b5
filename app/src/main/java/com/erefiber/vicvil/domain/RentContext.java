package com.erefiber.vicvil.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The rent side of a unit's situation: the rent status, an operator hold (exempt from rent suspension
 * through {@code holdUntil}, inclusive) and the suspension policy.
 */
public record RentContext(RentStatus status, Optional<LocalDate> holdUntil, SuspendPolicy policy) {

    public RentContext {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(holdUntil, "holdUntil");
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * For jobs that do not judge rent (sync-leases): neither suspends nor restores, so they never undo what
     * check-rent decided.
     */
    public static RentContext keepAsIs() {
        return new RentContext(RentStatus.UNKNOWN, Optional.empty(), new SuspendPolicy(true, true, CalendarGuard.NONE));
    }

    /** Whether a hold exempts the unit on {@code day}. */
    public boolean heldOn(LocalDate day) {
        return holdUntil.map(until -> !day.isAfter(until)).orElse(false);
    }
}

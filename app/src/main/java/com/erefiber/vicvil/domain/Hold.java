package com.erefiber.vicvil.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An operator's exemption of a unit from rent suspension through {@code until} (inclusive, the property's dates),
 * with the reason given and the day it was set. Lease events still apply to a held unit.
 */
public record Hold(UnitKey unit, LocalDate until, String reason, LocalDate setOn) {

    public Hold {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(setOn, "setOn");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a hold needs a reason");
        }
    }

    /** Whether the hold exempts the unit on {@code day}. */
    public boolean coversDay(LocalDate day) {
        return !day.isAfter(until);
    }
}

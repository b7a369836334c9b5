package com.erefiber.vicvil.domain;

import java.util.Objects;

/**
 * The rent-suspension policy (config {@code suspend}): whether rent suspension is on at all, whether it
 * also disables the ONU ({@code hard_cut}), and the days on which no new suspension is made.
 */
public record SuspendPolicy(boolean enabled, boolean hardCut, CalendarGuard calendar) {

    public SuspendPolicy {
        Objects.requireNonNull(calendar, "calendar");
    }
}

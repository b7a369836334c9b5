package com.erefiber.vicvil.core;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a time is shown to the operator: in the complex's time zone (billing.timezone), to the second, with the zone. */
public final class LocalTimes {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    private LocalTimes() {}

    /** {@code 2025-03-01 07:00:03 EST}. */
    public static String format(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}

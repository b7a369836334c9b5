package com.erefiber.vicvil.core;

import java.time.Duration;
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

    /** How long before {@code now} {@code then} was: {@code 4 min ago}, {@code 3 h ago}, {@code 2 days ago}. */
    public static String age(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.isNegative() || age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 2) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " days ago";
    }
}

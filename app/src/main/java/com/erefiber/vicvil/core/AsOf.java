package com.erefiber.vicvil.core;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The instant a run acts for (DESIGN §6 {@code --as-of}): {@code YYYY-MM-DD} (00:00) or
 * {@code YYYY-MM-DDTHH:MM[:SS]} in the property's time zone, unless an offset is given; default now.
 */
public final class AsOf {
    private AsOf() {}

    /** Parses {@code text} (when given) or takes the clock's now, in {@code zone}. Bad text → exit 2. */
    public static ZonedDateTime resolve(Optional<String> text, ZoneId zone, Clock clock) {
        if (text.isEmpty()) {
            return ZonedDateTime.now(clock.withZone(zone));
        }
        String value = text.get().strip();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone);
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(value).atZoneSameInstant(zone);
            }
            return LocalDateTime.parse(value).atZone(zone);
        } catch (DateTimeParseException e) {
            throw new VicvilException(
                    ExitCodes.USAGE,
                    "--as-of " + value + ": expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (optionally with an offset)");
        }
    }
}

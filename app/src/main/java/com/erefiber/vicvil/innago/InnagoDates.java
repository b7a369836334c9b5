package com.erefiber.vicvil.innago;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * Innago's date-times, whose serialisation is unconfirmed (reference §3): read with or without a fraction,
 * a {@code Z} or an offset ({@code 2026-08-10T00:00:00}, {@code …Z}, {@code …+00:00}, {@code …+0000}) or as a
 * bare date. The wall-clock time is kept as written and any offset is dropped: Innago's calendar dates are
 * midnights, and converting {@code 2026-08-01T00:00:00Z} to New York time would move rent to July 31.
 */
final class InnagoDates {
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM:ss", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHmm", "Z")
            .optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    /** .NET's DateTime.MinValue ("0001-01-01T00:00:00") is how an unset non-nullable date serialises. */
    private static final int UNSET_YEAR = 1;

    private InnagoDates() {}

    /** The date-time in {@code text}; empty for blank text and for .NET's "unset" date. */
    static Optional<LocalDateTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        TemporalAccessor parsed;
        try {
            parsed = FORMAT.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ShapeException("unreadable date '" + text + "'");
        }
        LocalDateTime value = LocalDateTime.from(parsed);
        return value.getYear() == UNSET_YEAR ? Optional.empty() : Optional.of(value);
    }
}

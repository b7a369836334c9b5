package com.erefiber.vicvil.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The date dialects of the fakes: Innago local date-times, UCRM offsets without a colon, NMS ISO instants. */
final class Dates {
    private static final DateTimeFormatter INNAGO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter CRM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final DateTimeFormatter NMS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    /** Offsets as UCRM writes them (+0000) and as ISO writes them (+00:00 or Z). */
    private static final DateTimeFormatter OFFSET_INPUT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private Dates() {}

    /** Innago's form for a date: {@code 2026-01-01T00:00:00} (no zone, as in the only real example). */
    static String innago(LocalDate date) {
        return date == null ? null : INNAGO.format(date.atStartOfDay());
    }

    /** Innago's form for an instant: local time in the property's zone, no offset. */
    static String innago(Instant instant, ZoneId zone) {
        return instant == null ? null : INNAGO.format(instant.atZone(zone).toLocalDateTime());
    }

    /** UCRM's form: {@code 2026-03-01T00:00:00-0500}. */
    static String crm(Instant instant, ZoneId zone) {
        return instant == null ? null : CRM.format(instant.atZone(zone));
    }

    static String crm(LocalDate date, ZoneId zone) {
        return date == null ? null : CRM.format(date.atStartOfDay(zone));
    }

    /** UISP NMS's form: {@code 2026-03-10T15:00:00.000Z}. */
    static String nms(Instant instant) {
        return instant == null ? null : NMS.format(instant.truncatedTo(ChronoUnit.MILLIS).atZone(ZoneId.of("UTC")));
    }

    /** A date sent to UCRM: {@code 2026-03-01}, {@code 2026-03-01T00:00:00+0000} or with {@code +00:00}. */
    static Instant parseCrm(String text, ZoneId zone) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        }
        var parsed = OFFSET_INPUT.parse(text);
        LocalDateTime local = LocalDateTime.from(parsed);
        return parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                ? OffsetDateTime.of(local, java.time.ZoneOffset.from(parsed)).toInstant()
                : local.atZone(zone).toInstant();
    }

    /** A date sent to Innago ({@code 2026-08-10T00:00:00}, with or without an offset, or a bare date): its calendar day. */
    static LocalDate parseInnagoDate(String text, ZoneId zone) {
        try {
            return parseCrm(text, zone).atZone(zone).toLocalDate();
        } catch (DateTimeParseException e) {
            throw FakeApiException.badRequest("not a date: " + text);
        }
    }
}

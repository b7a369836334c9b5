package com.erefiber.vicvil.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
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

    /** UCRM's form for a moment: {@code 2026-03-01T05:00:00+0000}, in UTC as the real UCRM answers. */
    static String crm(Instant instant) {
        return instant == null ? null : CRM.format(instant.atZone(ZoneOffset.UTC));
    }

    /**
     * UCRM's form for a calendar date ({@code activeFrom}, {@code activeTo}, {@code dueDate}): the day the
     * instant falls on in {@code zone}, written as {@code 2026-03-01T00:00:00+0000} as in every example of the
     * blueprint; read in New York time that instant would be the day before.
     */
    static String crmDay(Instant instant, ZoneId zone) {
        return instant == null
                ? null
                : CRM.format(instant.atZone(zone).toLocalDate().atStartOfDay(ZoneOffset.UTC));
    }

    /** UISP NMS's form: {@code 2026-03-10T15:00:00.000Z}. */
    static String nms(Instant instant) {
        return instant == null
                ? null
                : NMS.format(instant.truncatedTo(ChronoUnit.MILLIS).atZone(ZoneId.of("UTC")));
    }

    /** A date sent to UCRM: {@code 2026-03-01}, {@code 2026-03-01T00:00:00+0000} or with {@code +00:00}. */
    static Instant parseCrm(String text, ZoneId zone) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        }
        var parsed = OFFSET_INPUT.parse(text);
        LocalDateTime local = LocalDateTime.from(parsed);
        return parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                ? OffsetDateTime.of(local, ZoneOffset.from(parsed)).toInstant()
                : local.atZone(zone).toInstant();
    }

    /** A calendar date sent to UCRM, in any form {@link #parseCrm} takes: the day as written, from its start in {@code zone}. */
    static Instant parseCrmDay(String text, ZoneId zone) {
        parseCrm(text, zone);
        return LocalDate.parse(text.substring(0, 10)).atStartOfDay(zone).toInstant();
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

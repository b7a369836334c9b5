package com.erefiber.vicvil.uisp.crm;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * CRM date-times: {@code 2016-09-12T00:00:00+0000}, an offset without a colon (blueprint, throughout).
 * Reading also accepts {@code +00:00} and {@code Z}, in case a UISP version writes ISO offsets; writing always
 * uses the blueprint's form.
 */
public final class CrmDates {
    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();

    private CrmDates() {}

    /** Parses a CRM date-time; throws {@link DateTimeParseException} for anything else (a missing offset too). */
    public static OffsetDateTime parse(String text) {
        return OffsetDateTime.parse(text.strip(), READ);
    }

    /**
     * The calendar date a CRM date field ({@code activeFrom}, {@code activeTo}, {@code dueDate}) holds: its date
     * part as written. UISP writes such dates as {@code 2016-09-12T00:00:00+0000}; shifting that instant into New
     * York time would make every date a day early (DESIGN §2).
     */
    public static LocalDate day(OffsetDateTime date) {
        return date.toLocalDate();
    }

    /** Formats as the CRM writes it: {@code 2016-09-12T00:00:00+0000}. */
    public static String format(OffsetDateTime time) {
        return WRITE.format(time);
    }

    /** Jackson reader for CRM date-time fields (null stays null). */
    public static final class Reader extends StdScalarDeserializer<OffsetDateTime> {
        public Reader() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (OffsetDateTime) context.handleWeirdStringValue(
                        OffsetDateTime.class, text, "not a CRM date-time (expected like 2016-09-12T00:00:00+0000)");
            }
        }
    }

    /** Jackson writer for CRM date-time fields. */
    public static final class Writer extends StdScalarSerializer<OffsetDateTime> {
        public Writer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(format(value));
        }
    }
}

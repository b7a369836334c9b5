package com.erefiber.vicvil.uisp.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class CrmDatesTest {
    private static final OffsetDateTime NOON_EDT = OffsetDateTime.of(2025, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(-4));

    @Test
    void readsTheBlueprintFormWithAnOffsetWithoutColon() {
        assertThat(CrmDates.parse("2025-06-01T12:00:00-0400")).isEqualTo(NOON_EDT);
        assertThat(CrmDates.parse("2016-09-12T00:00:00+0000"))
                .isEqualTo(OffsetDateTime.of(2016, 9, 12, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void alsoReadsIsoOffsetsWithColonOrZ() {
        assertThat(CrmDates.parse("2025-06-01T12:00:00-04:00")).isEqualTo(NOON_EDT);
        assertThat(CrmDates.parse("2025-06-01T16:00:00Z").toInstant()).isEqualTo(NOON_EDT.toInstant());
    }

    @Test
    void aDateFieldIsItsDatePartAsWrittenNotTheDayOfTheInstantInNewYork() {
        assertThat(CrmDates.day(CrmDates.parse("2026-08-01T00:00:00+0000"))).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(CrmDates.day(CrmDates.parse("2026-08-01T00:00:00-0400"))).isEqualTo(LocalDate.of(2026, 8, 1));
    }

    @Test
    void refusesADateTimeWithoutOffset() {
        assertThatThrownBy(() -> CrmDates.parse("2025-06-01T12:00:00")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void writesTheBlueprintFormEvenForUtc() {
        assertThat(CrmDates.format(NOON_EDT)).isEqualTo("2025-06-01T12:00:00-0400");
        assertThat(CrmDates.format(OffsetDateTime.of(2016, 9, 12, 0, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2016-09-12T00:00:00+0000");
    }
}

package com.erefiber.vicvil.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.erefiber.vicvil.error.VicvilException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AsOfTest {
    private static final ZoneId OHIO = ZoneId.of("America/New_York");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-06T04:30:00Z"), ZoneOffset.UTC);

    @Test
    void aDateMeansMidnightInTheComplexsTimeZone() {
        assertThat(AsOf.resolve(Optional.of("2026-09-01"), OHIO, CLOCK))
                .isEqualTo(ZonedDateTime.of(2026, 9, 1, 0, 0, 0, 0, OHIO));
    }

    @Test
    void aLocalTimeIsInTheComplexsTimeZoneAndAnOffsetIsHonoured() {
        assertThat(AsOf.resolve(Optional.of("2026-09-01T08:15"), OHIO, CLOCK))
                .isEqualTo(ZonedDateTime.of(2026, 9, 1, 8, 15, 0, 0, OHIO));
        assertThat(AsOf.resolve(Optional.of("2026-09-01T12:00:00Z"), OHIO, CLOCK)
                        .toLocalTime()
                        .getHour())
                .isEqualTo(8);
    }

    @Test
    void withoutAsOfItIsNowInTheComplex() {
        // 04:30 UTC on the 6th is still the 5th (the grace day) in Ohio.
        assertThat(AsOf.resolve(Optional.empty(), OHIO, CLOCK).getDayOfMonth()).isEqualTo(5);
    }

    @Test
    void badTextIsAUsageError() {
        assertThatThrownBy(() -> AsOf.resolve(Optional.of("next tuesday"), OHIO, CLOCK))
                .isInstanceOf(VicvilException.class)
                .satisfies(error ->
                        assertThat(((VicvilException) error).exitCode()).isEqualTo(2));
    }
}

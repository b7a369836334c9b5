package com.erefiber.vicvil.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.domain.UnitKey;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitRepositoryTest {
    private static final UnitKey UNIT = new UnitKey("300 S Harper", "4");

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2025-03-01T12:00:00.123456Z"));
    private UnitRepository units;

    @BeforeEach
    void openStore() {
        units = StateStore.open(dir.resolve("vicvil.db"), clock).units();
    }

    @Test
    void anUnknownUnitHasNoRecord() {
        assertThat(units.get(UNIT)).isEmpty();
    }

    @Test
    void storesAndReadsBackEveryId() {
        UnitIds ids = UnitIds.none()
                .withOnuSerial(Optional.of("UBNT0001"))
                .withOnuMac(Optional.of("aa:bb:cc:dd:ee:01"))
                .withNmsDeviceId(Optional.of("dev-1"))
                .withNmsSiteId(Optional.of("site-1"))
                .withCrmClientId(Optional.of("12"))
                .withCrmServiceId(Optional.of("34"));

        UnitRecord written = units.upsert(UNIT, ids);

        assertThat(units.get(UNIT)).contains(written);
        assertThat(written).isEqualTo(new UnitRecord(UNIT, ids, Instant.parse("2025-03-01T12:00:00.123Z")));
    }

    @Test
    void upsertReplacesTheIdsAndStampsTheTime() {
        UnitIds first = UnitIds.none().withCrmClientId(Optional.of("12")).withCrmServiceId(Optional.of("34"));
        units.upsert(UNIT, first);
        clock.advance(Duration.ofMinutes(5));

        units.upsert(UNIT, first.withCrmServiceId(Optional.empty()));

        UnitRecord stored = units.get(UNIT).orElseThrow();
        assertThat(stored.ids().crmClientId()).contains("12");
        assertThat(stored.ids().crmServiceId()).isEmpty();
        assertThat(stored.updatedAt()).isEqualTo(Instant.parse("2025-03-01T12:05:00.123Z"));
        assertThat(units.list()).hasSize(1);
    }

    @Test
    void listsUnitsInBuildingAndUnitOrder() {
        for (UnitKey unit : new UnitKey[] {
            new UnitKey("300 S Harper", "10"), new UnitKey("300 S Harper", "2"),
            new UnitKey("1000 S Harper", "1"), new UnitKey("250 S Harper", "3")
        }) {
            units.upsert(unit, UnitIds.none());
        }

        assertThat(units.list())
                .extracting(record -> record.unit().toString())
                .containsExactly("250 S Harper #3", "300 S Harper #2", "300 S Harper #10", "1000 S Harper #1");
    }

    @Test
    void aBuildingNameWithAHashSurvivesTheRoundTrip() {
        UnitKey odd = new UnitKey("Bldg #3", "4");

        units.upsert(odd, UnitIds.none());

        assertThat(units.get(odd)).map(UnitRecord::unit).contains(odd);
    }
}

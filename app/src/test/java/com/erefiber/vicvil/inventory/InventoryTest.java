package com.erefiber.vicvil.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.erefiber.vicvil.domain.UnitKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InventoryTest {
    private static final Path SOURCE = Path.of("onus.csv");

    private final Inventory inventory = new Inventory(
            SOURCE,
            List.of(
                    row(2, "300 S Harper", "1", "UBNT0001", "aa:bb:cc:dd:ee:01"),
                    row(3, "300 S Harper", "2", null, null),
                    row(4, "250 S Harper", "1", "UBNT0003", null),
                    row(5, "300 S Harper", "10", null, "aa:bb:cc:dd:ee:04")));

    @Test
    void findsAUnitByKeyWhateverTheCaseAndSpacingOfTheBuilding() {
        assertThat(inventory.find(new UnitKey("300 S Harper", "2")))
                .map(InventoryRow::line)
                .contains(3);
        assertThat(inventory.find(new UnitKey(" 300 s harper", "2")))
                .map(InventoryRow::line)
                .contains(3);
        assertThat(inventory.find(new UnitKey("250 S Harper", "2"))).isEmpty();
    }

    @Test
    void findsAnOnuBySerialOrMacInAnySpelling() {
        assertThat(inventory.findBySerial(" ubnt0003 ")).map(InventoryRow::line).contains(4);
        assertThat(inventory.findByMac("AA-BB-CC-DD-EE-04"))
                .map(InventoryRow::line)
                .contains(5);
        assertThat(inventory.findByMac("aabb.ccdd.ee01"))
                .map(InventoryRow::line)
                .contains(2);
        assertThat(inventory.findByMac("not a mac")).isEmpty();
        assertThat(inventory.findBySerial("UBNT9999")).isEmpty();
    }

    @Test
    void listsBuildingsInFileOrderAndTheirUnits() {
        assertThat(inventory.buildings()).containsExactly("300 S Harper", "250 S Harper");
        assertThat(inventory.unitsOf("300 s harper"))
                .extracting(InventoryRow::line)
                .containsExactly(2, 3, 5);
        assertThat(inventory.unitsOf("999 S Harper")).isEmpty();
        assertThat(inventory.size()).isEqualTo(4);
        assertThat(inventory.source()).isEqualTo(SOURCE);
    }

    @Test
    void refusesRowsThatAreNotUnique() {
        assertThatThrownBy(() -> new Inventory(
                        SOURCE,
                        List.of(
                                row(2, "300 S Harper", "1", "UBNT0001", null),
                                row(3, "300 S Harper", "2", "UBNT0001", null))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("UBNT0001");
    }

    static InventoryRow row(int line, String property, String unit, String serial, String mac) {
        return new InventoryRow(
                line,
                new UnitKey(property, unit),
                Optional.empty(),
                Optional.ofNullable(serial),
                Optional.ofNullable(mac),
                Optional.empty(),
                "",
                Optional.empty());
    }
}

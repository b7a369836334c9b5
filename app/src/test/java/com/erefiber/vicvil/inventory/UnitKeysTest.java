package com.erefiber.vicvil.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.testing.SharedFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitKeysTest {
    private final Inventory inventory = complex();

    @ParameterizedTest
    @ValueSource(strings = {"300 S Harper #4", "  300 s   HARPER  #4 ", "300-s-harper-4", "300-S-Harper-4"})
    void resolvesCanonicalAndSlugForms(String typed) {
        assertThat(UnitKeys.resolve(inventory, typed)).isEqualTo(new UnitKey("300 S Harper", "4"));
    }

    @Test
    void unitOneIsNotUnitTenOrTwelve() {
        assertThat(UnitKeys.resolve(inventory, "300 S Harper #1")).isEqualTo(new UnitKey("300 S Harper", "1"));
        assertThat(UnitKeys.resolve(inventory, "300-s-harper-12")).isEqualTo(new UnitKey("300 S Harper", "12"));
    }

    @Test
    void aBareUnitNumberNeverResolvesAndListsThatNumberInEachBuilding() {
        VicvilException error = unknown("4");

        assertThat(error.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(error)
                .hasMessage("unknown unit \"4\" (not in the inventory onus.csv); "
                        + "did you mean: 300 S Harper #4, 350 S Harper #4?");
    }

    @Test
    void aMistypedBuildingSuggestsTheClosestUnitsFirst() {
        assertThat(unknown("300 S Harpr #4"))
                .hasMessageEndingWith("did you mean: 300 S Harper #4, 350 S Harper #4, 300 S Harper #1?");
    }

    @Test
    void aUnitNumberTheBuildingLacksSuggestsItsNeighbours() {
        assertThat(unknown("250 S Harper #5"))
                .hasMessageEndingWith("did you mean: 250 S Harper #1, 250 S Harper #2, 250 S Harper #3?");
    }

    @Test
    void somethingFarFromEveryUnitShowsTheExpectedForm() {
        assertThat(unknown("the laundry room"))
                .hasMessage("unknown unit \"the laundry room\" (not in the inventory "
                        + "onus.csv); write it as \"300 S Harper #4\" or \"300-s-harper-4\"");
    }

    @Test
    void anEmptyKeyIsAUsageError() {
        assertThat(unknown(" # ").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void resolvesAgainstTheOperatorsRealInventory() {
        Inventory real = new InventoryReader(Map.of()).read(SharedFolder.require("data/onu-inventory.csv"));

        assertThat(UnitKeys.resolve(real, "300-s-harper-4")).isEqualTo(new UnitKey("300 S Harper", "4"));
        VicvilException error = catchThrowableOfType(VicvilException.class, () -> UnitKeys.resolve(real, "4"));
        assertThat(error).hasMessageEndingWith("did you mean: 300 S Harper #4, 350 S Harper #4, 400 S Harper #4?");
    }

    private VicvilException unknown(String typed) {
        VicvilException error = catchThrowableOfType(VicvilException.class, () -> UnitKeys.resolve(inventory, typed));
        assertThat(error).as("resolving %s should fail", typed).isNotNull();
        return error;
    }

    /** 300 S Harper #1–#12, 350 S Harper #1–#4, 250 S Harper #1–#3. */
    private static Inventory complex() {
        List<InventoryRow> rows = new ArrayList<>();
        int line = 2;
        for (int unit = 1; unit <= 12; unit++) {
            rows.add(InventoryTest.row(line++, "300 S Harper", String.valueOf(unit), null, null));
        }
        for (int unit = 1; unit <= 4; unit++) {
            rows.add(InventoryTest.row(line++, "350 S Harper", String.valueOf(unit), null, null));
        }
        for (int unit = 1; unit <= 3; unit++) {
            rows.add(InventoryTest.row(line++, "250 S Harper", String.valueOf(unit), null, null));
        }
        return new Inventory(Path.of("onus.csv"), rows);
    }
}

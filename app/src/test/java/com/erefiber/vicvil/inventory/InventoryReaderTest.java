package com.erefiber.vicvil.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.testing.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryReaderTest {
    private static final String HEADER = "onu_name,serial_number,mac_address,property,unit,date_added,status,uisp_id\n";

    @TempDir
    Path dir;

    @Test
    void readsTheOperatorsRealInventory() {
        Inventory inventory = new InventoryReader(Map.of()).read(SharedFolder.require("data/onu-inventory.csv"));

        assertThat(inventory.size()).isEqualTo(118);
        assertThat(inventory.buildings())
                .hasSize(21)
                .startsWith("250 S Harper", "300 S Harper")
                .endsWith("900 S Harper");
        assertThat(inventory.unitsOf("300 S Harper")).hasSize(12);
        assertThat(inventory.unitsOf("900 S Harper")).hasSize(6);
        assertThat(inventory.rows()).noneMatch(InventoryRow::hasOnu);
        InventoryRow first = inventory.rows().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.unit()).isEqualTo(new UnitKey("250 S Harper", "1"));
        assertThat(first.onuName()).contains("250-s-harper-1");
        assertThat(first.status()).isEqualTo("pending");
        assertThat(first.uispId()).isEmpty();
    }

    @Test
    void readsTheShippedExampleWithAndWithoutOnus() {
        Inventory inventory =
                new InventoryReader(Map.of()).read(SharedFolder.repoRoot().resolve("inventory/onus.example.csv"));

        assertThat(inventory.buildings()).containsExactly("300 S Harper", "350 S Harper");
        assertThat(inventory.rows()).anyMatch(InventoryRow::hasOnu).anyMatch(row -> !row.hasOnu());
        assertThat(inventory.rows())
                .allMatch(row -> row.onuName().orElseThrow().equals(row.unit().slug()));
    }

    @Test
    void normalisesMacSpellingsAndSerials() throws IOException {
        Inventory inventory = read(HEADER
                + "a,ubnt0001 ,AA-BB-CC-DD-EE-01,300 S Harper,1,2025-03-04,active,17\n"
                + "b,,aabb.ccdd.ee02,300 S Harper,2,3/4/2025,active,\n"
                + "c,,aabbccddee03,300 S Harper,3,,,\n"
                + "d, UBNT0004,,300 S Harper,4,,pending,\n");

        assertThat(inventory.rows())
                .extracting(InventoryRow::mac)
                .containsExactly(
                        Optional.of("aa:bb:cc:dd:ee:01"),
                        Optional.of("aa:bb:cc:dd:ee:02"),
                        Optional.of("aa:bb:cc:dd:ee:03"),
                        Optional.empty());
        assertThat(inventory.rows())
                .extracting(InventoryRow::serial)
                .containsExactly(Optional.of("UBNT0001"), Optional.empty(), Optional.empty(), Optional.of("UBNT0004"));
        assertThat(inventory.rows())
                .extracting(InventoryRow::dateAdded)
                .containsExactly(
                        Optional.of(LocalDate.of(2025, 3, 4)),
                        Optional.of(LocalDate.of(2025, 3, 4)),
                        Optional.empty(),
                        Optional.empty());
        assertThat(inventory.rows().get(0).uispId()).contains("17");
        assertThat(inventory.rows()).allMatch(InventoryRow::hasOnu);
    }

    @Test
    void acceptsColumnsInAnyOrderAndIgnoresUnknownOnes() throws IOException {
        Inventory inventory =
                read("Unit, Notes ,PROPERTY,uisp_id,status,date_added,mac_address,serial_number,onu_name\n"
                        + "4,\"corner flat, 2nd floor\",300 S Harper,,,,,,\n");

        InventoryRow row = inventory.rows().get(0);
        assertThat(row.unit()).isEqualTo(new UnitKey("300 S Harper", "4"));
        assertThat(row.hasOnu()).isFalse();
        assertThat(row.onuName()).isEmpty();
        assertThat(row.status()).isEmpty();
    }

    @Test
    void appliesPropertyAliasesWhateverTheirCaseAndSpacing() throws IOException {
        Inventory inventory = new InventoryReader(Map.of("300 South Harper", "300 S Harper"))
                .read(write(HEADER + ",,,300  south harper,1,,,\n,,,350 S Harper,1,,,\n"));

        assertThat(inventory.rows())
                .extracting(InventoryRow::unit)
                .containsExactly(new UnitKey("300 S Harper", "1"), new UnitKey("350 S Harper", "1"));
    }

    @Test
    void skipsBlankRowsAndCountsLinesOfQuotedMultiLineValues() throws IOException {
        Path file = write("\uFEFF" + HEADER
                + "\n"
                + "\"first\nsecond\",,,300 S Harper,1,,,\n"
                + ",,,,,,,\n"
                + ",,,300 S Harper,2,,,\n");

        Inventory inventory = new InventoryReader(Map.of()).read(file);

        assertThat(inventory.rows()).extracting(InventoryRow::line).containsExactly(3, 6);
        assertThat(inventory.rows().get(0).onuName()).contains("first\nsecond");
    }

    @Test
    void duplicateUnitNamesBothLines() throws IOException {
        InventoryException error =
                failure(HEADER + ",,,300 S Harper,1,,,\n" + ",,,300 S Harper,2,,,\n" + ",,,300 S Harper,2,,,\n");

        assertThat(error)
                .hasMessage(
                        dir.resolve("onus.csv") + ":4: column unit: duplicate unit 300 S Harper #2 (also on line 3)");
        assertThat(error.exitCode()).isEqualTo(ExitCodes.CONFIG);
    }

    @Test
    void sameUnitNumberInTwoBuildingsIsNoDuplicate() throws IOException {
        Inventory inventory = read(HEADER + ",,,300 S Harper,2,,,\n,,,350 S Harper,2,,,\n");

        assertThat(inventory.size()).isEqualTo(2);
    }

    @Test
    void aBuildingSpelledTwoWaysIsAnError() throws IOException {
        InventoryException error = failure(HEADER + ",,,300 S Harper,1,,,\n,,,300 s harper,2,,,\n");

        assertThat(error)
                .hasMessageEndingWith(
                        "onus.csv:3: column property: \"300 s harper\" is spelled \"300 S Harper\" on line 2; use one spelling per building");
    }

    @Test
    void duplicateSerialNamesBothLinesWhateverTheCase() throws IOException {
        InventoryException error =
                failure(HEADER + ",UBNT0001,,300 S Harper,1,,,\n" + ",ubnt0001,,350 S Harper,1,,,\n");

        assertThat(error)
                .hasMessageEndingWith("onus.csv:3: column serial_number: duplicate serial UBNT0001 (also on line 2)");
    }

    @Test
    void duplicateMacNamesBothLinesWhateverTheSpelling() throws IOException {
        InventoryException error = failure(HEADER
                + ",,aa:bb:cc:dd:ee:01,300 S Harper,1,,,\n"
                + ",,,300 S Harper,2,,,\n"
                + ",,AABB.CCDD.EE01,350 S Harper,1,,,\n");

        assertThat(error)
                .hasMessageEndingWith(
                        "onus.csv:4: column mac_address: duplicate MAC aa:bb:cc:dd:ee:01 (also on line 2)");
    }

    @Test
    void duplicateOnuNameIsAnError() throws IOException {
        InventoryException error = failure(HEADER + "ONU-1,,,300 S Harper,1,,,\nonu-1,,,350 S Harper,1,,,\n");

        assertThat(error)
                .hasMessageContaining("onus.csv:3: column onu_name: duplicate ONU name \"onu-1\" (ONU names must")
                .hasMessageContaining("(also on line 2)");
    }

    @Test
    void malformedMacNamesLineColumnAndValue() throws IOException {
        InventoryException error = failure(HEADER + ",,,300 S Harper,1,,,\n,,aa:bb:cc:dd:ee,300 S Harper,2,,,\n");

        assertThat(error)
                .hasMessageEndingWith(
                        "onus.csv:3: column mac_address: malformed MAC \"aa:bb:cc:dd:ee\" (expected 12 hex digits, e.g. aa:bb:cc:dd:ee:ff)");
    }

    @Test
    void missingRequiredColumnIsNamed() throws IOException {
        InventoryException error =
                failure("onu_name,serial_number,mac_address,property,date_added\nx,,,300 S Harper,\n");

        assertThat(error).hasMessageStartingWith(dir.resolve("onus.csv") + ":1: missing required column \"unit\"");
        assertThat(error.exitCode()).isEqualTo(ExitCodes.CONFIG);
    }

    @Test
    void everyColumnOfTheOperatorsHeaderIsRequired() throws IOException {
        InventoryException noMac =
                failure("onu_name,serial_number,property,unit,date_added,status,uisp_id\n" + "x,,300 S Harper,1,,,\n");
        InventoryException noDate =
                failure("onu_name,serial_number,mac_address,property,unit,status,uisp_id\n" + "x,,,300 S Harper,1,,\n");

        assertThat(noMac)
                .hasMessageStartingWith(dir.resolve("onus.csv") + ":1: missing required column \"mac_address\"");
        assertThat(noDate)
                .hasMessageStartingWith(dir.resolve("onus.csv") + ":1: missing required column \"date_added\"");
        assertThat(noMac.exitCode()).isEqualTo(ExitCodes.CONFIG);
    }

    @Test
    void emptyPropertyOrUnitIsNamed() throws IOException {
        InventoryException error = failure(HEADER + ",,,,1,,,\n,,,300 S Harper,,,,\n");

        assertThat(error.problems())
                .containsExactly(
                        dir.resolve("onus.csv")
                                + ":2: column property: empty; every row needs the building's Innago property name, e.g. \"300 S Harper\"",
                        dir.resolve("onus.csv")
                                + ":3: column unit: empty; every row needs the unit number as Innago names it");
    }

    @Test
    void malformedDateIsNamed() throws IOException {
        InventoryException error = failure(HEADER + ",,,300 S Harper,1,March 3,,\n");

        assertThat(error)
                .hasMessageEndingWith(
                        "onus.csv:2: column date_added: \"March 3\" is not a date (expected YYYY-MM-DD or M/D/YYYY)");
    }

    @Test
    void aRowShiftedByAnUnquotedCommaIsAnError() throws IOException {
        InventoryException error = failure(HEADER + "a,b,,300 S Harper,1,,pending,,extra\n");

        assertThat(error)
                .hasMessageEndingWith(
                        "onus.csv:2: has 9 values but the header has 8 (a value containing a comma must be in double quotes)");
    }

    @Test
    void anUnclosedQuoteNamesTheLineItStartsOn() throws IOException {
        InventoryException error = failure(HEADER + ",,,300 S Harper,1,,,\n\"oops,,,300 S Harper,2,,,\n");

        assertThat(error).hasMessageEndingWith("onus.csv:3: a quoted value is never closed (missing \")");
    }

    @Test
    void reportsEveryProblemAtOnceAndSummarisesTheRest() throws IOException {
        InventoryException error = failure(HEADER
                + ",,zz,300 S Harper,1,,,\n"
                + ",,zz,300 S Harper,2,,,\n"
                + ",,zz,300 S Harper,3,,,\n"
                + ",,zz,300 S Harper,4,,,\n"
                + ",,zz,300 S Harper,5,,,\n");

        assertThat(error.problems()).hasSize(5);
        assertThat(error.getMessage())
                .contains("onus.csv:2:", "onus.csv:3:", "onus.csv:4:")
                .doesNotContain("onus.csv:5:")
                .endsWith("; and 2 more problems")
                .doesNotContain("\n");
    }

    @Test
    void emptyFileHeaderOnlyAndMissingFileAreErrors() throws IOException {
        assertThat(failure("")).hasMessageContaining("onus.csv: empty file; expected the header onu_name,");
        assertThat(failure(HEADER)).hasMessageEndingWith("onus.csv: no units listed under the header");
        Path missing = dir.resolve("nope.csv");
        InventoryException error =
                catchThrowableOfType(InventoryException.class, () -> new InventoryReader(Map.of()).read(missing));
        assertThat(error).hasMessage(missing + ": inventory file not found");
        assertThat(error.exitCode()).isEqualTo(ExitCodes.CONFIG);
    }

    @Test
    void textThatIsNotUtf8IsNamed() throws IOException {
        Path file = dir.resolve("onus.csv");
        Files.write(
                file,
                (HEADER + ",,,300 S Harper,1,,,\n,,,Caf\u00e9 Harper,1,,,\n").getBytes(StandardCharsets.ISO_8859_1));

        InventoryException error =
                catchThrowableOfType(InventoryException.class, () -> new InventoryReader(Map.of()).read(file));

        assertThat(error).hasMessageContaining("onus.csv:").hasMessageContaining("not UTF-8 text");
    }

    private Inventory read(String csv) throws IOException {
        return new InventoryReader(Map.of()).read(write(csv));
    }

    private InventoryException failure(String csv) throws IOException {
        Path file = write(csv);
        InventoryException error =
                catchThrowableOfType(InventoryException.class, () -> new InventoryReader(Map.of()).read(file));
        assertThat(error).as("reading %s should fail", csv).isNotNull();
        return error;
    }

    private Path write(String csv) throws IOException {
        return Files.writeString(dir.resolve("onus.csv"), csv);
    }
}

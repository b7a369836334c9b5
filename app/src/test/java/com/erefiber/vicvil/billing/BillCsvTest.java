package com.erefiber.vicvil.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bill's CSV keeps names from Innago as text: nothing a spreadsheet would run as a formula. */
class BillCsvTest {
    private static Bill billFor(String building, String unit, String tenant) {
        BigDecimal rate = new BigDecimal("45.00");
        Bill.BilledUnit billed = new Bill.BilledUnit(
                building,
                unit,
                tenant,
                "lease-1",
                LocalDate.of(2025, 6, 1),
                null,
                "Village Fiber 500",
                rate,
                31,
                31,
                BigDecimal.ONE,
                rate);
        return new Bill(
                YearMonth.of(2026, 1),
                "any_day",
                LocalDate.of(2026, 1, 31),
                118,
                1,
                rate,
                List.of(new Bill.PackageLine("Village Fiber 500", rate, 1, BigDecimal.ONE, rate)),
                List.of(billed),
                rate);
    }

    private static String[] row(Bill bill) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(BillCsv.of(bill)))) {
            List<String[]> rows = reader.readAll();
            assertThat(rows).hasSize(2);
            return rows.get(1);
        }
    }

    @Test
    void aTenantNameThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        String[] cells = row(billFor("300 S Harper", "4", "=HYPERLINK(\"http://example.test\",\"pay here\")"));

        assertThat(cells[2]).isEqualTo("'=HYPERLINK(\"http://example.test\",\"pay here\")");
    }

    @Test
    void everyFormulaStartIsDefusedInEveryTextCell() throws Exception {
        // (a carriage return is checked on the cell itself below: opencsv's reader drops it when reading back)
        for (String start : List.of("=", "+", "-", "@", "\t")) {
            String[] cells = row(billFor(start + "1 Main", start + "2", start + "cmd|' /C calc'!A0"));

            assertThat(cells[0]).as(start).isEqualTo("'" + start + "1 Main");
            assertThat(cells[1]).as(start).isEqualTo("'" + start + "2");
            assertThat(cells[2]).as(start).startsWith("'" + start);
        }
        assertThat(BillCsv.text("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void ordinaryNamesAndAmountsAreLeftAsTheyAre() throws Exception {
        String[] cells = row(billFor("300 S Harper", "4", "Ada O'Hara"));

        assertThat(cells)
                .containsExactly(
                        "300 S Harper",
                        "4",
                        "Ada O'Hara",
                        "lease-1",
                        "2025-06-01",
                        "",
                        "Village Fiber 500",
                        "45.00",
                        "31",
                        "31",
                        "1",
                        "45.00");
    }
}

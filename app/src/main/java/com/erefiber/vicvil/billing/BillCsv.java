package com.erefiber.vicvil.billing;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The bill as CSV (opencsv): a header, then one row per billed unit; amounts are plain decimals. The text cells come
 * from Innago (tenant and unit names anyone with a lease can influence) and the file goes to the complex's office,
 * which opens it in a spreadsheet: a cell that a spreadsheet would take for a formula is written with a leading
 * apostrophe (OWASP's advice against CSV injection), so a tenant named {@code =HYPERLINK(...)} stays text.
 */
public final class BillCsv {
    /** The columns, in order. */
    public static final String[] HEADER = {
        "building",
        "unit",
        "tenant",
        "lease_uid",
        "lease_start",
        "lease_end",
        "package",
        "rate",
        "occupied_days",
        "days_in_month",
        "quantity",
        "amount"
    };

    /** What a spreadsheet reads as the start of a formula (or, for tab and CR, lets one through). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private BillCsv() {}

    /** The CSV text of {@code bill}. */
    public static String of(Bill bill) {
        StringWriter text = new StringWriter();
        try (CSVWriter csv = new CSVWriter(text)) {
            csv.writeNext(HEADER, false);
            for (Bill.BilledUnit unit : bill.units()) {
                csv.writeNext(
                        new String[] {
                            text(unit.building()),
                            text(unit.unit()),
                            text(unit.tenant()),
                            text(unit.leaseUid()),
                            unit.leaseStart().toString(),
                            Optional.ofNullable(unit.leaseEnd())
                                    .map(LocalDate::toString)
                                    .orElse(""),
                            text(unit.packageName()),
                            plain(unit.rate()),
                            Integer.toString(unit.occupiedDays()),
                            Integer.toString(unit.daysInMonth()),
                            plain(unit.quantity()),
                            plain(unit.amount())
                        },
                        false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** {@code value}, kept from being read as a formula: what starts like one gets a leading apostrophe. */
    static String text(String value) {
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}

package com.erefiber.vicvil.billing;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The bill as CSV (opencsv): a header, then one row per billed unit; amounts are plain decimals. */
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

    private BillCsv() {}

    /** The CSV text of {@code bill}. */
    public static String of(Bill bill) {
        StringWriter text = new StringWriter();
        try (CSVWriter csv = new CSVWriter(text)) {
            csv.writeNext(HEADER, false);
            for (Bill.BilledUnit unit : bill.units()) {
                csv.writeNext(
                        new String[] {
                            unit.building(),
                            unit.unit(),
                            unit.tenant(),
                            unit.leaseUid(),
                            unit.leaseStart().toString(),
                            Optional.ofNullable(unit.leaseEnd())
                                    .map(LocalDate::toString)
                                    .orElse(""),
                            unit.packageName(),
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

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}

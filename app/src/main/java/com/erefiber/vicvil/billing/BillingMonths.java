package com.erefiber.vicvil.billing;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** {@code --month previous|current|YYYY-MM}, read against the run's day; a month in the future is refused (exit 2). */
public final class BillingMonths {
    private BillingMonths() {}

    /** The month {@code text} names on {@code today} (the complex's date). */
    public static YearMonth resolve(String text, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        YearMonth month =
                switch (text.strip().toLowerCase(Locale.ROOT)) {
                    case "previous" -> current.minusMonths(1);
                    case "current" -> current;
                    default -> parse(text.strip());
                };
        if (month.isAfter(current)) {
            throw new VicvilException(
                    ExitCodes.USAGE,
                    "--month " + month + " is in the future (today is " + today + "): billing is in arrears");
        }
        return month;
    }

    private static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new VicvilException(
                    ExitCodes.USAGE, "--month " + text + ": expected previous, current or YYYY-MM (e.g. 2026-01)");
        }
    }
}

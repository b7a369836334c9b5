package com.erefiber.vicvil.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** US dollars as the seed's report prints them: {@code $5,085.00}. */
final class Money {
    private Money() {}

    static String format(BigDecimal amount) {
        // DecimalFormat is not thread-safe: one per call.
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return (amount.signum() < 0 ? "-$" : "$") + format.format(amount.abs());
    }
}

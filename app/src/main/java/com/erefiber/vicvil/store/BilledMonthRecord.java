package com.erefiber.vicvil.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A frozen month as the store holds it: the bill (JSON, the billing job's to read), its headline figures, whether it
 * was recomputed after the fact, and what was done with it (the UISP invoice, the mail).
 */
public record BilledMonthRecord(
        YearMonth month,
        String billJson,
        int occupied,
        BigDecimal total,
        boolean recomputed,
        Instant frozenAt,
        Optional<Long> invoiceId,
        Optional<Instant> emailedAt) {}

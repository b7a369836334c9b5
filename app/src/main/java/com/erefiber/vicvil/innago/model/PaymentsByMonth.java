package com.erefiber.vicvil.innago.model;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One row of {@code GET /v1/payments} ({@code PaymentWithAdditionalInfoResponse}): what one tenant of one
 * unit paid towards one due month. Uids are empty when Innago leaves them out.
 */
public record PaymentsByMonth(
        Optional<String> propertyUid,
        String propertyName,
        Optional<String> propertyUnitUid,
        String propertyUnitName,
        Optional<String> tenantUid,
        Optional<String> tenantEmail,
        Optional<String> tenantPhone,
        Optional<String> leaseUid,
        YearMonth dueMonth,
        Optional<BigDecimal> totalPayment,
        List<Payment> payments) {

    public PaymentsByMonth {
        payments = List.copyOf(payments);
    }
}

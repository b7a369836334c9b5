package com.erefiber.vicvil.innago.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One payment, from the payments-by-month model ({@code PaymentTransactionModel}: {@code paidOn},
 * {@code depositedOn}) or the payment model ({@code PaymentInfoModel}: {@code paymentDate},
 * {@code paymentCategory}); {@code paidOn} takes whichever of {@code paidOn}/{@code paymentDate} is sent.
 * Status ("Pending, Paid, Rejected, Reversed") and mode are Innago's text, empty when absent.
 */
public record Payment(
        String paymentUid,
        Optional<String> invoiceUid,
        BigDecimal amount,
        Optional<LocalDateTime> paidOn,
        Optional<LocalDateTime> depositedOn,
        String paymentMode,
        String paymentStatus,
        String paymentCategory) {}

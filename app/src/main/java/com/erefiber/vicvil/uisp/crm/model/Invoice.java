package com.erefiber.vicvil.uisp.crm.model;

import com.erefiber.vicvil.uisp.crm.CrmDate;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A CRM invoice ({@code InvoiceReadOnly}, the fields vicvil uses); status 0 is a draft. */
public record Invoice(
        @JsonProperty(required = true) long id,
        @JsonProperty(required = true) long clientId,
        String number,
        @JsonProperty(required = true) int status,
        @CrmDate OffsetDateTime createdDate,
        @CrmDate OffsetDateTime dueDate,
        BigDecimal total,
        BigDecimal amountToPay,
        String currencyCode,
        List<Item> items) {

    public static final int DRAFT = 0;
    public static final int UNPAID = 1;
    public static final int PARTIALLY_PAID = 2;
    public static final int PAID = 3;
    public static final int VOID = 4;
    public static final int PROCESSED_PROFORMA = 5;

    public Invoice {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One invoice line. */
    public record Item(Long id, String label, BigDecimal price, BigDecimal quantity, BigDecimal total) {}
}

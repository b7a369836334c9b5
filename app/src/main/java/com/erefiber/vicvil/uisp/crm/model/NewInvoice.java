package com.erefiber.vicvil.uisp.crm.model;

import com.erefiber.vicvil.uisp.crm.CrmDate;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The body of an invoice created for a client ({@code InvoiceNew}); null fields are left out. {@code number}
 * null lets the CRM number it; {@code draft} true keeps it unissued.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewInvoice(
        String number,
        List<Item> items,
        Boolean draft,
        Integer maturityDays,
        String notes,
        @CrmDate OffsetDateTime createdDate) {

    public NewInvoice {
        items = List.copyOf(items);
    }

    /** A custom line: label, unit price and quantity. */
    public record Item(String label, BigDecimal price, BigDecimal quantity) {}
}

package com.erefiber.vicvil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddOnInvoicesTest {
    private final AddOnInvoices addOns =
            AddOnInvoices.of(List.of("inv-1"), List.of(BigDecimal.ZERO, new BigDecimal("10"), new BigDecimal("15.00")));

    @Test
    void knowsItsInvoicesByUidAndALostStoresByTheirAmount() {
        assertThat(addOns.isAddOn("inv-1", new BigDecimal("1250"))).isTrue();
        assertThat(addOns.isAddOn("inv-2", new BigDecimal("10.00"))).isTrue();
        assertThat(addOns.isAddOn("inv-3", new BigDecimal("15"))).isTrue();
        assertThat(addOns.isAddOn("inv-4", new BigDecimal("1250.00"))).isFalse();
        // a package without an add-on (0) makes no zero-amount invoice an add-on
        assertThat(addOns.isAddOn("inv-5", BigDecimal.ZERO)).isFalse();
    }

    @Test
    void namesTheItemAfterThePackage() {
        assertThat(AddOnInvoices.item("Village Fiber 1G")).isEqualTo("Village Fiber 1G add-on");
    }
}

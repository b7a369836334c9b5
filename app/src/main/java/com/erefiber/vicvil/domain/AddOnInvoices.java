package com.erefiber.vicvil.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the add-on invoices vicvil itself creates in Innago for upgraded packages (DESIGN §2), which are never
 * "unpaid rent": by the uids the store recorded when it created them and, when the store was lost, by their amount
 * being one of the packages' {@code tenant_addon} amounts (Innago's read model has no item text). An invoice of the
 * lease's own rent amount is rent even when an add-on costs the same.
 */
public record AddOnInvoices(Set<String> knownUids, Set<BigDecimal> addOnAmounts) {

    public AddOnInvoices {
        knownUids = Set.copyOf(knownUids);
        addOnAmounts = addOnAmounts.stream()
                .filter(amount -> amount.signum() > 0)
                .map(BigDecimal::stripTrailingZeros)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether the invoice is one of vicvil's add-ons rather than rent. */
    public boolean isAddOn(String invoiceUid, BigDecimal amount, Optional<BigDecimal> leaseRent) {
        if (knownUids.contains(invoiceUid)) {
            return true;
        }
        boolean rentSized = leaseRent.map(rent -> rent.compareTo(amount) == 0).orElse(false);
        return !rentSized && addOnAmounts.contains(amount.stripTrailingZeros());
    }
}

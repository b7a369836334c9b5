package com.erefiber.vicvil.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monthly add-on invoices vicvil creates in Innago for an upgraded package (DESIGN §2, Upgrades): their item
 * text, and how rent tells them from rent. An invoice is an add-on when the store knows its uid, or (the store
 * lost, or the add-on made by hand) when its amount is some package's add-on: no rent is as small as an add-on.
 * An unpaid add-on never suspends service.
 */
public final class AddOnInvoices {
    private final Set<String> knownUids;
    private final Set<BigDecimal> amounts;

    private AddOnInvoices(Set<String> knownUids, Set<BigDecimal> amounts) {
        this.knownUids = knownUids;
        this.amounts = amounts;
    }

    /**
     * @param knownUids    the uids of the add-on invoices the store recorded
     * @param addOnAmounts the packages' {@code tenant_addon} amounts (zeros are ignored)
     */
    public static AddOnInvoices of(Collection<String> knownUids, Collection<BigDecimal> addOnAmounts) {
        return new AddOnInvoices(
                Set.copyOf(knownUids),
                addOnAmounts.stream()
                        .filter(amount -> amount.signum() > 0)
                        .map(BigDecimal::stripTrailingZeros)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** The invoice item of a package's add-on: {@code Village Fiber 1G add-on}. */
    public static String item(String packageName) {
        return packageName + " add-on";
    }

    /** Whether the invoice with this uid and amount is an add-on invoice rather than rent. */
    public boolean isAddOn(String invoiceUid, BigDecimal amount) {
        return knownUids.contains(invoiceUid) || isAddOnAmount(amount);
    }

    /**
     * As {@link #isAddOn(String, BigDecimal)} for rent's sake: an invoice of the lease's own rent amount is rent even
     * when an add-on costs the same, so no rent invoice is ever left out by the amount rule.
     */
    public boolean isAddOn(String invoiceUid, BigDecimal amount, Optional<BigDecimal> leaseRent) {
        boolean rentSized = leaseRent.map(rent -> rent.compareTo(amount) == 0).orElse(false);
        return knownUids.contains(invoiceUid) || (!rentSized && isAddOnAmount(amount));
    }

    /** Whether {@code amount} is some package's add-on amount. */
    public boolean isAddOnAmount(BigDecimal amount) {
        return amount != null && amounts.contains(amount.stripTrailingZeros());
    }
}

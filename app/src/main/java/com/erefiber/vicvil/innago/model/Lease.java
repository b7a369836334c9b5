package com.erefiber.vicvil.innago.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One lease ({@code LeaseModel}). Innago gives no property or unit uid on a lease: only the names, so the
 * caller knows them from the query or matches by unit name. Status is the {@code is*} flags (there is no
 * status string). Dates are calendar dates (Innago sends midnights); {@code endDate} is empty for an
 * open-ended lease. There is no balance on a lease.
 */
public record Lease(
        String leaseUid,
        LocalDate startDate,
        Optional<LocalDate> endDate,
        String propertyName,
        String propertyAddress,
        String propertyUnitName,
        Optional<BigDecimal> rentAmount,
        Optional<BigDecimal> depositAmount,
        Optional<Integer> dueOn,
        String paymentFrequency,
        boolean activeLease,
        boolean expiredLease,
        boolean expiringLease,
        boolean futureLease,
        boolean listingArchived,
        int noOfTenants,
        List<Tenant> tenants) {

    public Lease {
        tenants = List.copyOf(tenants);
    }
}

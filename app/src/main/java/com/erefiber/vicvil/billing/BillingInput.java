package com.erefiber.vicvil.billing;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.UnitKey;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What a month's bill is computed from, all read beforehand: the month and the last day to count (the month's
 * end, or today for the month in progress), the count rule, the inventory units in scope (the denominator), every
 * lease read (of any unit), the packages of the units' tagged services, and the configured packages.
 */
public record BillingInput(
        YearMonth month,
        LocalDate countThrough,
        AppConfig.CountRule rule,
        List<UnitKey> units,
        List<Lease> leases,
        List<UnitPackage> services,
        List<AppConfig.Package> packages) {

    public BillingInput {
        Objects.requireNonNull(month, "month");
        if (countThrough.isBefore(month.atDay(1)) || countThrough.isAfter(month.atEndOfMonth())) {
            throw new IllegalArgumentException(countThrough + " is not a day of " + month);
        }
        units = List.copyOf(units);
        leases = List.copyOf(leases);
        services = List.copyOf(services);
        packages = List.copyOf(packages);
    }
}

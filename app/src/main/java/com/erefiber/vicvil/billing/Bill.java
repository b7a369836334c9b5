package com.erefiber.vicvil.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One month's bill to the complex (DESIGN §2, Billing): what was counted, a line per package and one per billed
 * unit. It is what a billed month freezes in the store (as JSON) and what every output format prints.
 *
 * @param month the billed month
 * @param countRule how units were counted ({@code any_day}, {@code first_day}, {@code prorated})
 * @param countedThrough the last day counted: the month's last day, or the as-of day for the month in progress
 * @param totalUnits the denominator: inventory units of the buildings in scope
 * @param occupiedUnits units with something billed
 * @param baseRate the default package's rate (the seed's "Base Rate")
 * @param packages one line per package with billed units, in config order
 * @param units one line per billed unit, by building and unit
 * @param total the amount due
 */
public record Bill(
        YearMonth month,
        String countRule,
        LocalDate countedThrough,
        int totalUnits,
        int occupiedUnits,
        BigDecimal baseRate,
        List<PackageLine> packages,
        List<BilledUnit> units,
        BigDecimal total) {

    public Bill {
        packages = List.copyOf(packages);
        units = List.copyOf(units);
    }

    /** Units with nothing billed. */
    public int vacantUnits() {
        return totalUnits - occupiedUnits;
    }

    /** One package's line: its rate, how many units are on it, the unit-months billed (units when not prorated). */
    public record PackageLine(String name, BigDecimal rate, int units, BigDecimal quantity, BigDecimal amount) {}

    /**
     * One billed unit: the lease current on its last occupied day of the month (and that lease's first tenant),
     * the package in effect that day, the days it was occupied, and what it costs.
     */
    public record BilledUnit(
            String building,
            String unit,
            String tenant,
            String leaseUid,
            LocalDate leaseStart,
            LocalDate leaseEnd,
            String packageName,
            BigDecimal rate,
            int occupiedDays,
            int daysInMonth,
            BigDecimal quantity,
            BigDecimal amount) {}
}

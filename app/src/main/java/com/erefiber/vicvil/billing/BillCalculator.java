package com.erefiber.vicvil.billing;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.Occupancy;
import com.erefiber.vicvil.domain.UnitKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The billing rules as one pure function (DESIGN §2, Billing): a unit is occupied on a day when a lease of it is
 * current that day ({@link Occupancy}: holdovers included; suspended and held units count, the complex pays
 * regardless); it counts for the month by the count rule, at the rate of the package its tagged service had on its
 * last occupied day (the default package when no service says).
 */
public final class BillCalculator {
    /** Unit-months of a prorated unit are shown to four places; amounts are rounded to the cent per unit. */
    private static final int QUANTITY_SCALE = 4;

    private BillCalculator() {}

    /** The bill, and what the operator must hear of (a current lease on no inventory unit, a plan no package is). */
    public record Result(Bill bill, List<Notice> notices) {}

    /** Computes the month's bill. */
    public static Result bill(BillingInput input) {
        Map<String, AppConfig.Package> packages = new LinkedHashMap<>();
        input.packages().forEach(pack -> packages.put(pack.name(), pack));
        AppConfig.Package defaultPackage = input.packages().stream()
                .filter(AppConfig.Package::isDefault)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no default package"));
        Map<UnitKey, List<Lease>> leasesByUnit = input.leases().stream().collect(Collectors.groupingBy(Lease::unit));
        Map<UnitKey, List<UnitPackage>> servicesByUnit =
                input.services().stream().collect(Collectors.groupingBy(UnitPackage::unit));
        int daysInMonth = input.month().lengthOfMonth();
        List<Bill.BilledUnit> billed = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        for (UnitKey unit : input.units().stream().sorted().toList()) {
            Optional<Days> days = occupied(unit, leasesByUnit.getOrDefault(unit, List.of()), input);
            if (days.isEmpty()) {
                continue;
            }
            Days occupied = days.get();
            BigDecimal quantity = quantity(input.rule(), occupied, input.month().atDay(1), daysInMonth);
            if (quantity.signum() == 0) {
                continue;
            }
            Optional<UnitPackage> service = serviceOn(occupied.last(), servicesByUnit.getOrDefault(unit, List.of()));
            AppConfig.Package pack =
                    service.map(found -> packages.get(found.packageName())).orElse(defaultPackage);
            if (service.isPresent() && !packages.containsKey(service.get().packageName())) {
                notices.add(Notice.data(
                        unit,
                        "service plan \"" + service.get().packageName()
                                + "\" is no configured package; billed at the default package's rate"));
            }
            BigDecimal amount = input.rule() == AppConfig.CountRule.PRORATED
                    ? pack.basePrice()
                            .multiply(BigDecimal.valueOf(occupied.count()))
                            .divide(BigDecimal.valueOf(daysInMonth), 2, RoundingMode.HALF_UP)
                    : pack.basePrice().setScale(2, RoundingMode.HALF_UP);
            Lease lease = occupied.lastLease();
            billed.add(new Bill.BilledUnit(
                    unit.property(),
                    unit.unit(),
                    lease.primaryTenant().map(tenant -> tenant.fullName()).orElse(""),
                    lease.uid(),
                    lease.start(),
                    lease.end().orElse(null),
                    pack.name(),
                    pack.basePrice().setScale(2, RoundingMode.HALF_UP),
                    occupied.count(),
                    daysInMonth,
                    quantity,
                    amount));
        }
        notices.addAll(unknownUnits(input));
        List<Bill.PackageLine> lines = new ArrayList<>();
        for (AppConfig.Package pack : input.packages()) {
            List<Bill.BilledUnit> on = billed.stream()
                    .filter(line -> line.packageName().equals(pack.name()))
                    .toList();
            if (!on.isEmpty()) {
                lines.add(new Bill.PackageLine(
                        pack.name(),
                        pack.basePrice().setScale(2, RoundingMode.HALF_UP),
                        on.size(),
                        on.stream()
                                .map(Bill.BilledUnit::quantity)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                                .setScale(QUANTITY_SCALE, RoundingMode.HALF_UP),
                        sum(on.stream().map(Bill.BilledUnit::amount).toList())));
            }
        }
        Bill bill = new Bill(
                input.month(),
                input.rule().name().toLowerCase(Locale.ROOT),
                input.countThrough(),
                input.units().size(),
                billed.size(),
                defaultPackage.basePrice().setScale(2, RoundingMode.HALF_UP),
                lines,
                billed,
                sum(lines.stream().map(Bill.PackageLine::amount).toList()));
        return new Result(bill, List.copyOf(notices));
    }

    /** The days of the month (through the last day counted) a unit was occupied, and by which lease last. */
    private record Days(int count, boolean firstDay, LocalDate last, Lease lastLease) {}

    private static Optional<Days> occupied(UnitKey unit, List<Lease> leases, BillingInput input) {
        int count = 0;
        boolean firstDay = false;
        LocalDate last = null;
        Lease lastLease = null;
        LocalDate first = input.month().atDay(1);
        for (LocalDate day = first; !day.isAfter(input.countThrough()); day = day.plusDays(1)) {
            // Occupancy reads only the local date of the instant: any zone gives the same day.
            Optional<Lease> current =
                    Occupancy.at(unit, leases, day.atStartOfDay(ZoneOffset.UTC)).current();
            if (current.isPresent()) {
                count++;
                firstDay |= day.equals(first);
                last = day;
                lastLease = current.get();
            }
        }
        return count == 0 ? Optional.empty() : Optional.of(new Days(count, firstDay, last, lastLease));
    }

    private static BigDecimal quantity(AppConfig.CountRule rule, Days days, LocalDate first, int daysInMonth) {
        return switch (rule) {
            case ANY_DAY -> BigDecimal.ONE;
            case FIRST_DAY -> days.firstDay() ? BigDecimal.ONE : BigDecimal.ZERO;
            case PRORATED -> BigDecimal.valueOf(days.count())
                    .divide(BigDecimal.valueOf(daysInMonth), QUANTITY_SCALE, RoundingMode.HALF_UP);
        };
    }

    /** The unit's service in effect on {@code day} (the latest started when several are). */
    private static Optional<UnitPackage> serviceOn(LocalDate day, List<UnitPackage> services) {
        return services.stream()
                .filter(service -> service.covers(day))
                .max(Comparator.comparing(
                        (UnitPackage service) -> service.from().orElse(LocalDate.MIN)));
    }

    /** Leases current during the month on a unit the inventory does not name: not billed, a data problem. */
    private static List<Notice> unknownUnits(BillingInput input) {
        Set<UnitKey> known = new HashSet<>(input.units());
        LocalDate first = input.month().atDay(1);
        return input.leases().stream()
                .filter(lease -> !known.contains(lease.unit()))
                .filter(lease -> !lease.start().isAfter(input.countThrough())
                        && lease.end().map(end -> !end.isBefore(first)).orElse(true))
                .map(lease -> Notice.data(
                        lease.unit(), "lease " + lease.uid() + " is on a unit the inventory does not name; not billed"))
                .toList();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}

package com.erefiber.vicvil.billing;

import static com.erefiber.vicvil.billing.BillingFixtures.GIG;
import static com.erefiber.vicvil.billing.BillingFixtures.PACKAGES;
import static com.erefiber.vicvil.billing.BillingFixtures.PRO;
import static com.erefiber.vicvil.billing.BillingFixtures.lease;
import static com.erefiber.vicvil.billing.BillingFixtures.unit;
import static com.erefiber.vicvil.billing.BillingFixtures.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.erefiber.vicvil.config.AppConfig.CountRule;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.UnitKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillCalculatorTest {
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final UnitKey STAYS = unit(300, 1);
    private static final UnitKey MOVES_OUT = unit(300, 2);
    private static final UnitKey MOVES_IN = unit(300, 3);
    private static final UnitKey VACANT = unit(300, 4);
    private static final List<UnitKey> FOUR = List.of(STAYS, MOVES_OUT, MOVES_IN, VACANT);
    /** One unit all month, a move-out on the 15th, a move-in on the 20th (31-day January). */
    private static final List<Lease> MOVES = List.of(
            lease("stays", STAYS, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31), true),
            lease("out", MOVES_OUT, LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 15), false),
            lease("in", MOVES_IN, LocalDate.of(2026, 1, 20), LocalDate.of(2027, 1, 19), true),
            lease("long-gone", VACANT, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), false));

    private static Bill bill(CountRule rule, List<UnitKey> units, List<Lease> leases, List<UnitPackage> services) {
        return BillCalculator.bill(
                        new BillingInput(JANUARY, JANUARY.atEndOfMonth(), rule, units, leases, services, PACKAGES))
                .bill();
    }

    @Test
    void anyDayCountsTheMoveOutAndTheMoveIn() {
        Bill bill = bill(CountRule.ANY_DAY, FOUR, MOVES, List.of());

        assertThat(bill.units())
                .extracting(Bill.BilledUnit::unit, Bill.BilledUnit::occupiedDays, Bill.BilledUnit::amount)
                .containsExactly(
                        tuple("1", 31, new BigDecimal("45.00")),
                        tuple("2", 15, new BigDecimal("45.00")),
                        tuple("3", 12, new BigDecimal("45.00")));
        assertThat(bill.occupiedUnits()).isEqualTo(3);
        assertThat(bill.vacantUnits()).isEqualTo(1);
        assertThat(bill.total()).isEqualByComparingTo("135.00");
    }

    @Test
    void firstDayCountsOnlyWhoLivedThereOnTheFirst() {
        Bill bill = bill(CountRule.FIRST_DAY, FOUR, MOVES, List.of());

        assertThat(bill.units()).extracting(Bill.BilledUnit::unit).containsExactly("1", "2");
        assertThat(bill.total()).isEqualByComparingTo("90.00");
    }

    @Test
    void proratedBillsTheOccupiedDays() {
        Bill bill = bill(CountRule.PRORATED, FOUR, MOVES, List.of());

        // 45 x 15/31 = 21.774 -> 21.77; 45 x 12/31 = 17.419 -> 17.42
        assertThat(bill.units())
                .extracting(Bill.BilledUnit::unit, Bill.BilledUnit::quantity, Bill.BilledUnit::amount)
                .containsExactly(
                        tuple("1", new BigDecimal("1.0000"), new BigDecimal("45.00")),
                        tuple("2", new BigDecimal("0.4839"), new BigDecimal("21.77")),
                        tuple("3", new BigDecimal("0.3871"), new BigDecimal("17.42")));
        assertThat(bill.total()).isEqualByComparingTo("84.19");
        assertThat(bill.packages()).singleElement().satisfies(line -> {
            assertThat(line.units()).isEqualTo(3);
            assertThat(line.quantity()).isEqualByComparingTo("1.8710");
        });
    }

    @Test
    void aBilledUnitNamesTheLeaseOfItsLastOccupiedDay() {
        Lease old = lease("old", STAYS, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 10), false);
        Lease next = lease("next", STAYS, LocalDate.of(2026, 1, 11), null, true);

        Bill bill = bill(CountRule.ANY_DAY, List.of(STAYS), List.of(old, next), List.of());

        assertThat(bill.units()).singleElement().satisfies(line -> {
            assertThat(line.leaseUid()).isEqualTo("next");
            assertThat(line.tenant()).isEqualTo("Tenant next");
            assertThat(line.leaseEnd()).isNull();
            assertThat(line.occupiedDays()).isEqualTo(31);
        });
    }

    @Test
    void aHoldoverStillCounts() {
        Lease holdover = lease("holdover", STAYS, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), true);

        assertThat(bill(CountRule.FIRST_DAY, List.of(STAYS), List.of(holdover), List.of())
                        .total())
                .isEqualByComparingTo("45.00");
    }

    @Test
    void eachUnitIsPricedAtThePackageOfItsServiceOnItsLastOccupiedDay() {
        List<UnitPackage> services = List.of(
                // moved up from 1G to 2G on the 10th: the 2G rate applies to the month
                new UnitPackage(
                        STAYS,
                        GIG.name(),
                        Optional.of(LocalDate.of(2025, 6, 1)),
                        Optional.of(LocalDate.of(2026, 1, 9))),
                new UnitPackage(STAYS, PRO.name(), Optional.of(LocalDate.of(2026, 1, 10)), Optional.empty()),
                // the old tenant's 1G service ended with the lease: the unit is billed for that tenant at 1G
                new UnitPackage(
                        MOVES_OUT,
                        GIG.name(),
                        Optional.of(LocalDate.of(2025, 2, 1)),
                        Optional.of(LocalDate.of(2026, 1, 15))),
                // a service that starts after the month is not the month's package
                new UnitPackage(MOVES_IN, PRO.name(), Optional.of(LocalDate.of(2026, 2, 1)), Optional.empty()));

        Bill bill = bill(CountRule.ANY_DAY, FOUR, MOVES, services);

        assertThat(bill.units())
                .extracting(Bill.BilledUnit::unit, Bill.BilledUnit::packageName, Bill.BilledUnit::amount)
                .containsExactly(
                        tuple("1", PRO.name(), new BigDecimal("60.00")),
                        tuple("2", GIG.name(), new BigDecimal("55.00")),
                        tuple("3", "Village Fiber 500", new BigDecimal("45.00")));
        assertThat(bill.packages())
                .extracting(Bill.PackageLine::name, Bill.PackageLine::units, Bill.PackageLine::amount)
                .containsExactly(
                        tuple("Village Fiber 500", 1, new BigDecimal("45.00")),
                        tuple(GIG.name(), 1, new BigDecimal("55.00")),
                        tuple(PRO.name(), 1, new BigDecimal("60.00")));
        assertThat(bill.total()).isEqualByComparingTo("160.00");
        assertThat(bill.baseRate()).isEqualByComparingTo("45.00");
    }

    @Test
    void aPlanThatIsNoPackageIsBilledAtTheDefaultRateAndReported() {
        BillCalculator.Result result = BillCalculator.bill(new BillingInput(
                JANUARY,
                JANUARY.atEndOfMonth(),
                CountRule.ANY_DAY,
                List.of(STAYS),
                MOVES.subList(0, 1),
                List.of(new UnitPackage(STAYS, "Legacy 100", Optional.empty(), Optional.empty())),
                PACKAGES));

        assertThat(result.bill().total()).isEqualByComparingTo("45.00");
        assertThat(result.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(Notice.Kind.DATA);
            assertThat(notice.message()).contains("Legacy 100");
        });
    }

    @Test
    void aCurrentLeaseOnAUnitTheInventoryLacksIsReportedNotBilled() {
        UnitKey unknown = new UnitKey("300 S Harper", "12B");
        List<Lease> leases = new ArrayList<>(MOVES);
        leases.add(lease("stray", unknown, LocalDate.of(2025, 1, 1), null, true));

        BillCalculator.Result result = BillCalculator.bill(new BillingInput(
                JANUARY, JANUARY.atEndOfMonth(), CountRule.ANY_DAY, FOUR, leases, List.of(), PACKAGES));

        assertThat(result.bill().total()).isEqualByComparingTo("135.00");
        assertThat(result.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.unit()).contains(unknown);
            assertThat(notice.message()).contains("stray");
        });
    }

    @Test
    void theMonthInProgressCountsOnlyTheDaysSoFar() {
        BillCalculator.Result result = BillCalculator.bill(new BillingInput(
                JANUARY, LocalDate.of(2026, 1, 18), CountRule.ANY_DAY, FOUR, MOVES, List.of(), PACKAGES));

        // the move-in on the 20th has not happened yet
        assertThat(result.bill().units()).extracting(Bill.BilledUnit::unit).containsExactly("1", "2");
        assertThat(result.bill().countedThrough()).isEqualTo(LocalDate.of(2026, 1, 18));
    }

    @Test
    void oneHundredThirteenOccupiedUnitsAtTheBaseRateDue5085() {
        List<UnitKey> all = units(500);
        List<Lease> leases = new ArrayList<>();
        for (int i = 0; i < 113; i++) {
            leases.add(lease("l" + i, all.get(i * 4), LocalDate.of(2025, 8, 1), null, true));
        }

        Bill bill = bill(CountRule.ANY_DAY, all, leases, List.of());

        assertThat(bill.occupiedUnits()).isEqualTo(113);
        assertThat(bill.totalUnits()).isEqualTo(500);
        assertThat(bill.total()).isEqualByComparingTo("5085.00");
    }
}

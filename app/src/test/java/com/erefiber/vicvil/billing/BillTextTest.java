package com.erefiber.vicvil.billing;

import static com.erefiber.vicvil.billing.BillingFixtures.PACKAGES;
import static com.erefiber.vicvil.billing.BillingFixtures.lease;
import static com.erefiber.vicvil.billing.BillingFixtures.units;
import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.config.AppConfig.CountRule;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.UnitKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillTextTest {
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    static Bill occupied(int occupied, int total) {
        List<UnitKey> all = units(total);
        List<Lease> leases = new ArrayList<>();
        for (int i = 0; i < occupied; i++) {
            leases.add(lease("l" + i, all.get(i), LocalDate.of(2025, 8, 1), null, true));
        }
        return BillCalculator.bill(new BillingInput(
                        JANUARY, JANUARY.atEndOfMonth(), CountRule.ANY_DAY, all, leases, List.of(), PACKAGES))
                .bill();
    }

    private static String text(BilledMonth billed) {
        StringWriter out = new StringWriter();
        BillText.print(billed, "ERE Fiber", "Victorian Village", new PrintWriter(out));
        return out.toString();
    }

    @Test
    void theSeedsLayoutWithALinePerPackage() {
        String text = text(new BilledMonth(occupied(113, 118), BilledMonth.Source.NEW, Optional.empty()));

        assertThat(text)
                .startsWith(
                        """
                        ERE Fiber - Victorian Village - 1/2026
                        ==================================================
                        Occupied Units:    113 / 118
                        Vacant Units:      5

                        Base Rate:         $45.00/unit
                          Village Fiber 500             113 x $45.00      $5,085.00
                        ==================================================
                        TOTAL DUE:         $5,085.00
                        ==================================================
                        """);
    }

    @Test
    void onFiveHundredUnitsTheTotalStaysTheSame() {
        String text = text(new BilledMonth(occupied(113, 500), BilledMonth.Source.NEW, Optional.empty()));

        assertThat(text).contains("Occupied Units:    113 / 500\n", "Vacant Units:      387\n");
        assertThat(text).contains("TOTAL DUE:         $5,085.00\n");
    }

    @Test
    void aRecomputedMonthSaysSo() {
        String text = text(new BilledMonth(occupied(2, 4), BilledMonth.Source.RECOMPUTED, Optional.empty()));

        assertThat(text).endsWith("Counted: any_day through 2026-01-31; recomputed\n");
    }
}

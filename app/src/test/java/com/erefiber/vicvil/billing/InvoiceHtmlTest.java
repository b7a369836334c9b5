package com.erefiber.vicvil.billing;

import static com.erefiber.vicvil.billing.BillingFixtures.GIG;
import static com.erefiber.vicvil.billing.BillingFixtures.PACKAGES;
import static com.erefiber.vicvil.billing.BillingFixtures.lease;
import static com.erefiber.vicvil.billing.BillingFixtures.units;
import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.config.AppConfig.CountRule;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.UnitKey;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class InvoiceHtmlTest {
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final InvoiceHtml.Parties PARTIES = new InvoiceHtml.Parties(
            "ERE Fiber", "1 Main St, Nelsonville, OH", "Victorian Village <Apartments>", "S Harper Street");

    /** 113 occupied of 118: 110 on the default package, 3 on 1G. */
    private static BilledMonth january() {
        List<UnitKey> all = units(118);
        List<Lease> leases = new ArrayList<>();
        List<UnitPackage> services = new ArrayList<>();
        for (int i = 0; i < 113; i++) {
            leases.add(lease("l" + i, all.get(i), LocalDate.of(2025, 8, 1), null, true));
            if (i < 3) {
                services.add(new UnitPackage(all.get(i), GIG.name(), Optional.empty(), Optional.empty()));
            }
        }
        Bill bill = BillCalculator.bill(new BillingInput(
                        JANUARY, JANUARY.atEndOfMonth(), CountRule.ANY_DAY, all, leases, services, PACKAGES))
                .bill();
        return new BilledMonth(bill, BilledMonth.Source.NEW, Optional.empty());
    }

    private static Document render(List<MonthCount> history) {
        return Jsoup.parse(
                InvoiceHtml.render(january(), PARTIES, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3), history));
    }

    @Test
    void theInvoiceHasItsNumberALinePerPackageAndTheTotal() {
        Document html = render(List.of(new MonthCount(JANUARY, 113)));

        assertThat(html.selectFirst(".number").text()).isEqualTo("ERE-VV-2026-01");
        assertThat(html.selectFirst(".due-date").text()).isEqualTo("2026-03-03");
        assertThat(html.select("tr.line"))
                .extracting(
                        row -> row.selectFirst(".package").text(),
                        row -> row.selectFirst(".units").text(),
                        row -> row.selectFirst(".amount").text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Village Fiber 500", "110", "$4,950.00"),
                        org.assertj.core.groups.Tuple.tuple("Village Fiber 1G", "3", "$165.00"));
        assertThat(html.selectFirst(".total").text()).isEqualTo("$5,115.00");
        // names are text, never markup
        assertThat(html.selectFirst(".complex").text()).isEqualTo("Victorian Village <Apartments>");
        assertThat(html.select(".issuer h1").text()).isEqualTo("ERE Fiber");
    }

    @Test
    void theChartHasABarPerMonthWithDataScaledToTheHighest() {
        List<MonthCount> history = List.of(
                new MonthCount(YearMonth.of(2025, 10), 110),
                new MonthCount(YearMonth.of(2025, 12), 55),
                new MonthCount(JANUARY, 113));

        Document html = render(history);

        List<Element> bars = html.select(".chart .bar");
        assertThat(bars).extracting(bar -> bar.attr("data-month")).containsExactly("2025-10", "2025-12", "2026-01");
        assertThat(bars).extracting(bar -> bar.attr("data-units")).containsExactly("110", "55", "113");
        assertThat(bars)
                .extracting(bar -> bar.selectFirst(".fill").attr("style"))
                .containsExactly("height:117px", "height:58px", "height:120px");
    }

    @Test
    void itIsSelfContained() {
        Document html = render(List.of(new MonthCount(JANUARY, 113)));

        assertThat(html.select("link, script, img, iframe, object")).isEmpty();
        assertThat(html.select("[src], [href]")).isEmpty();
        assertThat(html.select("style").html()).doesNotContain("url(", "@import");
    }
}

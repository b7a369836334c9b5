package com.erefiber.vicvil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RentRuleTest {
    private static final RentRule RULE = new RentRule(5, new BigDecimal("5.00"));
    private static final Lease LEASE = LeaseFixtures.lease("L1", "2025-06-01", null, "T1");

    private static RentInvoice invoice(String uid, String due, RentInvoice.State state, String amount, String paid) {
        return new RentInvoice(
                uid,
                LocalDate.parse(due),
                state,
                state.name(),
                new BigDecimal(amount),
                Optional.ofNullable(paid).map(BigDecimal::new));
    }

    @Test
    void graceRunsThroughTheFifthAndTheSixthJudgesThisMonthsRent() {
        assertThat(RULE.judgedThrough(LEASE, LocalDate.parse("2026-03-05"))).isEqualTo("2026-02-01");
        assertThat(RULE.judgedThrough(LEASE, LocalDate.parse("2026-03-06"))).isEqualTo("2026-03-01");
        assertThat(RULE.inGrace(LEASE, LocalDate.parse("2026-03-05"))).isTrue();
        assertThat(RULE.inGrace(LEASE, LocalDate.parse("2026-03-06"))).isFalse();
    }

    @Test
    void anotherDueDayShiftsTheGraceByAsManyDays() {
        Lease tenth = new Lease("L2", LEASE.unit(), LEASE.start(), LEASE.end(), true, LEASE.tenants(), 10);
        assertThat(RULE.judgedThrough(tenth, LocalDate.parse("2026-03-14"))).isEqualTo("2026-02-10");
        assertThat(RULE.judgedThrough(tenth, LocalDate.parse("2026-03-15"))).isEqualTo("2026-03-10");
    }

    @Test
    void anUnpaidInvoiceDueByTheCutoffIsDelinquentAndALaterOneIsNotCounted() {
        List<RentInvoice> invoices = List.of(
                invoice("feb", "2026-02-01", RentInvoice.State.PAID, "850", null),
                invoice("mar", "2026-03-01", RentInvoice.State.OPEN, "850", null),
                invoice("apr", "2026-04-01", RentInvoice.State.OPEN, "850", null));

        RentJudgement judged = RULE.judge(LEASE, invoices, LocalDate.parse("2026-03-06"));

        assertThat(judged.status()).isEqualTo(RentStatus.DELINQUENT);
        assertThat(judged.unpaid()).isEqualByComparingTo("850");
        assertThat(judged.why()).contains("$850.00 unpaid", "invoice mar due 2026-03-01", "paid $0.00");
        assertThat(RULE.judge(LEASE, invoices, LocalDate.parse("2026-03-05")).status())
                .isEqualTo(RentStatus.OK);
    }

    @Test
    void aPartialPaymentCountsWhatIsLeftAndTheAllowanceForgivesCents() {
        RentJudgement half = RULE.judge(
                LEASE,
                List.of(invoice("mar", "2026-03-01", RentInvoice.State.PARTIAL, "850", "425")),
                LocalDate.parse("2026-03-06"));
        RentJudgement cents = RULE.judge(
                LEASE,
                List.of(invoice("mar", "2026-03-01", RentInvoice.State.PARTIAL, "850", "847.50")),
                LocalDate.parse("2026-03-06"));

        assertThat(half.status()).isEqualTo(RentStatus.DELINQUENT);
        assertThat(half.unpaid()).isEqualByComparingTo("425");
        assertThat(cents.status()).isEqualTo(RentStatus.OK);
        assertThat(cents.fullyPaid()).isFalse();
    }

    @Test
    void anUnknownStatusOrUnreadablePaymentsNeverSuspend() {
        RentJudgement unknown = RULE.judge(
                LEASE,
                List.of(
                        invoice("mar", "2026-03-01", RentInvoice.State.OPEN, "850", null),
                        new RentInvoice(
                                "odd",
                                LocalDate.parse("2026-02-01"),
                                RentInvoice.State.UNKNOWN,
                                "Overdue",
                                new BigDecimal("850"),
                                Optional.empty())),
                LocalDate.parse("2026-03-06"));
        RentJudgement unreadable = RULE.judge(
                LEASE,
                List.of(invoice("mar", "2026-03-01", RentInvoice.State.PARTIAL, "850", null)),
                LocalDate.parse("2026-03-06"));

        assertThat(unknown.status()).isEqualTo(RentStatus.UNKNOWN);
        assertThat(unknown.why()).contains("\"Overdue\"");
        assertThat(unreadable.status()).isEqualTo(RentStatus.UNKNOWN);
        assertThat(unreadable.why()).contains("payments of invoice mar could not be read");
    }

    @Test
    void addOnInvoicesAreKnownByStoredUidOrByAnAddOnAmountThatIsNotTheRent() {
        AddOnInvoices addOns = AddOnInvoices.of(Set.of("known"), Set.of(new BigDecimal("15"), BigDecimal.ZERO));
        Optional<BigDecimal> rent = Optional.of(new BigDecimal("850"));

        assertThat(addOns.isAddOn("known", new BigDecimal("850"), rent)).isTrue();
        assertThat(addOns.isAddOn("lost-store", new BigDecimal("15.00"), rent)).isTrue();
        assertThat(addOns.isAddOn("rent", new BigDecimal("850"), rent)).isFalse();
        assertThat(addOns.isAddOn("same-as-rent", new BigDecimal("15"), Optional.of(new BigDecimal("15"))))
                .isFalse();
        assertThat(addOns.isAddOn("zero", BigDecimal.ZERO, rent)).isFalse();
    }
}

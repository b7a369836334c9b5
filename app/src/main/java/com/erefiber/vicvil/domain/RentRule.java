package com.erefiber.vicvil.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rent rule of DESIGN §2: rent is due on the lease's {@code dueOn} day and grace runs through
 * {@code billing.grace_period_day} (the 5th for rent due on the 1st; for another due day, as many days after it),
 * all in the property's time zone. A lease is judged through the latest due date whose grace has passed; its balance
 * is what is open on its rent invoices due on or before that date (vicvil's add-on invoices are left out by the
 * caller); delinquent when the balance is above {@code billing.min_unpaid}. An invoice status vicvil does not know,
 * or payments it could not read, make the judgement UNKNOWN, which never suspends and never restores.
 */
public record RentRule(int graceDay, BigDecimal minUnpaid) {

    public RentRule {
        if (graceDay < 1 || graceDay > 28) {
            throw new IllegalArgumentException("grace day must be 1-28, not " + graceDay);
        }
    }

    /** The last day of grace for rent due on {@code dueDate}. */
    public LocalDate graceEnd(LocalDate dueDate) {
        return dueDate.plusDays(graceDay - 1L);
    }

    /** The latest due date of {@code lease} whose grace has passed on {@code today}. */
    public LocalDate judgedThrough(Lease lease, LocalDate today) {
        LocalDate due = lease.lastDueDate(today);
        return today.isAfter(graceEnd(due)) ? due : lease.lastDueDate(due.minusDays(1));
    }

    /** The first day a suspension can come for the rent cycle {@code today} falls in: the day after its grace. */
    public LocalDate suspensionDay(Lease lease, LocalDate today) {
        return graceEnd(lease.lastDueDate(today)).plusDays(1);
    }

    /** Whether {@code today} is within the grace of the lease's latest due date (rent may still come in). */
    public boolean inGrace(Lease lease, LocalDate today) {
        return !today.isAfter(graceEnd(lease.lastDueDate(today)));
    }

    /** Judges a lease on {@code today} from its rent invoices (add-ons already left out). */
    public RentJudgement judge(Lease lease, List<RentInvoice> invoices, LocalDate today) {
        LocalDate through = judgedThrough(lease, today);
        List<RentInvoice> due = invoices.stream()
                .filter(invoice -> !invoice.dueDate().isAfter(through))
                .toList();
        List<RentInvoice> unknown =
                due.stream().filter(invoice -> invoice.unpaid().isEmpty()).toList();
        List<RentInvoice> open = due.stream()
                .filter(invoice -> invoice.state() != RentInvoice.State.PAID)
                .toList();
        boolean fullyPaid = open.isEmpty();
        if (!unknown.isEmpty()) {
            return new RentJudgement(
                    RentStatus.UNKNOWN,
                    BigDecimal.ZERO,
                    through,
                    open,
                    false,
                    "rent not judged: "
                            + unknown.stream().map(RentRule::unreadable).collect(Collectors.joining("; ")));
        }
        BigDecimal unpaid =
                open.stream().map(invoice -> invoice.unpaid().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (unpaid.compareTo(minUnpaid) > 0) {
            return new RentJudgement(
                    RentStatus.DELINQUENT,
                    unpaid,
                    through,
                    open,
                    false,
                    money(unpaid) + " unpaid after the grace day (" + graceEnd(through) + "): " + details(open));
        }
        String why = open.isEmpty()
                ? "rent paid through the invoice due "
                        + latestDue(due).map(LocalDate::toString).orElse("(none due)")
                : money(unpaid) + " open, not above billing.min_unpaid (" + money(minUnpaid) + "): " + details(open);
        return new RentJudgement(RentStatus.OK, unpaid, through, open, fullyPaid, why);
    }

    /** "$1,234.50". */
    public static String money(BigDecimal amount) {
        return String.format(java.util.Locale.US, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static Optional<LocalDate> latestDue(List<RentInvoice> invoices) {
        return invoices.stream().map(RentInvoice::dueDate).max(LocalDate::compareTo);
    }

    private static String details(List<RentInvoice> open) {
        return open.stream()
                .map(invoice ->
                        "invoice " + invoice.uid() + " due " + invoice.dueDate() + ", " + money(invoice.amount())
                                + ", " + invoice.statusText() + ", paid "
                                + money(invoice.paid()
                                        .orElse(invoice.amount()
                                                .subtract(invoice.unpaid().orElseThrow()))))
                .collect(Collectors.joining("; "));
    }

    private static String unreadable(RentInvoice invoice) {
        return invoice.state() == RentInvoice.State.PARTIAL
                ? "the payments of invoice " + invoice.uid() + " could not be read"
                : "invoice " + invoice.uid() + " has status \"" + invoice.statusText()
                        + "\", which vicvil does not know";
    }
}

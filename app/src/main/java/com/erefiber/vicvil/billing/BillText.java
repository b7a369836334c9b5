package com.erefiber.vicvil.billing;

import java.io.PrintWriter;

/**
 * The bill in the seed's report layout ("ERE Fiber - Victorian Village - 1/2026", occupied / vacant, base rate,
 * TOTAL DUE), with a line per package and, when the figures are not simply this run's, where they come from.
 */
public final class BillText {
    private static final String RULE = "=".repeat(50);

    private BillText() {}

    /** Prints {@code billed} for the complex {@code complexName}, billed by {@code issuerName}. */
    public static void print(BilledMonth billed, String issuerName, String complexName, PrintWriter out) {
        Bill bill = billed.bill();
        out.println(issuerName + " - " + complexName + " - " + bill.month().getMonthValue() + "/"
                + bill.month().getYear());
        out.println(RULE);
        out.println(row("Occupied Units:", bill.occupiedUnits() + " / " + bill.totalUnits()));
        out.println(row("Vacant Units:", Integer.toString(bill.vacantUnits())));
        if (bill.countRule().equals("prorated")) {
            out.println(row(
                    "Unit-months:",
                    bill.packages().stream()
                            .map(Bill.PackageLine::quantity)
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                            .toPlainString()));
        }
        out.println();
        out.println(row("Base Rate:", Money.format(bill.baseRate()) + "/unit"));
        for (Bill.PackageLine line : bill.packages()) {
            String count = bill.countRule().equals("prorated")
                    ? line.quantity().toPlainString()
                    : Integer.toString(line.units());
            out.println(String.format(
                    "  %-24s %8s x %-8s %12s",
                    line.name(), count, Money.format(line.rate()), Money.format(line.amount())));
        }
        out.println(RULE);
        out.println(row("TOTAL DUE:", Money.format(bill.total())));
        out.println(RULE);
        out.println("Counted: " + bill.countRule() + " through " + bill.countedThrough() + "; "
                + billed.source().label()
                + billed.frozenAt().map(at -> " (frozen " + at + ")").orElse(""));
        out.flush();
    }

    private static String row(String label, String value) {
        return String.format("%-19s%s", label, value);
    }
}

package com.erefiber.vicvil.status;

import com.erefiber.vicvil.core.LocalTimes;
import com.erefiber.vicvil.domain.RentRule;
import com.erefiber.vicvil.store.RunRecord;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Optional;

/** Renders a {@link StatusReport} as the table an operator reads, times in the complex's zone as {@code log} shows them. */
public final class StatusText {
    private static final String ROW = "%-20s %-18s %-18s %-8s %-8s %-24s %-16s %s%n";

    private StatusText() {}

    /** Prints the per-unit table, the totals and the last good run of each job; times in {@code zone}. */
    public static void print(StatusReport report, ZoneId zone, PrintWriter out) {
        out.printf(ROW, "UNIT", "ONU NAME", "ONU", "CLIENT", "SERVICE", "RENT", "HOLD", "LAST ACTION");
        for (UnitStatus unit : report.units()) {
            String onu = unit.onuInstalled() ? unit.onuSerial().or(unit::onuMac).orElse("?") : "not installed";
            String last = unit.lastAction()
                    .map(action -> LocalTimes.format(action.at(), zone) + " " + action.job() + " " + action.action()
                            + " (" + action.outcome() + ")")
                    .orElse("-");
            out.printf(
                    ROW,
                    unit.unit(),
                    unit.onuName(),
                    onu,
                    unit.crmClientId().orElse("-"),
                    unit.crmServiceId().orElse("-"),
                    unit.rent().map(StatusText::rent).orElse("-"),
                    unit.hold().map(hold -> "until " + hold.until()).orElse("-"),
                    last);
        }
        StatusReport.Totals totals = report.totals();
        out.printf(
                "%n%d units in %d buildings: %d with an ONU installed, %d without; %d known in UISP;"
                        + " %d suspended for rent, %d on hold.%n",
                totals.units(),
                totals.buildings(),
                totals.withOnu(),
                totals.withoutOnu(),
                totals.knownInUisp(),
                totals.suspendedForRent(),
                totals.onHold());
        if (!report.storeExists()) {
            out.println("State store not created yet: no job has run.");
        }
        report.lastRuns().forEach((job, run) -> out.printf("last good %-13s %s%n", job + ":", describe(run, zone)));
    }

    /** "unpaid $850.00, suspended since 2026-03-06", "paid", "unknown". */
    private static String rent(UnitStatus.Rent rent) {
        String state =
                switch (rent.status()) {
                    case DELINQUENT -> "unpaid " + RentRule.money(rent.unpaid());
                    case OK -> "paid";
                    case UNKNOWN -> "unknown";
                };
        return state + rent.suspendedSince().map(day -> ", cut " + day).orElse("");
    }

    private static String describe(Optional<RunRecord> run, ZoneId zone) {
        return run.map(record -> LocalTimes.format(record.finishedAt().orElse(record.startedAt()), zone) + " (exit "
                        + record.exitCode().map(String::valueOf).orElse("?") + ")")
                .orElse("never");
    }
}

package com.erefiber.vicvil.status;

import com.erefiber.vicvil.core.LocalTimes;
import com.erefiber.vicvil.store.RunRecord;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Optional;

/** Renders a {@link StatusReport} as the table an operator reads, times in the complex's zone as {@code log} shows them. */
public final class StatusText {
    private static final String ROW = "%-20s %-18s %-18s %-8s %-8s %s%n";

    private StatusText() {}

    /** Prints the per-unit table, the totals and the last good run of each job; times in {@code zone}. */
    public static void print(StatusReport report, ZoneId zone, PrintWriter out) {
        out.printf(ROW, "UNIT", "ONU NAME", "ONU", "CLIENT", "SERVICE", "LAST ACTION");
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
                    last);
        }
        StatusReport.Totals totals = report.totals();
        out.printf(
                "%n%d units in %d buildings: %d with an ONU installed, %d without; %d known in UISP.%n",
                totals.units(), totals.buildings(), totals.withOnu(), totals.withoutOnu(), totals.knownInUisp());
        if (!report.storeExists()) {
            out.println("State store not created yet: no job has run.");
        }
        report.lastRuns().forEach((job, run) -> out.printf("last good %-13s %s%n", job + ":", describe(run, zone)));
    }

    private static String describe(Optional<RunRecord> run, ZoneId zone) {
        return run.map(record -> LocalTimes.format(record.finishedAt().orElse(record.startedAt()), zone) + " (exit "
                        + record.exitCode().map(String::valueOf).orElse("?") + ")")
                .orElse("never");
    }
}

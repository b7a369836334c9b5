package com.erefiber.vicvil.status;

import com.erefiber.vicvil.store.RunRecord;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Renders a {@link StatusReport} as the table an operator reads. */
public final class StatusText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String ROW = "%-20s %-18s %-8s %-8s %s%n";

    private StatusText() {}

    /** Prints the per-unit table, the totals and the last good run of each job. */
    public static void print(StatusReport report, PrintWriter out) {
        out.printf(ROW, "UNIT", "ONU", "CLIENT", "SERVICE", "LAST ACTION");
        for (UnitStatus unit : report.units()) {
            String onu = unit.onuInstalled() ? unit.onuSerial().or(unit::onuMac).orElse("?") : "not installed";
            String last = unit.lastAction()
                    .map(action -> WHEN.format(action.at()) + " " + action.job() + " " + action.action() + " ("
                            + action.outcome() + ")")
                    .orElse("-");
            out.printf(ROW, unit.unit(), onu, unit.crmClientId().orElse("-"), unit.crmServiceId().orElse("-"), last);
        }
        StatusReport.Totals totals = report.totals();
        out.printf("%n%d units in %d buildings: %d with an ONU installed, %d without; %d known in UISP.%n",
                totals.units(), totals.buildings(), totals.withOnu(), totals.withoutOnu(), totals.knownInUisp());
        if (!report.storeExists()) {
            out.println("State store not created yet: no job has run.");
        }
        report.lastRuns().forEach((job, run) -> out.printf("last good %-13s %s%n", job + ":", describe(run)));
    }

    private static String describe(Optional<RunRecord> run) {
        return run.map(record -> WHEN.format(record.finishedAt().orElse(record.startedAt())) + " (exit "
                + record.exitCode().map(String::valueOf).orElse("?") + ")").orElse("never");
    }
}

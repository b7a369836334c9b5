package com.erefiber.vicvil.status;

import com.erefiber.vicvil.core.LocalTimes;
import com.erefiber.vicvil.domain.RentRule;
import com.erefiber.vicvil.store.JournalEntry;
import com.erefiber.vicvil.store.RunRecord;
import com.erefiber.vicvil.store.UnitSeen;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders a {@link StatusReport} as the table an operator reads, times in the complex's zone as {@code log} shows them. */
public final class StatusText {
    private static final String ROW = "%-20s %-20s %-14s %-9s %-22s %-23s %-8s %-9s %-24s %-16s %s%n";

    private StatusText() {}

    /** Prints the per-unit table, the totals and the last good run of each job; times in {@code zone}. */
    public static void print(StatusReport report, ZoneId zone, Instant now, PrintWriter out) {
        out.printf(
                ROW,
                "UNIT",
                "ONU NAME",
                "ONU",
                "NMS",
                "TENANT",
                "LEASE",
                "PACKAGE",
                "SERVICE",
                "RENT",
                "HOLD",
                "LAST ACTION");
        for (UnitStatus unit : report.units()) {
            Optional<UnitSeen> seen = unit.seen();
            out.printf(
                    ROW,
                    unit.unit(),
                    unit.onuName(),
                    unit.onuInstalled() ? unit.onuSerial().or(unit::onuMac).orElse("?") : "not installed",
                    seen.map(StatusText::nms).orElse("-"),
                    seen.flatMap(UnitSeen::lease).map(UnitSeen.Lease::tenant).orElse("-"),
                    seen.flatMap(UnitSeen::lease).map(StatusText::dates).orElse("-"),
                    seen.flatMap(UnitSeen::packageName).orElse("-"),
                    seen.flatMap(UnitSeen::serviceStatus)
                            .map(status -> status.name().toLowerCase(Locale.ROOT))
                            .orElse("-"),
                    unit.rent().map(StatusText::rent).orElse("-"),
                    unit.hold().map(hold -> "until " + hold.until()).orElse("-"),
                    unit.lastAction().map(action -> lastAction(action, zone)).orElse("-"));
        }
        StatusReport.Totals totals = report.totals();
        out.printf(
                "%n%d units in %d buildings: %d with an ONU installed, %d without; %d known in UISP.%n",
                totals.units(), totals.buildings(), totals.withOnu(), totals.withoutOnu(), totals.knownInUisp());
        out.printf(
                "On %s: %d occupied, %d vacant%s; %d suspended for rent, %d on hold.%n",
                report.asOf(),
                totals.occupied(),
                totals.vacant(),
                totals.notSeen() == 0 ? "" : ", " + totals.notSeen() + " not seen yet (no sync-leases run)",
                totals.suspendedForRent(),
                totals.onHold());
        oldestSighting(report)
                .ifPresent(at -> out.printf(
                        "Tenants, leases, packages, services and ONU states as sync-leases last saw them: %s (%s).%n",
                        LocalTimes.format(at, zone), LocalTimes.age(at, now)));
        if (!report.storeExists()) {
            out.println("State store not created yet: no job has run.");
        }
        report.lastRuns().forEach((job, run) -> out.printf("last good %-13s %s%n", job + ":", describe(run, zone)));
    }

    /** Prints one unit in full, then its recent journal entries (newest first). */
    public static void printUnit(
            UnitStatus unit, List<JournalEntry> journal, ZoneId zone, Instant now, PrintWriter out) {
        Optional<UnitSeen> seen = unit.seen();
        Optional<UnitSeen.Lease> lease = seen.flatMap(UnitSeen::lease);
        field(out, "unit", unit.unit() + " (" + unit.slug() + ")");
        field(
                out,
                "ONU",
                unit.onuName() + ", "
                        + (unit.onuInstalled()
                                ? "serial " + unit.onuSerial().orElse("?") + ", MAC "
                                        + unit.onuMac().orElse("?")
                                : "not installed"));
        field(
                out,
                "ONU in NMS",
                seen.map(StatusText::nms).orElse("-")
                        + unit.nmsDeviceId().map(id -> " (device " + id + ")").orElse(""));
        field(out, "endpoint site", unit.nmsSiteId().orElse("-"));
        field(
                out,
                "occupied",
                unit.occupied().map(occupied -> occupied ? "yes" : "no").orElse("not seen yet"));
        field(out, "tenant", lease.map(UnitSeen.Lease::tenant).orElse("-"));
        field(
                out,
                "lease",
                lease.map(found -> found.uid() + ", " + dates(found)).orElse("-"));
        field(out, "package", seen.flatMap(UnitSeen::packageName).orElse("-"));
        field(
                out,
                "CRM service",
                seen.flatMap(UnitSeen::serviceStatus)
                                .map(status -> status.name().toLowerCase(Locale.ROOT))
                                .orElse("-")
                        + unit.crmServiceId().map(id -> " (service " + id + ")").orElse("")
                        + unit.crmClientId().map(id -> ", client " + id).orElse(""));
        field(
                out,
                "rent",
                unit.rent()
                        .map(rent -> rent(rent) + " (" + rent.why() + "; checked "
                                + LocalTimes.format(rent.checkedAt(), zone) + ")")
                        .orElse("-"));
        field(
                out,
                "hold",
                unit.hold()
                        .map(hold -> "until " + hold.until() + ": " + hold.reason() + " (set " + hold.setOn() + ")")
                        .orElse("-"));
        field(
                out,
                "last action",
                unit.lastAction().map(action -> lastAction(action, zone)).orElse("-"));
        field(
                out,
                "seen",
                seen.map(sighting -> LocalTimes.format(sighting.seenAt(), zone) + " ("
                                + LocalTimes.age(sighting.seenAt(), now) + ", by sync-leases)")
                        .orElse("never: no sync-leases run yet"));
        out.println();
        out.println(journal.isEmpty() ? "No journal entries for this unit." : "Recent journal entries:");
        journal.forEach(entry -> out.printf(
                "  %s  %-12s %-20s %-8s %s%s%n",
                LocalTimes.format(entry.startedAt(), zone),
                entry.job(),
                entry.action(),
                entry.outcome().name().toLowerCase(Locale.ROOT),
                entry.reason(),
                entry.detail().map(detail -> " -> " + detail).orElse("")));
    }

    private static void field(PrintWriter out, String name, String value) {
        out.printf("%-14s %s%n", name + ":", value);
    }

    private static Optional<Instant> oldestSighting(StatusReport report) {
        return report.units().stream()
                .flatMap(unit -> unit.seen().stream())
                .map(UnitSeen::seenAt)
                .min(Comparator.naturalOrder());
    }

    /** "enabled", "disabled", "not found" (no such ONU in the complex's part of NMS). */
    private static String nms(UnitSeen seen) {
        if (seen.onuName().isEmpty()) {
            return "not found";
        }
        return seen.onuEnabled().map(on -> on ? "enabled" : "disabled").orElse("?");
    }

    /** "2025-06-01..2026-05-31", open-ended "2025-06-01..". */
    private static String dates(UnitSeen.Lease lease) {
        return lease.start() + ".." + lease.end().map(LocalDate::toString).orElse("");
    }

    private static String lastAction(UnitStatus.LastAction action, ZoneId zone) {
        return LocalTimes.format(action.at(), zone) + " " + action.job() + " " + action.action() + " ("
                + action.outcome() + "): " + action.reason();
    }

    /** "unpaid $850.00, cut 2026-03-06", "paid", "unknown". */
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

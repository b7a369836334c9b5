package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.AsOf;
import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.inventory.UnitKeys;
import com.erefiber.vicvil.status.Drift;
import com.erefiber.vicvil.status.DriftText;
import com.erefiber.vicvil.status.LiveDrift;
import com.erefiber.vicvil.status.StatusReport;
import com.erefiber.vicvil.status.StatusText;
import com.erefiber.vicvil.status.UnitStatus;
import com.erefiber.vicvil.store.HoldsFile;
import com.erefiber.vicvil.store.JournalEntry;
import com.erefiber.vicvil.store.JournalQuery;
import com.erefiber.vicvil.store.RunRecord;
import com.erefiber.vicvil.store.StateStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vicvil status}: every unit from the inventory and the state store (no request), with totals; {@code --drift}
 * reads Innago and UISP live and lists their mismatches.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show every unit: ONU name and NMS state, tenant, lease, package, service, rent, hold, last"
                + " action, with totals — from the state store, no request (read-only; times in billing.timezone)."
                + " --drift reads Innago and UISP live and lists what disagrees (exit 1 when something does).")
final class StatusCommand implements Callable<Integer> {
    /** Journal entries shown with --unit. */
    private static final int UNIT_JOURNAL = 20;

    @ParentCommand
    private VicvilCommand root;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Option(
            names = "--unit",
            paramLabel = "KEY",
            description = "One unit in detail, with its recent journal entries, e.g. \"300 S Harper #4\".")
    private String unit;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Occupancy and holds on this day (YYYY-MM-DD), from what the store holds (default today).")
    private String asOf;

    @Option(
            names = "--drift",
            description = "Read Innago, UISP CRM and NMS live and list the mismatches by class, each with its fix.")
    private boolean drift;

    @Override
    public Integer call() throws JsonProcessingException {
        AppContext context = root.context();
        ZonedDateTime at =
                AsOf.resolve(Optional.ofNullable(asOf), context.config().zone(), context.clock());
        Optional<UnitKey> only = Optional.ofNullable(unit).map(text -> UnitKeys.resolve(context.inventory(), text));
        return drift ? drift(context, at, only) : status(context, at.toLocalDate(), only);
    }

    private int status(AppContext context, LocalDate day, Optional<UnitKey> only) throws JsonProcessingException {
        StatusReport report = report(context, day);
        if (only.isEmpty()) {
            if (json) {
                print(context, report);
            } else {
                StatusText.print(
                        report,
                        context.config().zone(),
                        context.clock().instant(),
                        context.console().out());
            }
            return ExitCodes.OK;
        }
        UnitStatus found = report.units().stream()
                .filter(status -> status.unit().equals(only.get()))
                .findFirst()
                .orElseThrow();
        List<JournalEntry> journal = context.existingStore()
                .map(store ->
                        store.journal().list(new JournalQuery(only, Optional.empty(), Optional.empty(), UNIT_JOURNAL)))
                .orElse(List.of());
        if (json) {
            print(context, new UnitDetail(found, journal));
        } else {
            StatusText.printUnit(
                    found,
                    journal,
                    context.config().zone(),
                    context.clock().instant(),
                    context.console().out());
        }
        return ExitCodes.OK;
    }

    /** {@code --unit --json}: the unit and its recent journal. */
    record UnitDetail(UnitStatus unit, List<JournalEntry> journal) {}

    private int drift(AppContext context, ZonedDateTime at, Optional<UnitKey> only) throws JsonProcessingException {
        List<Drift> found = LiveDrift.read(context, at).stream()
                .filter(one -> only.map(one.unit()::equals).orElse(true))
                .toList();
        if (json) {
            print(context, found);
        } else {
            DriftText.print(found, context.console().out());
        }
        return found.isEmpty() ? ExitCodes.OK : ExitCodes.ATTENTION;
    }

    private static void print(AppContext context, Object value) throws JsonProcessingException {
        context.console()
                .out()
                .println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }

    private static StatusReport report(AppContext context, LocalDate day) {
        String template = context.config().uisp().onuNameTemplate();
        Map<UnitKey, Hold> holds = new HoldsFile(context.config().holdsPath()).load();
        Optional<StateStore> existing = context.existingStore();
        if (existing.isEmpty()) {
            // A read-only command must not create the database: show the inventory alone.
            Map<String, Optional<RunRecord>> never = new LinkedHashMap<>();
            Job.labels().forEach(job -> never.put(job, Optional.empty()));
            return StatusReport.build(
                    day,
                    context.inventory(),
                    template,
                    List.of(),
                    List.of(),
                    never,
                    List.of(),
                    StatusReport.RentSide.none(holds),
                    false);
        }
        StateStore store = existing.get();
        if (!store.isCurrent()) {
            context.console().warn(store.olderSchemaNote());
        }
        Map<String, Optional<RunRecord>> lastRuns = new LinkedHashMap<>();
        Job.labels().forEach(job -> lastRuns.put(job, store.runs().lastSuccessful(job)));
        return StatusReport.build(
                day,
                context.inventory(),
                template,
                store.units().list(),
                store.journal().list(new JournalQuery(Optional.empty(), Optional.empty(), Optional.empty(), 5000)),
                lastRuns,
                store.isCurrent() ? store.seen().load() : List.of(),
                store.isCurrent()
                        ? new StatusReport.RentSide(
                                StatusReport.RentSide.newestPerUnit(
                                        store.rent().load().values()),
                                suspendedOn(store),
                                holds)
                        : StatusReport.RentSide.none(holds),
                true);
    }

    /** The units whose service vicvil suspended for rent, and since when. */
    private static Map<UnitKey, LocalDate> suspendedOn(StateStore store) {
        Map<UnitKey, LocalDate> suspended = new HashMap<>();
        store.leaseMemory().load().lastWrites().forEach((unit, writes) -> writes.suspendedOn()
                .ifPresent(day -> suspended.put(unit, day)));
        return suspended;
    }
}

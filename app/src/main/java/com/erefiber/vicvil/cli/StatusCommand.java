package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.status.StatusReport;
import com.erefiber.vicvil.status.StatusText;
import com.erefiber.vicvil.store.HoldsFile;
import com.erefiber.vicvil.store.JournalQuery;
import com.erefiber.vicvil.store.RunRecord;
import com.erefiber.vicvil.store.StateStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil status}: read-only view of every unit (inventory + state store), with totals. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show every unit: its ONU (name and serial), its UISP ids and last action, with totals "
                + "(read-only; times in billing.timezone).")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        AppContext context = root.context();
        StatusReport report = report(context);
        if (json) {
            context.console()
                    .out()
                    .println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            StatusText.print(report, context.config().zone(), context.console().out());
        }
        return ExitCodes.OK;
    }

    private static StatusReport report(AppContext context) {
        String template = context.config().uisp().onuNameTemplate();
        Map<UnitKey, Hold> holds = new HoldsFile(context.config().holdsPath()).load();
        Optional<StateStore> existing = context.existingStore();
        if (existing.isEmpty()) {
            // A read-only command must not create the database: show the inventory alone.
            Map<String, Optional<RunRecord>> never = new LinkedHashMap<>();
            Job.labels().forEach(job -> never.put(job, Optional.empty()));
            return StatusReport.build(
                    context.inventory(),
                    template,
                    List.of(),
                    List.of(),
                    never,
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
                context.inventory(),
                template,
                store.units().list(),
                store.journal().list(new JournalQuery(Optional.empty(), Optional.empty(), Optional.empty(), 5000)),
                lastRuns,
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

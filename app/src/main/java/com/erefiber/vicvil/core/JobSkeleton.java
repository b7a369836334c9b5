package com.erefiber.vicvil.core;

import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.core.plan.NoticeReport;
import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.plan.PlanApplier;
import com.erefiber.vicvil.core.plan.PlanOutput;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.store.Journal;
import com.erefiber.vicvil.store.JournalEntry;
import com.erefiber.vicvil.store.JournalOutcome;
import com.erefiber.vicvil.store.StateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one skeleton every mutating job runs in (DESIGN §3): read and plan (the job's), then the notices at one
 * point, then a tripped guard refuses (exit 4), a dry run or an empty plan prints the plan, or the plan is applied
 * with the journal; one totals line; the same exit-code rules for every job (1 when an action failed or a notice
 * needs the operator).
 */
public final class JobSkeleton {

    /** What a job brings to the skeleton. */
    public interface Steps {
        /** Reads in bulk and plans (notices found while reading come first in the plan). */
        Plan plan();

        /** The handlers that apply the plan, for a real run with the store open. */
        ActionExecutors executors(StateStore store);

        /** How many units the run looked at, for the totals line. */
        int unitsChecked();

        /** Records what the run saw, for a real run that was not refused (status reads it without a request). */
        default void remember(StateStore store) {}

        /** A last word for the totals line ("3 units have no ONU installed yet"). */
        default Optional<String> note() {
            return Optional.empty();
        }
    }

    private JobSkeleton() {}

    /** Runs {@code steps} as {@code run}; the plan goes to stdout as text, or JSON when {@code json}; returns the exit code. */
    public static int run(JobRun run, boolean json, Steps steps) {
        AppContext context = run.context();
        Console console = context.console();
        List<Notice> interrupted = run.dryRun() ? List.of() : reconcileUnfinished(run);
        Plan plan = steps.plan().withEarlierNotices(interrupted);
        NoticeReport.print(plan.notices(), console);
        if (plan.isRefused()) {
            PlanOutput.printPlan(run, plan, json);
            throw new VicvilException(
                    ExitCodes.REFUSED,
                    run.job() + " refused, nothing written: "
                            + plan.refusal().orElseThrow().reason());
        }
        if (run.dryRun() || plan.isEmpty()) {
            if (!run.dryRun()) {
                steps.remember(context.store());
            }
            PlanOutput.printPlan(run, plan, json);
            PlanOutput.printTotals(run, plan, Optional.empty(), steps.unitsChecked(), steps.note());
            return plan.needsAttention() ? ExitCodes.ATTENTION : ExitCodes.OK;
        }
        StateStore store = context.store();
        PlanApplier.Outcome outcome = new PlanApplier(
                        store.journal(),
                        run.runId().orElseThrow(),
                        run.job(),
                        context.config().safety().maxConcurrency(),
                        console)
                .apply(plan, steps.executors(store));
        steps.remember(store);
        PlanOutput.printPlan(run, plan, json);
        outcome.failures().forEach(console::error);
        PlanOutput.printTotals(run, plan, Optional.of(outcome), steps.unitsChecked(), steps.note());
        return outcome.allDone() && !plan.needsAttention() ? ExitCodes.OK : ExitCodes.ATTENTION;
    }

    /**
     * An action left pending by a killed run is not repeated: this run re-reads UISP (tags, userIdent, markers)
     * and plans from what is really there. The old entries are closed so the journal stays honest, and each is
     * reported for the operator's attention: whether that write happened is UISP's to tell.
     */
    public static List<Notice> reconcileUnfinished(JobRun run) {
        Journal journal = run.context().store().journal();
        List<Notice> notices = new ArrayList<>();
        for (JournalEntry entry : journal.pendingFor(run.job())) {
            journal.finish(
                    entry.id(),
                    JournalOutcome.FAILED,
                    "interrupted; reconciled by re-reading UISP in run "
                            + run.runId().orElseThrow());
            String message = "an earlier run stopped during " + entry.action() + "; re-read UISP instead of repeating"
                    + " it (check the unit in UISP)";
            notices.add(entry.unit()
                    .map(unit -> Notice.drift(unit, message))
                    .orElseGet(() -> Notice.general(Notice.Kind.DRIFT, message)));
        }
        return notices;
    }
}

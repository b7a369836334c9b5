package com.erefiber.vicvil.sync;

import com.erefiber.vicvil.app.AppContext;
import com.erefiber.vicvil.app.Console;
import com.erefiber.vicvil.app.ExitCodes;
import com.erefiber.vicvil.app.JobRun;
import com.erefiber.vicvil.app.VicvilException;
import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.mail.Mailer;
import com.erefiber.vicvil.mail.SmtpMailer;
import com.erefiber.vicvil.mail.WelcomeEmail;
import com.erefiber.vicvil.store.JournalEntry;
import com.erefiber.vicvil.store.JournalOutcome;
import com.erefiber.vicvil.store.StateStore;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * sync-leases (DESIGN §2–§4): read Innago and UISP in bulk, plan with {@link SyncLeasesPlanner}, then print
 * the plan (dry run), refuse it (a tripped guard, exit 4), or apply it with the journal.
 */
public final class SyncLeasesJob {
    /** The job's name in the journal, run history, lock message and healthcheck config. */
    public static final String NAME = "sync-leases";

    private final JobRun run;

    public SyncLeasesJob(JobRun run) {
        this.run = run;
    }

    /** Runs the job for {@code asOf}; the plan goes to stdout as text, or JSON when {@code json}; returns the exit code. */
    public int run(ZonedDateTime asOf, Optional<UnitKey> onlyUnit, boolean force, boolean json) {
        AppContext context = run.context();
        AppConfig config = context.config();
        Console console = context.console();
        // A bad welcome template must fail before anything is written, not at the first move-in.
        Optional<WelcomeEmail> welcome = config.email()
                .map(email -> WelcomeEmail.load(email.welcomeTemplate(), config.packages()));
        Optional<StateStore> store = run.dryRun() ? context.storeForDryRun() : Optional.of(context.store());
        SyncLeasesInput.StoreMemory remembered = store
                .map(opened -> new LeaseSyncMemory(opened.jdbi(), context.clock()).load())
                .orElse(SyncLeasesInput.StoreMemory.EMPTY);
        List<Notice> interrupted = run.dryRun() ? List.of()
                : store.map(this::reconcileUnfinished).orElse(List.of());

        SyncLeasesReader.Snapshot snapshot = new SyncLeasesReader(config, context.inventory(), context.innago(),
                context.uisp()).read(remembered, asOf, force, onlyUnit);
        Plan plan = SyncLeasesPlanner.plan(snapshot.input()).withEarlierNotices(snapshot.notices())
                .withEarlierNotices(interrupted);
        NoticeReport.print(plan.notices(), console);

        if (plan.isRefused()) {
            PlanOutput.print(NAME, plan, console, json);
            throw new VicvilException(ExitCodes.REFUSED, "sync-leases refused: " + plan.refusal().orElseThrow().reason()
                    + "; nothing was changed (check, then rerun with --force)");
        }
        int unitsChecked = onlyUnit.isPresent() ? 1 : context.inventory().size();
        if (run.dryRun() || plan.isEmpty()) {
            PlanOutput.printPlan(run, plan, json);
            PlanOutput.printTotals(run, plan, Optional.empty(), unitsChecked, Optional.empty());
            return plan.needsAttention() ? ExitCodes.ATTENTION : ExitCodes.OK;
        }
        StateStore opened = store.orElseThrow();
        VicvilAttributes attributes = snapshot.attributes().ensure(context.uisp().crm());
        Optional<Mailer> mailer = config.email().map(SmtpMailer::new);
        SyncLeasesExecutor executor = new SyncLeasesExecutor(config, context.uisp(), snapshot, attributes,
                new LeaseSyncMemory(opened.jdbi(), context.clock()), opened.units(), mailer, welcome,
                asOf.toLocalDate(), new OnuSiteExecutor(context.uisp(), config, context.inventory(), opened.units()));
        PlanApplier.Outcome outcome = new PlanApplier(opened.journal(), run.runId().orElseThrow(), NAME,
                config.safety().maxConcurrency(), console).apply(plan, executor);
        PlanOutput.printPlan(run, plan, json);
        outcome.failures().forEach(console::error);
        PlanOutput.printTotals(run, plan, Optional.of(outcome), unitsChecked, Optional.empty());
        return outcome.allDone() && !plan.needsAttention() ? ExitCodes.OK : ExitCodes.ATTENTION;
    }

    /**
     * An action left pending by a killed run is not repeated: this run re-reads UISP (tags, userIdent,
     * markers) and plans from what is really there. The old entries are closed so the journal stays honest,
     * and each is reported for the operator's attention: whether that write happened is UISP's to tell.
     */
    private List<Notice> reconcileUnfinished(StateStore store) {
        List<Notice> notices = new ArrayList<>();
        for (JournalEntry entry : store.journal().pendingFor(NAME)) {
            store.journal().finish(entry.id(), JournalOutcome.FAILED,
                    "interrupted; reconciled by re-reading UISP in run " + run.runId().orElseThrow());
            String message = "an earlier run stopped during " + entry.action() + "; re-read UISP instead of repeating"
                    + " it (check the unit in UISP)";
            notices.add(entry.unit().map(unit -> Notice.drift(unit, message))
                    .orElseGet(() -> Notice.general(Notice.Kind.DRIFT, message)));
        }
        return notices;
    }
}

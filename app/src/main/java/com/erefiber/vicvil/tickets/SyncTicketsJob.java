package com.erefiber.vicvil.tickets;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.JobRun;
import com.erefiber.vicvil.core.JobSkeleton;
import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.world.ReadAhead;
import com.erefiber.vicvil.store.StateStore;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * sync-tickets (DESIGN §2, Tickets and Upgrades): read in bulk, plan with {@link SyncTicketsPlanner}, then print
 * the plan (dry run) or apply it with the journal.
 */
public final class SyncTicketsJob {
    /** What a sync-tickets run reads whatever it finds ({@link ReadAhead}). */
    public static final ReadAhead READS = SyncTicketsReader.READS;

    private final JobRun run;

    public SyncTicketsJob(JobRun run) {
        this.run = run;
    }

    /** Runs the job for {@code asOf}; the plan goes to stdout as text, or JSON when {@code json}; returns the exit code. */
    public int run(ZonedDateTime asOf, boolean json) {
        AppContext context = run.context();
        AppConfig config = context.config();
        TicketClassifier classifier = new TicketClassifier(config.keywords());
        return JobSkeleton.run(run, json, new JobSkeleton.Steps() {
            @Override
            public Plan plan() {
                Optional<StateStore> store = run.dryRun() ? context.storeForDryRun() : Optional.of(context.store());
                YearMonth month = YearMonth.from(asOf.withZoneSameInstant(config.zone()));
                SyncTicketsInput input = new SyncTicketsReader(
                                config,
                                context.inventory(),
                                context.innago(),
                                context.leaseReader(),
                                context.uispReads(),
                                classifier)
                        .read(
                                store.map(opened -> opened.tickets().links()).orElse(List.of()),
                                store.map(opened -> opened.tickets().upgrades()).orElse(List.of()),
                                store.map(opened -> opened.addOnInvoices().leasesBilled(month))
                                        .orElse(Set.of()),
                                store.map(opened -> opened.addOnInvoices().unitsBilled(month))
                                        .orElse(Set.of()),
                                asOf);
                return SyncTicketsPlanner.plan(input, classifier);
            }

            @Override
            public ActionExecutors executors(StateStore store) {
                return new SyncTicketsExecutor(
                                context.uisp().crm(), context.innago(), store.tickets(), store.addOnInvoices())
                        .registerOn(new ActionExecutors());
            }

            @Override
            public int unitsChecked() {
                return context.inventory().size();
            }
        });
    }
}

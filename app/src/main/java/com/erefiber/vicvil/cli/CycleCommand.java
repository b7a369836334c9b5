package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.AsOf;
import com.erefiber.vicvil.core.JobRun;
import com.erefiber.vicvil.core.JobRunner;
import com.erefiber.vicvil.core.world.ReadAhead;
import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.leases.SyncLeasesJob;
import com.erefiber.vicvil.leases.SyncLeasesReader;
import com.erefiber.vicvil.rent.CheckRentJob;
import com.erefiber.vicvil.rent.RentReader;
import com.erefiber.vicvil.tickets.SyncTicketsJob;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code vicvil cycle}: sync-leases, check-rent and sync-tickets in turn, in one process. Each job runs exactly as
 * its own command would (its own lock turn, run record, journal, healthcheck and summary), and one job's failure
 * does not keep the next from running, as on three crontab lines; but the JVM starts once, and what the jobs read in
 * common (Innago's leases, UISP's lists) is read once, unless a job wrote something or failed before the next reads.
 */
@Command(
        name = "cycle",
        mixinStandardHelpOptions = true,
        description = "Run the three 5-minute jobs in turn in one process: sync-leases, check-rent, sync-tickets"
                + " (for cron: one start-up and one read of what they share instead of three).")
final class CycleCommand implements Callable<Integer> {
    /** A job of the cycle: what it reads ahead, and how it runs for "now" with no flags. */
    private record CycleJob(Job job, ReadAhead reads, BiFunction<JobRun, ZonedDateTime, Integer> body) {}

    /** The jobs of a cycle, in the order they run: leases first, so that rent and tickets see today's tenants. */
    private static final List<CycleJob> JOBS = List.of(
            new CycleJob(Job.SYNC_LEASES, SyncLeasesReader.READS, (run, now) -> new SyncLeasesJob(run)
                    .run(now, Optional.empty(), false, false)),
            new CycleJob(Job.CHECK_RENT, RentReader.READS, (run, now) -> new CheckRentJob(run)
                    .run(now, Optional.empty(), false, false)),
            new CycleJob(
                    Job.SYNC_TICKETS, SyncTicketsJob.READS, (run, now) -> new SyncTicketsJob(run).run(now, false)));

    @ParentCommand
    private VicvilCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dry-run", description = "Print each job's plan; write nothing anywhere.")
    private boolean dryRun;

    @Mixin
    private LockOptions lock;

    @Override
    public Integer call() {
        AppContext context = root.context();
        FailureReport failures = new FailureReport(root);
        JobRunner runner = new JobRunner(context, lock.waitSeconds);
        int worst = ExitCodes.OK;
        boolean endedWell = true;
        for (CycleJob cycleJob : JOBS) {
            context.nextJob(endedWell);
            String label = cycleJob.job().label();
            int code;
            try {
                code = runner.run(
                        label, dryRun, cycleJob.reads(), run -> cycleJob.body().apply(run, now(context)));
            } catch (RuntimeException e) {
                code = failures.report(e, spec.commandLine().getErr(), "vicvil: " + label + ": ");
            }
            worst = ExitCodes.worst(worst, code);
            if (code == ExitCodes.CONFIG) {
                // An invalid config, inventory or database fails every job the same way: once is enough to say so.
                break;
            }
            endedWell = code == ExitCodes.OK || code == ExitCodes.ATTENTION;
        }
        return worst;
    }

    private static ZonedDateTime now(AppContext context) {
        return AsOf.resolve(Optional.empty(), context.config().zone(), context.clock());
    }
}

package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.AsOf;
import com.erefiber.vicvil.core.JobRunner;
import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.tickets.SyncTicketsJob;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil sync-tickets}: forward internet tickets, keep their status in step, handle package upgrades. */
@Command(
        name = "sync-tickets",
        mixinStandardHelpOptions = true,
        description = "Forward Innago internet tickets to UISP, keep their status in step both ways, and apply"
                + " package upgrades (plan change, monthly add-on invoice).")
final class SyncTicketsCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Mixin
    private PlanOptions plan;

    @Mixin
    private LockOptions lock;

    @Override
    public Integer call() {
        AppContext context = root.context();
        return new JobRunner(context, lock.waitSeconds)
                .run(Job.SYNC_TICKETS.label(), plan.dryRun, SyncTicketsJob.READS, run -> new SyncTicketsJob(run)
                        .run(AsOf.resolve(Optional.empty(), context.config().zone(), context.clock()), plan.json));
    }
}

package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.JobRunner;
import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.leases.SyncLeasesJob;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil sync-leases}: provision on move-in, end on move-out. */
@Command(
        name = "sync-leases",
        mixinStandardHelpOptions = true,
        description = "Provision internet on move-in and end it on move-out (Innago leases -> UISP).")
final class SyncLeasesCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Mixin
    private PlanOptions plan;

    @Mixin
    private LockOptions lock;

    @Mixin
    private LeaseTargetOptions target;

    @Override
    public Integer call() {
        AppContext context = root.context();
        // Flags are checked before the run takes the lock or opens the store, so a typo creates nothing; "now" is
        // read once the lock is held.
        Supplier<ZonedDateTime> asOf = target.asOf(context);
        Optional<UnitKey> only = target.unit(context);
        return new JobRunner(context, lock.waitSeconds)
                .run(Job.SYNC_LEASES.label(), plan.dryRun, run -> new SyncLeasesJob(run)
                        .run(asOf.get(), only, target.force, plan.json));
    }
}

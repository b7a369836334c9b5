package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.leases.SyncLeasesJob;
import com.erefiber.vicvil.leases.SyncLeasesReader;
import java.util.concurrent.Callable;
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
        return target.run(
                root.context(),
                Job.SYNC_LEASES,
                SyncLeasesReader.READS,
                plan,
                lock,
                (run, asOf, unit, force, json) -> new SyncLeasesJob(run).run(asOf, unit, force, json));
    }
}

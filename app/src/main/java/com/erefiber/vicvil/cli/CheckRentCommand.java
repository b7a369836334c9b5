package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.JobRunner;
import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.rent.CheckRentJob;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil check-rent}: suspend for unpaid rent after the grace day, restore on payment. */
@Command(
        name = "check-rent",
        mixinStandardHelpOptions = true,
        description = "Suspend internet for rent unpaid after the grace day and restore it on payment (Innago invoices"
                + " -> UISP).")
final class CheckRentCommand implements Callable<Integer> {
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
        Supplier<ZonedDateTime> asOf = target.asOf(context);
        Optional<UnitKey> only = target.unit(context);
        return new JobRunner(context, lock.waitSeconds)
                .run(Job.CHECK_RENT.label(), plan.dryRun, run -> new CheckRentJob(run)
                        .run(asOf.get(), only, target.force, plan.json));
    }
}

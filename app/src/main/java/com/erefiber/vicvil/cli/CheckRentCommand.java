package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.rent.CheckRentJob;
import com.erefiber.vicvil.rent.RentReader;
import java.util.concurrent.Callable;
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
        return target.run(
                root.context(),
                Job.CHECK_RENT,
                RentReader.READS,
                plan,
                lock,
                (run, asOf, unit, force, json) -> new CheckRentJob(run).run(asOf, unit, force, json));
    }
}

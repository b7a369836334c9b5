package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.JobRunner;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.inventory.UnitKeys;
import com.erefiber.vicvil.rent.HoldDesk;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil release}: end a unit's hold, so check-rent judges its rent again. */
@Command(
        name = "release",
        mixinStandardHelpOptions = true,
        description = "End a unit's hold: check-rent judges its rent again from its next run.")
final class ReleaseCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Parameters(paramLabel = "UNIT", description = "The unit, e.g. \"300 S Harper #4\".")
    private String unit;

    @Mixin
    private LockOptions lock;

    @Override
    public Integer call() {
        AppContext context = root.context();
        UnitKey key = UnitKeys.resolve(context.inventory(), unit);
        return new JobRunner(context, lock.waitSeconds)
                .run(HoldDesk.JOB, false, run -> new HoldDesk(context).release(run, key));
    }
}

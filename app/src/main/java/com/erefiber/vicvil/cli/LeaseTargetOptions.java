package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.AsOf;
import com.erefiber.vicvil.core.JobRun;
import com.erefiber.vicvil.core.JobRunner;
import com.erefiber.vicvil.core.world.ReadAhead;
import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.inventory.UnitKeys;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --as-of}, {@code --unit} and {@code --force}: what a job that judges leases takes (sync-leases, and
 * check-rent next), worded and checked once.
 */
final class LeaseTargetOptions {
    @Option(
            names = "--as-of",
            paramLabel = "WHEN",
            description = "Act as if it were then: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], in the complex's time zone.")
    String asOf;

    @Option(
            names = "--unit",
            paramLabel = "KEY",
            description = "Only this unit, e.g. \"300 S Harper #4\" or 300-s-harper-4.")
    String unit;

    @Option(names = "--force", description = "Override a tripped safety guard (never in a crontab).")
    boolean force;

    /**
     * The instant the run acts for: {@code --as-of} checked now (so a typo creates nothing), else "now" read when
     * the supplier is called (once the run holds its lock).
     */
    Supplier<ZonedDateTime> asOf(AppContext context) {
        Optional<ZonedDateTime> given = Optional.ofNullable(asOf)
                .map(text -> AsOf.resolve(Optional.of(text), context.config().zone(), context.clock()));
        return () -> given.orElseGet(
                () -> AsOf.resolve(Optional.empty(), context.config().zone(), context.clock()));
    }

    /** A job that judges leases, as its command runs it. */
    @FunctionalInterface
    interface LeaseJob {
        int run(JobRun run, ZonedDateTime asOf, Optional<UnitKey> unit, boolean force, boolean json);
    }

    /**
     * Runs {@code job} under the run lock: the flags are checked before the run takes the lock or opens the store, so
     * a typo creates nothing; "now" is read once the lock is held.
     */
    int run(AppContext context, Job job, ReadAhead ahead, PlanOptions plan, LockOptions lock, LeaseJob body) {
        Supplier<ZonedDateTime> when = asOf(context);
        Optional<UnitKey> only = unit(context);
        return new JobRunner(context, lock.waitSeconds)
                .run(job.label(), plan.dryRun, ahead, run -> body.run(run, when.get(), only, force, plan.json));
    }

    /** The unit of {@code --unit}, checked against the inventory (an unknown one is a usage error with near matches). */
    Optional<UnitKey> unit(AppContext context) {
        return Optional.ofNullable(unit).map(text -> UnitKeys.resolve(context.inventory(), text));
    }
}

package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.app.AppContext;
import com.erefiber.vicvil.app.AsOf;
import com.erefiber.vicvil.app.JobRunner;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.inventory.UnitKeys;
import com.erefiber.vicvil.sync.SyncLeasesJob;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil sync-leases}: provision on move-in, end on move-out. */
@Command(name = "sync-leases", mixinStandardHelpOptions = true,
        description = "Provision internet on move-in and end it on move-out (Innago leases -> UISP).")
final class SyncLeasesCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Option(names = "--json", description = "Print the plan as JSON instead of a table.")
    private boolean json;

    @Option(names = "--dry-run", description = "Print the plan (unit, action, reason); write nothing anywhere.")
    private boolean dryRun;

    @Option(names = "--as-of", paramLabel = "WHEN",
            description = "Act as if it were then: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], in the complex's time zone.")
    private String asOf;

    @Option(names = "--unit", paramLabel = "KEY", description = "Only this unit, e.g. \"300 S Harper #4\" or 300-s-harper-4.")
    private String unit;

    @Option(names = "--force", description = "Override a tripped safety guard (never in a crontab).")
    private boolean force;

    @Override
    public Integer call() {
        AppContext context = root.context();
        ZoneId zone = context.config().zone();
        // Flags are checked before the run takes the lock or opens the store, so a typo creates nothing; "now" is
        // read once the lock is held.
        Optional<ZonedDateTime> given = Optional.ofNullable(asOf)
                .map(text -> AsOf.resolve(Optional.of(text), zone, context.clock()));
        Optional<UnitKey> only = Optional.ofNullable(unit).map(text -> UnitKeys.resolve(context.inventory(), text));
        return new JobRunner(context).run(SyncLeasesJob.NAME, dryRun, run -> new SyncLeasesJob(run).run(
                given.orElseGet(() -> AsOf.resolve(Optional.empty(), zone, context.clock())), only, force, json));
    }
}

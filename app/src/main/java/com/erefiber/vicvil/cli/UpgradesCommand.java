package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.AsOf;
import com.erefiber.vicvil.core.JobRunner;
import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.store.UpgradeRequest;
import com.erefiber.vicvil.tickets.SyncTicketsJob;
import com.erefiber.vicvil.tickets.UpgradeQueue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vicvil upgrades}: the package change requests; {@code approve ID} and {@code reject ID --reason}. */
@Command(
        name = "upgrades",
        mixinStandardHelpOptions = true,
        description = "List package change requests (read-only); approve or reject a pending one"
                + " (upgrades.approval: manual).",
        subcommands = {UpgradesCommand.Approve.class, UpgradesCommand.Reject.class})
final class UpgradesCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Override
    public Integer call() {
        AppContext context = root.context();
        List<UpgradeRequest> requests = context.existingStore()
                .filter(StateStore::isCurrent)
                .map(store -> store.tickets().upgrades())
                .orElse(List.of());
        context.console().out().print(UpgradeQueue.render(requests));
        context.console().out().flush();
        return ExitCodes.OK;
    }

    /**
     * What approve and reject share: the request's id and the run lock. The decision is stored, then sync-tickets runs
     * (under the run lock) so that it is carried out now.
     */
    abstract static class Decision implements Callable<Integer> {
        @ParentCommand
        private UpgradesCommand parent;

        @Mixin
        private LockOptions lock;

        @Parameters(paramLabel = "ID", description = "The request's id, as vicvil upgrades lists it.")
        private long id;

        /** The rejection's reason; empty to approve. */
        abstract Optional<String> reason();

        @Override
        public Integer call() {
            Optional<String> reason = reason();
            AppContext context = parent.root.context();
            return new JobRunner(context, lock.waitSeconds).run(Job.SYNC_TICKETS.label(), false, run -> {
                UpgradeRequest decided = UpgradeQueue.decide(context.store().tickets(), id, reason);
                context.console()
                        .info("upgrade request " + id + " (" + decided.unit() + ", " + decided.packageName() + ") "
                                + decided.state().name().toLowerCase(Locale.ROOT));
                return new SyncTicketsJob(run)
                        .run(AsOf.resolve(Optional.empty(), context.config().zone(), context.clock()), false);
            });
        }
    }

    /** {@code vicvil upgrades approve ID}. */
    @Command(
            name = "approve",
            mixinStandardHelpOptions = true,
            description = "Approve a pending request: its plan is changed, the tenant answered, the add-on billed.")
    static final class Approve extends Decision {
        @Override
        Optional<String> reason() {
            return Optional.empty();
        }
    }

    /** {@code vicvil upgrades reject ID --reason TEXT}. */
    @Command(
            name = "reject",
            mixinStandardHelpOptions = true,
            description = "Reject a pending request: the tenant gets the reason and the request is resolved.")
    static final class Reject extends Decision {
        @Spec
        private CommandSpec spec;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, for the tenant.")
        private String reason;

        @Override
        Optional<String> reason() {
            if (reason.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--reason must say why, for the tenant");
            }
            return Optional.of(reason.strip());
        }
    }
}

package com.erefiber.vicvil.rent;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.JobRun;
import com.erefiber.vicvil.core.JobSkeleton;
import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.domain.RentJudgement;
import com.erefiber.vicvil.domain.RentStatus;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.mail.SmtpMailer;
import com.erefiber.vicvil.store.HoldsFile;
import com.erefiber.vicvil.store.LeaseMemory;
import com.erefiber.vicvil.store.StateStore;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * check-rent (DESIGN §2, §4): read leases, UISP and the rent that must be judged now, plan with {@link RentPlanner},
 * then print the plan (dry run), refuse it (a tripped guard, exit 4), or apply it with the journal; a real run also
 * records what it concluded per lease (the rent cache {@code status} shows).
 */
public final class CheckRentJob {
    private final JobRun run;

    public CheckRentJob(JobRun run) {
        this.run = run;
    }

    /** Runs the job for {@code asOf}; returns the exit code. */
    public int run(ZonedDateTime asOf, Optional<UnitKey> onlyUnit, boolean force, boolean json) {
        AppContext context = run.context();
        Optional<StateStore> store = run.dryRun() ? context.storeForDryRun() : Optional.of(context.store());
        Steps steps = new Steps(context, store, asOf, onlyUnit, force);
        int code = JobSkeleton.run(run, json, steps);
        // The conclusions are facts about Innago, worth keeping even when the plan was refused; a dry run keeps none.
        if (!run.dryRun()) {
            steps.snapshot.ifPresent(read -> store.orElseThrow().rent().record(read.checked()));
        }
        return code;
    }

    /** The job's read, plan and apply steps; keeps what it read for the rent cache. */
    private static final class Steps implements JobSkeleton.Steps {
        private final AppContext context;
        private final Optional<StateStore> store;
        private final ZonedDateTime asOf;
        private final Optional<UnitKey> onlyUnit;
        private final boolean force;
        private Optional<RentReader.Snapshot> snapshot = Optional.empty();

        Steps(
                AppContext context,
                Optional<StateStore> store,
                ZonedDateTime asOf,
                Optional<UnitKey> onlyUnit,
                boolean force) {
            this.context = context;
            this.store = store;
            this.asOf = asOf;
            this.onlyUnit = onlyUnit;
            this.force = force;
        }

        @Override
        public Plan plan() {
            RentReader.Remembered remembered = new RentReader.Remembered(
                    store.map(opened -> opened.leaseMemory().load()).orElse(LeaseMemory.EMPTY),
                    store.map(opened -> opened.rent().load()).orElse(Map.of()),
                    store.map(opened -> opened.rent().warnings()).orElse(Map.of()),
                    store.map(opened -> opened.addOnInvoices().uids()).orElse(Set.of()));
            RentReader.Snapshot read = new RentReader(
                            context.config(),
                            context.inventory(),
                            context.innago(),
                            context.leaseReader(),
                            context.uispReads())
                    .read(remembered, new HoldsFile(context.config().holdsPath()).load(), asOf, force, onlyUnit);
            snapshot = Optional.of(read);
            return RentPlanner.plan(read.input()).withEarlierNotices(read.notices());
        }

        @Override
        public ActionExecutors executors(StateStore opened) {
            RentReader.Snapshot read = snapshot.orElseThrow();
            return new RentExecutor(
                            context.uisp(),
                            read,
                            read.attributes().ensure(context.uisp().crm()),
                            opened.leaseMemory(),
                            opened.units(),
                            opened.rent(),
                            asOf.withZoneSameInstant(context.config().zone()).toLocalDate(),
                            context.config().email().map(SmtpMailer::new),
                            context.config().complex().name())
                    .registerOn(new ActionExecutors());
        }

        @Override
        public int unitsChecked() {
            return onlyUnit.isPresent() ? 1 : context.inventory().size();
        }

        @Override
        public Optional<String> note() {
            RentReader.Snapshot read = snapshot.orElseThrow();
            Map<RentStatus, Long> counts = read.input().judgements().values().stream()
                    .collect(Collectors.groupingBy(RentJudgement::status, Collectors.counting()));
            return Optional.of("rent judged for " + read.input().judgements().size() + " lease(s): "
                    + counts.getOrDefault(RentStatus.DELINQUENT, 0L) + " unpaid, "
                    + counts.getOrDefault(RentStatus.OK, 0L) + " paid, "
                    + counts.getOrDefault(RentStatus.UNKNOWN, 0L) + " unknown; " + read.rentReads()
                    + " Innago read(s) of invoices and payments");
        }
    }
}

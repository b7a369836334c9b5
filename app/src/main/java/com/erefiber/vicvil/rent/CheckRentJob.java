package com.erefiber.vicvil.rent;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.JobRun;
import com.erefiber.vicvil.core.JobSkeleton;
import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.domain.RentJudgement;
import com.erefiber.vicvil.domain.RentStatus;
import com.erefiber.vicvil.domain.UnitKey;
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
        RentReader.Remembered remembered = new RentReader.Remembered(
                store.map(opened -> opened.leaseMemory().load()).orElse(LeaseMemory.EMPTY),
                store.map(opened -> opened.rent().load()).orElse(Map.of()),
                Set.of());
        RentReader.Snapshot[] read = new RentReader.Snapshot[1];
        int code = JobSkeleton.run(run, json, new JobSkeleton.Steps() {
            @Override
            public Plan plan() {
                read[0] = new RentReader(context.config(), context.inventory(), context.innago(), context.uispReads())
                        .read(remembered, new HoldsFile(context.config().holdsPath()).load(), asOf, force, onlyUnit);
                return RentPlanner.plan(read[0].input()).withEarlierNotices(read[0].notices());
            }

            @Override
            public ActionExecutors executors(StateStore opened) {
                return new RentExecutor(
                                context.uisp(),
                                read[0],
                                read[0].attributes().ensure(context.uisp().crm()),
                                opened.leaseMemory(),
                                opened.units(),
                                asOf.withZoneSameInstant(context.config().zone())
                                        .toLocalDate())
                        .registerOn(new ActionExecutors());
            }

            @Override
            public int unitsChecked() {
                return onlyUnit.isPresent() ? 1 : context.inventory().size();
            }

            @Override
            public Optional<String> note() {
                Map<RentStatus, Long> counts = read[0].input().judgements().values().stream()
                        .collect(Collectors.groupingBy(RentJudgement::status, Collectors.counting()));
                return Optional.of(
                        "rent judged for " + read[0].input().judgements().size() + " lease(s): "
                                + counts.getOrDefault(RentStatus.DELINQUENT, 0L) + " unpaid, "
                                + counts.getOrDefault(RentStatus.OK, 0L) + " paid, "
                                + counts.getOrDefault(RentStatus.UNKNOWN, 0L) + " unknown; " + read[0].rentReads()
                                + " Innago read(s) of invoices and payments");
            }
        });
        // The conclusions are facts about Innago, worth keeping even when the plan was refused; a dry run keeps none.
        store.filter(opened -> !run.dryRun() && read[0] != null)
                .ifPresent(opened -> opened.rent().record(read[0].checked()));
        return code;
    }
}

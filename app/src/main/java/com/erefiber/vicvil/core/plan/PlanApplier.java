package com.erefiber.vicvil.core.plan;

import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.Journal;
import com.erefiber.vicvil.store.JournalOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies a plan: units in parallel on a small pool ({@code safety.max_concurrency}), each unit's actions in
 * order. Every action is journaled {@code pending} before its API call and {@code done}/{@code failed} after,
 * so a crash between the two is visible to the next run. When an action fails, the unit's later actions
 * (which depend on it) are journaled {@code skipped} and the other units go on; a failed mail blocks nothing,
 * as nothing depends on it.
 */
public final class PlanApplier {
    private final Journal journal;
    private final String runId;
    private final String job;
    private final int concurrency;
    private final Console console;

    public PlanApplier(Journal journal, String runId, String job, int concurrency, Console console) {
        this.journal = journal;
        this.runId = runId;
        this.job = job;
        this.concurrency = Math.max(1, concurrency);
        this.console = console;
    }

    /** Carries out one action; returns a short detail for the journal (e.g. the id created). */
    @FunctionalInterface
    public interface ActionExecutor {
        String execute(PlannedAction action, CreatedIds created) throws Exception;
    }

    /** What applying a plan did. */
    public record Outcome(int done, int failed, int skipped, List<String> failures) {
        public boolean allDone() {
            return failed == 0 && skipped == 0;
        }
    }

    /** Applies every action of {@code plan} through {@code executor}. */
    public Outcome apply(Plan plan, ActionExecutor executor) {
        Map<UnitKey, List<PlannedAction>> byUnit = plan.byUnit();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, Math.max(1, byUnit.size())));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<PlannedAction> actions : byUnit.values()) {
                futures.add(pool.submit(() -> applyUnit(actions, executor, done, failed, skipped, failures)));
            }
            int finished = 0;
            for (Future<?> future : futures) {
                future.get();
                console.progress("applied " + ++finished + "/" + futures.size() + " units");
            }
            console.progressDone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while applying the plan", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("applying the plan failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(done.get(), failed.get(), skipped.get(), List.copyOf(failures));
    }

    private void applyUnit(
            List<PlannedAction> actions,
            ActionExecutor executor,
            AtomicInteger done,
            AtomicInteger failed,
            AtomicInteger skipped,
            List<String> failures) {
        CreatedIds created = new CreatedIds();
        boolean blocked = false;
        for (PlannedAction action : actions) {
            String name = action.kind().label();
            long entry = journal.begin(runId, job, action.unit(), name, action.reason());
            if (blocked) {
                journal.finish(entry, JournalOutcome.SKIPPED, "an earlier action of this unit failed");
                skipped.incrementAndGet();
                continue;
            }
            try {
                String detail = executor.execute(action, created);
                journal.finish(entry, JournalOutcome.DONE, detail);
                done.incrementAndGet();
                console.detail(action.unit() + ": " + name + " done" + (detail.isEmpty() ? "" : " (" + detail + ")"));
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                journal.finish(entry, JournalOutcome.FAILED, message);
                failed.incrementAndGet();
                failures.add(action.unit() + ": " + name + " failed: " + message);
                blocked = !action.kind().isMail();
            }
        }
    }
}

package com.erefiber.vicvil.core;

import com.erefiber.vicvil.core.world.ReadAhead;
import com.erefiber.vicvil.cron.Healthcheck;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.store.RunLock;
import com.erefiber.vicvil.store.StateStore;
import java.util.Optional;

/**
 * Runs one mutating job the way cron needs it: its inputs checked first (a run that fails validation creates
 * nothing), healthcheck pings around the run, the run lock (one mutating run at a time), and a run record with
 * the exit code. A dry run takes none of these: it writes nothing anywhere, not even the run history.
 */
public final class JobRunner {
    private final AppContext context;
    private final int waitLockSeconds;

    /** @param waitLockSeconds how long to wait for another mutating run ({@code --wait-lock}) */
    public JobRunner(AppContext context, int waitLockSeconds) {
        this.context = context;
        this.waitLockSeconds = waitLockSeconds;
    }

    /** What a job does once the run is set up; returns its exit code. */
    @FunctionalInterface
    public interface Job {
        int run(JobRun run);
    }

    /** Runs {@code job} under the name {@code name} (e.g. "sync-leases"). */
    public int run(String name, boolean dryRun, Job job) {
        return run(name, dryRun, ReadAhead.NOTHING, job);
    }

    /**
     * Runs {@code job} under the name {@code name}, starting the reads it will make ({@code ahead}) as soon as the
     * run holds its lock, so that they overlap the opening of the state store.
     */
    @SuppressWarnings("try") // the lock is held by the try block itself, never read inside it
    public int run(String name, boolean dryRun, ReadAhead ahead, Job job) {
        if (dryRun) {
            context.readOnly();
            readAhead(ahead);
            return job.run(new JobRun(name, Optional.empty(), true, context));
        }
        context.checkInputs();
        Healthcheck healthcheck = new Healthcheck(
                name, Optional.ofNullable(context.config().healthchecks().get(name)), context.console()::warn);
        healthcheck.start();
        int code = ExitCodes.INTERNAL;
        try {
            try (RunLock lock = RunLock.acquire(
                    context.config().statePath(), name, waitLockSeconds, context.clock(), context.console()::info)) {
                readAhead(ahead);
                StateStore store = context.store();
                try (StateStore.KeptOpen open = store.keepOpen()) {
                    String runId = store.runs().start(name);
                    try {
                        code = job.run(new JobRun(name, Optional.of(runId), false, context));
                    } catch (VicvilException e) {
                        code = e.exitCode();
                        throw e;
                    } finally {
                        store.runs().finish(runId, code);
                    }
                }
            }
        } catch (VicvilException e) {
            code = e.exitCode();
            throw e;
        } finally {
            healthcheck.finish(code);
        }
        return code;
    }

    private void readAhead(ReadAhead ahead) {
        if (!ahead.uisp().isEmpty()) {
            context.uispReads().prefetch(ahead.uisp());
        }
        if (ahead.leases()) {
            context.leaseReader().readAhead();
        }
    }
}

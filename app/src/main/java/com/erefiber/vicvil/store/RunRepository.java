package com.erefiber.vicvil.store;

import com.erefiber.vicvil.error.ExitCodes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;

/** The run history: one row per job run, for the journal's run ids and "last successful run" per job. */
public final class RunRepository {
    /** Run ids read as their start time, so {@code vicvil log} output sorts and greps naturally. */
    private static final DateTimeFormatter RUN_ID_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Jdbi jdbi;
    private final Clock clock;

    RunRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Records the start of a run of {@code job}; returns its id, e.g. {@code 20250131T120000Z-5f3a9c1e}. */
    public String start(String job) {
        Instant now = clock.instant();
        // The random part keeps ids unique when two runs start within a second (or under a fixed test clock).
        String runId = RUN_ID_TIME.format(now) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO runs (run_id, job, started_at) VALUES (:run, :job, :started)")
                .bind("run", runId)
                .bind("job", job)
                .bind("started", Columns.time(now))
                .execute());
        return runId;
    }

    /** Records the end of a run with its exit code; a run finishes once ({@link IllegalStateException} otherwise). */
    public void finish(String runId, int exitCode) {
        int updated = jdbi.withHandle(handle -> handle.createUpdate("UPDATE runs SET finished_at = :finished, "
                        + "exit_code = :code WHERE run_id = :run AND finished_at IS NULL")
                .bind("finished", Columns.time(clock.instant()))
                .bind("code", exitCode)
                .bind("run", runId)
                .execute());
        if (updated != 1) {
            throw new IllegalStateException("run " + runId + " is unknown or already finished");
        }
    }

    /**
     * The job's most recent run that did its work: exit 0, or 1 ("done, but something needs attention" —
     * e.g. units without an ONU, which the real inventory has for months, must not read as "never ran").
     */
    public Optional<RunRecord> lastSuccessful(String job) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT run_id, job, started_at, finished_at, exit_code "
                        + "FROM runs WHERE job = :job AND exit_code IN (:ok, :attention) "
                        + "ORDER BY started_at DESC, rowid DESC LIMIT 1")
                .bind("job", job)
                .bind("ok", ExitCodes.OK)
                .bind("attention", ExitCodes.ATTENTION)
                .map((rs, ctx) -> new RunRecord(
                        rs.getString("run_id"),
                        rs.getString("job"),
                        Columns.time(rs, "started_at"),
                        Columns.optionalTime(rs, "finished_at"),
                        Optional.of(rs.getInt("exit_code"))))
                .findOne());
    }

    /** The job runs started at or after {@code since}, oldest first. */
    public List<RunRecord> since(Instant since) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT run_id, job, started_at, finished_at, exit_code "
                        + "FROM runs WHERE started_at >= :since ORDER BY started_at, rowid")
                .bind("since", Columns.time(since))
                .map((rs, ctx) -> new RunRecord(
                        rs.getString("run_id"),
                        rs.getString("job"),
                        Columns.time(rs, "started_at"),
                        Columns.optionalTime(rs, "finished_at"),
                        Optional.ofNullable(rs.getObject("exit_code")).map(code -> ((Number) code).intValue())))
                .list());
    }
}

package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.UnitKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The action journal and audit log. A job calls {@link #begin} before an API write and {@link #finish}
 * after it, so an entry still {@code pending} at the next run marks a write whose result is unknown: that
 * run re-reads UISP instead of repeating it. Callers pass reasons and details without secrets.
 */
public final class Journal {
    private static final String COLUMNS =
            "id, run_id, job, unit_key, action, reason, outcome, detail, started_at, finished_at";

    private final Jdbi jdbi;
    private final Clock clock;

    Journal(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Records that {@code action} on {@code unit} is about to be made; returns the entry's id for {@link #finish}. */
    public long begin(String runId, String job, UnitKey unit, String action, String reason) {
        return insert(runId, job, Optional.of(unit), action, reason);
    }

    /** Records a complex-wide action (no single unit) about to be made. */
    public long begin(String runId, String job, String action, String reason) {
        return insert(runId, job, Optional.empty(), action, reason);
    }

    /** Records how a begun action ended; an entry is finished once ({@link IllegalStateException} otherwise). */
    public void finish(long id, JournalOutcome outcome, String detail) {
        if (outcome == JournalOutcome.PENDING) {
            throw new IllegalArgumentException("an action finishes as done, failed or skipped, not pending");
        }
        int updated = jdbi.withHandle(handle -> handle.createUpdate("UPDATE journal SET outcome = :outcome, "
                        + "detail = :detail, finished_at = :finished WHERE id = :id AND outcome = 'pending'")
                .bind("outcome", outcome.column())
                .bind("detail", detail)
                .bind("finished", Columns.time(clock.instant()))
                .bind("id", id)
                .execute());
        if (updated != 1) {
            throw new IllegalStateException("journal entry " + id + " is not pending (unknown or already finished)");
        }
    }

    /**
     * The job's entries still pending, oldest first: actions an earlier run began but never finished
     * (it crashed or was killed between the journal write and the API answer). Call it before this run
     * begins its own actions; the run lock guarantees no other run of the job is in flight.
     */
    public List<JournalEntry> pendingFor(String job) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM journal " + "WHERE job = :job AND outcome = 'pending' ORDER BY id")
                .bind("job", job)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    /** The entries matching {@code query}, newest first. */
    public List<JournalEntry> list(JournalQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM journal WHERE 1 = 1");
        query.unit().ifPresent(unit -> sql.append(" AND unit_key = :unit"));
        query.job().ifPresent(job -> sql.append(" AND job = :job"));
        query.since().ifPresent(since -> sql.append(" AND started_at >= :since"));
        sql.append(" ORDER BY id DESC LIMIT :limit");
        return jdbi.withHandle(handle -> {
            Query select = handle.createQuery(sql.toString()).bind("limit", query.limit());
            query.unit().ifPresent(unit -> select.bind("unit", Columns.unit(unit)));
            query.job().ifPresent(job -> select.bind("job", job));
            query.since().ifPresent(since -> select.bind("since", Columns.time(since)));
            return select.map((rs, ctx) -> read(rs)).list();
        });
    }

    private long insert(String runId, String job, Optional<UnitKey> unit, String action, String reason) {
        return jdbi.withHandle(handle -> {
            handle.createUpdate("INSERT INTO journal (run_id, job, unit_key, action, reason, outcome, started_at) "
                            + "VALUES (:run, :job, :unit, :action, :reason, 'pending', :started)")
                    .bind("run", runId)
                    .bind("job", job)
                    .bind("unit", unit.map(Columns::unit).orElse(null))
                    .bind("action", action)
                    .bind("reason", reason)
                    .bind("started", Columns.time(clock.instant()))
                    .execute();
            // Same connection, so this is the row just inserted.
            return handle.createQuery("SELECT last_insert_rowid()")
                    .mapTo(Long.class)
                    .one();
        });
    }

    private static JournalEntry read(ResultSet rs) throws SQLException {
        return new JournalEntry(
                rs.getLong("id"),
                rs.getString("run_id"),
                rs.getString("job"),
                Columns.optionalUnit(rs, "unit_key"),
                rs.getString("action"),
                rs.getString("reason"),
                JournalOutcome.fromColumn(rs.getString("outcome")),
                Columns.optionalText(rs, "detail"),
                Columns.time(rs, "started_at"),
                Columns.optionalTime(rs, "finished_at"));
    }
}

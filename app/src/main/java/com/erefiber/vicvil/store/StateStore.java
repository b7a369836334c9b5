package com.erefiber.vicvil.store;

import com.erefiber.vicvil.app.ExitCodes;
import com.erefiber.vicvil.app.VicvilException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite state store (DESIGN §5): a cache of unit ⇄ ONU ⇄ UISP ids plus the action journal and the
 * run history. Opening it creates the folder and the file, and applies pending migrations. Every
 * connection runs in WAL mode with a busy timeout and foreign keys on, and writes with BEGIN IMMEDIATE
 * (in WAL a deferred transaction that later writes fails at once instead of waiting for the other writer).
 */
public final class StateStore {
    /** How long a statement waits for another process's write to finish before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** Failures of the file itself: the operator must fix the path, permissions or the file (exit 3). */
    private static final Set<Integer> FILE_PROBLEMS = Set.of(
            SQLiteErrorCode.SQLITE_CANTOPEN.code, SQLiteErrorCode.SQLITE_NOTADB.code,
            SQLiteErrorCode.SQLITE_CORRUPT.code, SQLiteErrorCode.SQLITE_READONLY.code,
            SQLiteErrorCode.SQLITE_PERM.code, SQLiteErrorCode.SQLITE_IOERR.code, SQLiteErrorCode.SQLITE_FULL.code);
    /** Another process kept the database busy past the timeout: worth retrying later (exit 75). */
    private static final Set<Integer> BUSY = Set.of(SQLiteErrorCode.SQLITE_BUSY.code, SQLiteErrorCode.SQLITE_LOCKED.code);

    private final Path file;
    private final Jdbi jdbi;
    private final Clock clock;

    private StateStore(Path file, Jdbi jdbi, Clock clock) {
        this.file = file;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Opens (creating if needed) the store at {@code file} and brings its schema up to date. */
    public static StateStore open(Path file, Clock clock) {
        return open(file, clock, Migrations.fromClasspath());
    }

    static StateStore open(Path file, Clock clock, List<Migrations.Migration> migrations) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new VicvilException(ExitCodes.CONFIG,
                    "state store " + file + ": cannot create the folder " + parent + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Jdbi jdbi = Jdbi.create(dataSource);
        int version = withStoreErrors(file, () -> jdbi.withHandle(handle -> Migrations.apply(handle, migrations, clock)));
        if (version > migrations.size()) {
            throw new VicvilException(ExitCodes.CONFIG, "state store " + file + " has schema version " + version
                    + " but this vicvil knows versions up to " + migrations.size() + ": it was written by a newer vicvil");
        }
        return new StateStore(file, jdbi, clock);
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The Jdbi instance, for repositories that later issues add. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The schema version the file is at. */
    public int schemaVersion() {
        return withStoreErrors(file, () -> jdbi.withHandle(Migrations::currentVersion));
    }

    /** Unit ⇄ ONU ⇄ UISP ids. */
    public UnitRepository units() {
        return new UnitRepository(jdbi, clock);
    }

    /** The action journal / audit log. */
    public Journal journal() {
        return new Journal(jdbi, clock);
    }

    /** The run history. */
    public RunRepository runs() {
        return new RunRepository(jdbi, clock);
    }

    /** Runs store work, turning SQLite's file and busy failures into one-line operator errors. */
    private static <T> T withStoreErrors(Path file, Supplier<T> work) {
        try {
            return work.get();
        } catch (JdbiException e) {
            throw operatorError(file.toString(), e).orElseThrow(() -> e);
        }
    }

    /**
     * The operator's view of a failed store statement: a file problem (exit 3) or a database kept busy by another
     * process (exit 75); empty for anything else (a bug). Used for failures after opening, too, which the CLI's
     * exception handler meets.
     */
    public static Optional<VicvilException> operatorError(String file, JdbiException e) {
        Optional<SQLiteException> cause = sqliteCause(e);
        int primary = cause.map(sqlite -> sqlite.getResultCode().code & 0xFF).orElse(-1);
        String reason = cause.map(Throwable::getMessage).orElse(e.getMessage());
        if (FILE_PROBLEMS.contains(primary)) {
            return Optional.of(new VicvilException(ExitCodes.CONFIG, "state store " + file + " cannot be used: " + reason, e));
        }
        if (BUSY.contains(primary)) {
            return Optional.of(new VicvilException(ExitCodes.TEMPFAIL, "state store " + file + " stayed busy for "
                    + BUSY_TIMEOUT_MILLIS / 1000 + " s (another process is writing): " + reason, e));
        }
        return Optional.empty();
    }

    private static Optional<SQLiteException> sqliteCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                return Optional.of(sqlite);
            }
        }
        return Optional.empty();
    }
}

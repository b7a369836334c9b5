package com.erefiber.vicvil.store;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.FileErrors;
import com.erefiber.vicvil.error.VicvilException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite state store (DESIGN §5): a cache of unit ⇄ ONU ⇄ UISP ids plus the action journal and the
 * run history. A mutating run opens it with {@link #open}, which creates the folder and the file and applies
 * pending migrations, after checking read-only that an existing file is sound (a damaged one is left as it
 * is). Dry runs and read-only commands use {@link #openReadOnly}, which never creates, migrates or writes.
 * Every connection has a busy timeout; read-write ones run in WAL mode with foreign keys on, and write with
 * BEGIN IMMEDIATE (in WAL a deferred transaction that later writes fails at once instead of waiting for the
 * other writer).
 */
public final class StateStore {
    /** How long a statement waits for another process's write to finish before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** Failures of the file itself: the operator must fix the path, permissions or the file (exit 3). */
    private static final Set<Integer> FILE_PROBLEMS = Set.of(
            SQLiteErrorCode.SQLITE_CANTOPEN.code,
            SQLiteErrorCode.SQLITE_NOTADB.code,
            SQLiteErrorCode.SQLITE_CORRUPT.code,
            SQLiteErrorCode.SQLITE_READONLY.code,
            SQLiteErrorCode.SQLITE_PERM.code,
            SQLiteErrorCode.SQLITE_IOERR.code,
            SQLiteErrorCode.SQLITE_FULL.code);
    /** A file that is not a sound database: the way out is to move it aside. */
    private static final Set<Integer> DAMAGED =
            Set.of(SQLiteErrorCode.SQLITE_NOTADB.code, SQLiteErrorCode.SQLITE_CORRUPT.code);
    /** Another process kept the database busy past the timeout: worth retrying later (exit 75). */
    private static final Set<Integer> BUSY =
            Set.of(SQLiteErrorCode.SQLITE_BUSY.code, SQLiteErrorCode.SQLITE_LOCKED.code);

    private final Path file;
    private final Jdbi jdbi;
    private final ReusedConnections connections;
    private final Clock clock;
    private final int version;
    private final int latestVersion;

    private StateStore(
            Path file, Jdbi jdbi, ReusedConnections connections, Clock clock, int version, int latestVersion) {
        this.file = file;
        this.jdbi = jdbi;
        this.connections = connections;
        this.clock = clock;
        this.version = version;
        this.latestVersion = latestVersion;
    }

    /**
     * Opens (creating if needed) the store at {@code file} for a mutating run and brings its schema up to date;
     * an existing file is first checked read-only, so a damaged one is refused (exit 3) and left untouched.
     */
    public static StateStore open(Path file, Clock clock) {
        return open(file, clock, Migrations.fromClasspath());
    }

    static StateStore open(Path file, Clock clock, List<Migrations.Migration> migrations) {
        check(file, true);
        if (Files.exists(file)) {
            openReadOnly(file, clock, migrations.size());
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new VicvilException(
                    ExitCodes.CONFIG,
                    "state store " + file + ": cannot create the folder " + parent + ": " + FileErrors.reason(e),
                    e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // In WAL mode NORMAL syncs the log to disk at checkpoints instead of at every commit (SQLite's advice for WAL):
        // a killed run still loses no committed row and the file stays sound; only a power cut or an OS crash may take
        // the last commits back, which the next run re-learns from UISP's tags and markers (the store is a cache and a
        // journal). FULL made each journal entry wait for a disk flush: 8 ms a statement, most of a first run's time.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        ReusedConnections connections = connections(file, config);
        Jdbi jdbi = Jdbi.create(connections);
        int version =
                withStoreErrors(file, () -> jdbi.withHandle(handle -> Migrations.apply(handle, migrations, clock)));
        refuseNewer(file, version, migrations.size());
        return new StateStore(file, jdbi, connections, clock, version, migrations.size());
    }

    /**
     * Opens the existing store at {@code file} read-only, for dry runs and read-only commands: it is checked
     * (a damaged file or one from a newer vicvil exits 3) but never created, migrated or written. A store at an
     * older schema version is opened as it is: see {@link #isCurrent()}.
     */
    public static StateStore openReadOnly(Path file, Clock clock) {
        return openReadOnly(file, clock, Migrations.fromClasspath().size());
    }

    private static StateStore openReadOnly(Path file, Clock clock, int latestVersion) {
        check(file, false);
        if (!Files.exists(file)) {
            throw new VicvilException(ExitCodes.CONFIG, "state store " + file + " cannot be used: not found");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        ReusedConnections connections = connections(file, config);
        Jdbi jdbi = Jdbi.create(connections);
        int version = withStoreErrors(
                file,
                () -> jdbi.withHandle(handle -> {
                    // quick_check reads every page but skips the costly index cross-checks: enough to see damage.
                    String check = handle.createQuery("PRAGMA quick_check(1)")
                            .mapTo(String.class)
                            .one();
                    if (!"ok".equals(check)) {
                        throw damaged(
                                file.toString(),
                                "damaged (quick_check: "
                                        + check.replaceAll("\\s+", " ").strip() + ")",
                                null);
                    }
                    return Migrations.storedVersion(handle);
                }));
        refuseNewer(file, version, latestVersion);
        return new StateStore(file, jdbi, connections, clock, version, latestVersion);
    }

    /**
     * Fails (exit 3) when a mutating run cannot use {@code file} as its database: a folder, not a regular file, or
     * a file or folder it may not write. Checked before the run takes its lock or creates anything.
     */
    public static void checkPath(Path file) {
        check(file, true);
    }

    private static void check(Path file, boolean write) {
        Path folder = file.toAbsolutePath().getParent();
        Optional<String> problem = FileErrors.notAFile(file);
        if (problem.isEmpty() && Files.exists(file) && (!Files.isReadable(file) || write && !Files.isWritable(file))) {
            problem = Optional.of("permission denied");
        } else if (problem.isEmpty() && write && Files.isDirectory(folder) && !Files.isWritable(folder)) {
            // SQLite keeps its -wal and -shm files beside the database, and the run lock is there too.
            problem = Optional.of("permission denied in its folder " + folder);
        }
        problem.ifPresent(reason -> {
            throw new VicvilException(
                    ExitCodes.CONFIG,
                    "state store " + file + " cannot be used: " + reason
                            + " (state.path, or --state, names the database file)");
        });
    }

    private static ReusedConnections connections(Path file, SQLiteConfig config) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return new ReusedConnections(dataSource);
    }

    private static void refuseNewer(Path file, int version, int latestVersion) {
        if (version > latestVersion) {
            throw new VicvilException(
                    ExitCodes.CONFIG,
                    "state store " + file + " has schema version " + version + " but this vicvil knows versions up to "
                            + latestVersion + ": it was written by a newer vicvil");
        }
    }

    /** A store file that is not a sound database (exit 3), with the way out. */
    private static VicvilException damaged(String file, String reason, Throwable cause) {
        return new VicvilException(
                ExitCodes.CONFIG,
                "state store " + file + " cannot be used: " + reason
                        + ". vicvil left it untouched. It only caches what Innago and UISP hold (and the journal of vicvil log): "
                        + "move it aside (mv " + file + " " + file
                        + ".broken) or delete it, and the next run rebuilds it",
                cause);
    }

    /**
     * Keeps the store's connections open until closed, for the length of a run ({@link ReusedConnections}): a
     * statement takes a connection a former one is done with instead of opening its own, and SQLite, which
     * checkpoints the WAL into the database whenever its last connection closes, does that once, at the end,
     * instead of after every journal entry.
     */
    public KeptOpen keepOpen() {
        // One connection is opened at once and kept, so that the WAL stays until the run ends.
        Handle first = withStoreErrors(file, jdbi::open);
        connections.keep();
        first.close();
        return () -> withStoreErrors(file, () -> {
            try {
                connections.letGo();
            } catch (SQLException e) {
                throw new ConnectionException(e);
            }
            return null;
        });
    }

    /** The store's connections held open for a run ({@link #keepOpen}); closing it never throws a checked exception. */
    public interface KeptOpen extends AutoCloseable {
        @Override
        void close();
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
        return version;
    }

    /**
     * Whether the schema is the one this vicvil writes. Only a read-only store can be older (a mutating open
     * migrates it); read-only commands then read what the old schema has.
     */
    public boolean isCurrent() {
        return version == latestVersion;
    }

    /** What a read-only command says about a store at an older schema version. */
    public String olderSchemaNote() {
        return "state store " + file + " is at schema version " + version + " and this vicvil's is " + latestVersion
                + ": the next real run of a job upgrades it (dry runs and read-only commands never do)";
    }

    /** Unit ⇄ ONU ⇄ UISP ids. */
    public UnitRepository units() {
        return new UnitRepository(jdbi, clock);
    }

    /** The action journal / audit log. */
    public Journal journal() {
        return new Journal(jdbi, clock);
    }

    /** What sync-leases remembers between runs (provisioned leases, ends, welcomes, its last writes). */
    public LeaseMemoryRepository leaseMemory() {
        return new LeaseMemoryRepository(jdbi, clock);
    }

    /** check-rent's conclusions per lease. */
    public RentRepository rent() {
        return new RentRepository(jdbi, clock);
    }

    /** What billing remembers: frozen months, their invoices and mails. */
    public BillingRepository billing() {
        return new BillingRepository(jdbi, clock);
    }

    /** What sync-tickets remembers between runs (ticket links, upgrade requests). */
    public TicketMemoryRepository tickets() {
        return new TicketMemoryRepository(jdbi, clock);
    }

    /** The add-on invoices vicvil created in Innago (sync-tickets writes them, check-rent recognises them). */
    public AddOnInvoiceRepository addOnInvoices() {
        return new AddOnInvoiceRepository(jdbi, clock);
    }

    /** What sync-leases last saw of each unit (status shows it without a request). */
    public UnitSeenRepository seen() {
        return new UnitSeenRepository(jdbi);
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
     * process (exit 75); empty for anything else (a bug, or no store failure at all). Used for failures after
     * opening, too, which the CLI's exception handler meets (it need not know Jdbi: only the store speaks SQL).
     */
    public static Optional<VicvilException> operatorError(String file, Throwable thrown) {
        if (!(thrown instanceof JdbiException e)) {
            return Optional.empty();
        }
        Optional<SQLiteException> cause = sqliteCause(e);
        int primary = cause.map(sqlite -> sqlite.getResultCode().code & 0xFF).orElse(-1);
        String reason = cause.map(Throwable::getMessage).orElse(e.getMessage());
        if (DAMAGED.contains(primary)) {
            return Optional.of(damaged(file, reason, e));
        }
        if (FILE_PROBLEMS.contains(primary)) {
            return Optional.of(
                    new VicvilException(ExitCodes.CONFIG, "state store " + file + " cannot be used: " + reason, e));
        }
        if (BUSY.contains(primary)) {
            return Optional.of(new VicvilException(
                    ExitCodes.TEMPFAIL,
                    "state store " + file + " stayed busy for " + BUSY_TIMEOUT_MILLIS / 1000
                            + " s (another process is writing): " + reason,
                    e));
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

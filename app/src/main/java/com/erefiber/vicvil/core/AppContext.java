package com.erefiber.vicvil.core;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.config.ConfigLoader;
import com.erefiber.vicvil.core.world.LeaseReader;
import com.erefiber.vicvil.core.world.UispReads;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.http.ApiRequest;
import com.erefiber.vicvil.http.HttpSettings;
import com.erefiber.vicvil.http.HttpTransport;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.innago.InnagoClient;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryReader;
import com.erefiber.vicvil.mail.WelcomeEmail;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.uisp.UispClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the commands share, built lazily by the root command so that a command reads only what it
 * needs (keeps cron start-up lean): the environment, the clock, the console and the global flags.
 */
public final class AppContext {
    /** The Innago token cache's file name, beside the state database. */
    public static final String TOKEN_CACHE = "innago-token.json";

    private final Map<String, String> env;
    private final Clock clock;
    private final Path configFlag;
    private final Path stateFlag;
    private final Console console;
    private AppConfig config;
    private Inventory inventory;
    private StateStore store;
    private StateStore readOnlyStore;
    private InnagoClient innago;
    private boolean readOnly;
    private HttpSettings http = HttpSettings.defaults();
    private UispClient uisp;
    private UispReads uispReads;
    private LeaseReader leaseReader;
    private Optional<WelcomeEmail> welcome;
    // Requests other than reads sent since the read model was made: any of them may have changed what it holds.
    private final AtomicLong sentSinceRead = new AtomicLong();

    public AppContext(Map<String, String> env, Clock clock, Path configFlag, Path stateFlag, Console console) {
        this.env = env;
        this.clock = clock;
        this.configFlag = configFlag;
        this.stateFlag = stateFlag;
        this.console = console;
    }

    /** The process environment (a copy; tests pass their own). */
    public Map<String, String> env() {
        return env;
    }

    /** The clock every rule reads "now" from. */
    public Clock clock() {
        return clock;
    }

    /** The operator's terminal. */
    public Console console() {
        return console;
    }

    /** The --config flag, if given. */
    public Optional<Path> configFlag() {
        return Optional.ofNullable(configFlag);
    }

    /** The --state flag, if given. */
    public Optional<Path> stateFlag() {
        return Optional.ofNullable(stateFlag);
    }

    /**
     * The validated config, read on first use (exit 3 when invalid); the --state flag, resolved against
     * the current directory, overrides state.path.
     */
    public AppConfig config() {
        if (config == null) {
            AppConfig loaded = ConfigLoader.load(ConfigLoader.locate(configFlag(), env), env, console::warn);
            config = stateFlag()
                    .map(state -> loaded.withStatePath(state.toAbsolutePath().normalize()))
                    .orElse(loaded);
        }
        return config;
    }

    /** The ONU inventory named by the config, read on first use (exit 3 when invalid). */
    public Inventory inventory() {
        if (inventory == null) {
            AppConfig.Inventory settings = config().inventory();
            Inventory read = new InventoryReader(settings.aliases()).read(settings.path());
            config().billing()
                    .totalUnits()
                    .filter(expected -> expected != read.size())
                    .ifPresent(expected -> {
                        throw new VicvilException(
                                ExitCodes.CONFIG,
                                settings.path() + ": " + read.size() + " units, but billing.total_units in "
                                        + config().file() + " says " + expected);
                    });
            inventory = read;
        }
        return inventory;
    }

    /**
     * Reads and checks what a mutating run needs before it takes the lock or creates any file: the config and the
     * inventory (exit 3 when invalid), and that the state path can be the database. A run that fails here leaves
     * nothing behind.
     */
    public void checkInputs() {
        inventory();
        welcomeEmail();
        StateStore.checkPath(config().statePath());
    }

    /**
     * The welcome email template ({@code email.welcome_template}, else the built-in one), read once; empty when email
     * is not configured. A bad template fails here, before a run writes anything, not at the first move-in.
     */
    public Optional<WelcomeEmail> welcomeEmail() {
        if (welcome == null) {
            AppConfig settings = config();
            welcome = settings.email().map(email -> WelcomeEmail.load(email.welcomeTemplate(), settings.packages()));
        }
        return welcome;
    }

    /** The state path, once the config has been read (for error messages of a failed run). */
    public Optional<Path> knownStatePath() {
        return Optional.ofNullable(config).map(AppConfig::statePath);
    }

    /** The state store of a mutating run, opened (and created or migrated) on first use. */
    public StateStore store() {
        if (store == null) {
            store = StateStore.open(config().statePath(), clock);
        }
        return store;
    }

    /**
     * The existing state store for reading (dry runs, status, log, doctor), opened read-only: empty when there is
     * none yet (or no vicvil schema in it). It is never created, migrated or written.
     */
    public Optional<StateStore> existingStore() {
        if (store != null) {
            return Optional.of(store);
        }
        if (readOnlyStore == null) {
            Path file = config().statePath();
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            readOnlyStore = StateStore.openReadOnly(file, clock);
        }
        return Optional.of(readOnlyStore).filter(opened -> opened.schemaVersion() > 0);
    }

    /**
     * What a dry run may read: the existing store when its schema is this vicvil's. A dry run never upgrades an
     * older one: it says so and plans without it (the store only caches what UISP holds).
     */
    public Optional<StateStore> storeForDryRun() {
        Optional<StateStore> existing = existingStore();
        existing.filter(opened -> !opened.isCurrent())
                .ifPresent(opened ->
                        console.warn(opened.olderSchemaNote() + "; this dry run plans without what it remembers"));
        return existing.filter(StateStore::isCurrent);
    }

    /** From now on this run writes no file at all (a dry run): not even the Innago token cache. */
    public void readOnly() {
        readOnly = true;
    }

    /**
     * One attempt per request from now on: a person running doctor wants to know whether a server answers now,
     * not after a minute of retries (jobs keep retrying).
     */
    public void singleAttempts() {
        http = http.withMaxAttempts(1);
    }

    /** A transport with this run's settings (UISP's adds uisp.ca_file). */
    public HttpTransport transport() {
        return new HttpTransport(httpSettings(), Json.mapper(), this::sent);
    }

    private void sent(ApiRequest request) {
        if (!"GET".equals(request.method())) {
            sentSinceRead.incrementAndGet();
        }
    }

    /** This run's transport settings: TLS unless every configured Innago and UISP URL is plain http. */
    private HttpSettings httpSettings() {
        AppConfig settings = config();
        return http.forUrls(List.of(
                settings.innago().apiUrl(),
                settings.innago().tokenUrl(),
                settings.uisp().url()));
    }

    /**
     * The Innago client; its access token is cached between runs in a 0600 file beside the state database
     * (except in a dry run, which writes nothing).
     */
    public InnagoClient innago() {
        if (innago == null) {
            Optional<Path> tokenCache = readOnly
                    ? Optional.empty()
                    : Optional.of(config().statePath().resolveSibling(TOKEN_CACHE));
            // Token expiry follows the real clock, never an --as-of clock.
            innago = new InnagoClient(
                    config().innago(),
                    transport(),
                    tokenCache,
                    Clock.systemUTC(),
                    config().safety().maxConcurrency());
        }
        return innago;
    }

    /** The UISP client (CRM and NMS), trusting uisp.ca_file when one is configured. */
    public UispClient uisp() {
        if (uisp == null) {
            AppConfig.Uisp settings = config().uisp();
            HttpTransport transport =
                    new HttpTransport(httpSettings().withCaFile(settings.caFile()), Json.mapper(), this::sent);
            uisp = new UispClient(transport, settings);
        }
        return uisp;
    }

    /** This run's read model of UISP ({@link UispReads}): every job plans from the one instance. */
    public UispReads uispReads() {
        if (uispReads == null) {
            uispReads = new UispReads(uisp(), config(), inventory());
        }
        return uispReads;
    }

    /** This run's reader of Innago's leases: the jobs share its read of the owner's list ({@link LeaseReader}). */
    public LeaseReader leaseReader() {
        if (leaseReader == null) {
            leaseReader = new LeaseReader(innago());
        }
        return leaseReader;
    }

    /**
     * Before the next job of a {@code vicvil cycle}: the read model (UISP's lists, Innago's leases) is kept only when
     * the jobs before it ended well and sent nothing but reads, so that a job never plans from a list that a write
     * may have changed or from a read that failed; otherwise the next job reads afresh.
     */
    public void nextJob(boolean previousEndedWell) {
        if (sentSinceRead.getAndSet(0) > 0 || !previousEndedWell) {
            uispReads = null;
            leaseReader = null;
        }
    }
}

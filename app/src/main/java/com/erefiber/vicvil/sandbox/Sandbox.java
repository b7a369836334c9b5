package com.erefiber.vicvil.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stateful fakes of Innago and UISP on loopback, seeded with Victorian Village. Innago (token endpoint and
 * {@code /openapi}) listens on one port, UISP (CRM {@code /crm/api/v1.0} and NMS {@code /nms/api/v2.1}) on
 * another. Tests drive the {@link #world()}, read the {@link #requests()} log and inject {@link #faults()};
 * a process outside reads the log's counts at {@code GET /sandbox/requests} on either port.
 */
public final class Sandbox implements AutoCloseable {
    private final SandboxSettings settings;
    private final SandboxCredentials credentials;
    private final World world;
    private final RequestLog requests = new RequestLog();
    private final Faults faults;
    private final InnagoAuth auth;
    private final ExecutorService executor;
    private final ApiServer innagoServer;
    private final ApiServer uispServer;

    private Sandbox(SandboxSettings settings) throws IOException {
        this.settings = settings;
        this.credentials = SandboxCredentials.from(settings.seed());
        this.faults = new Faults(settings.seed());
        ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        this.world = WorldSeeder.seed(settings.seed(), settings.scale(), settings.clock(), mapper);
        world.catchUp();
        this.auth = new InnagoAuth(credentials, world, settings.tokenLifetime());
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        List<FakeApi> innago =
                List.of(new IdentityApi(auth, mapper), new InnagoApi(world, auth, mapper, settings.innagoPageSize()));
        List<FakeApi> uisp = List.of(
                new CrmApi(world, mapper, credentials.crmApiKey()), new NmsApi(world, mapper, credentials.nmsApiKey()));
        this.innagoServer = ApiServer.start(settings.innagoPort(), innago, world, requests, faults, executor);
        try {
            this.uispServer = ApiServer.start(settings.uispPort(), uisp, world, requests, faults, executor);
        } catch (IOException e) {
            innagoServer.close();
            executor.shutdownNow();
            throw e;
        }
    }

    /** Starts a sandbox with {@link SandboxSettings#defaults(long)}. */
    public static Sandbox start(long seed) throws IOException {
        return start(SandboxSettings.defaults(seed));
    }

    public static Sandbox start(SandboxSettings settings) throws IOException {
        return new Sandbox(settings);
    }

    /** Innago's API base, as {@code innago.api_url}: {@code http://127.0.0.1:<port>/openapi}. */
    public URI innagoApiUrl() {
        return URI.create(innagoServer.baseUri() + InnagoApi.PREFIX);
    }

    /** Innago's token endpoint: the API's origin + {@code /identity/connect/token} (the config default). */
    public URI innagoTokenUrl() {
        return URI.create(innagoServer.baseUri() + IdentityApi.PATH);
    }

    /** UISP's base, as {@code uisp.url}: {@code http://127.0.0.1:<port>} (CRM and NMS below it). */
    public URI uispUrl() {
        return uispServer.baseUri();
    }

    public SandboxCredentials credentials() {
        return credentials;
    }

    public SandboxSettings settings() {
        return settings;
    }

    public World world() {
        return world;
    }

    public RequestLog requests() {
        return requests;
    }

    public Faults faults() {
        return faults;
    }

    /** Invalidates every Innago access token: the next call gets a 401 and must mint or refresh. */
    public void expireInnagoTokens() {
        auth.revokeAccessTokens();
    }

    /** Invalidates every Innago refresh token: a refresh fails and the client must use the password grant. */
    public void revokeInnagoRefreshTokens() {
        auth.revokeRefreshTokens();
    }

    /** Writes a ready {@code config.yaml}, the matching {@code onus.csv} and {@code sandbox.env} (0600) into {@code dir}. */
    public SandboxFiles writeConfig(Path dir) throws IOException {
        return SandboxFiles.write(this, dir);
    }

    /** Releases hanging requests and stops both servers. */
    @Override
    public void close() {
        faults.close();
        innagoServer.close();
        uispServer.close();
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

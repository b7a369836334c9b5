package com.erefiber.vicvil.cron;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Pings a job's healthcheck URL the healthchecks.io way: {@code <url>/start} when the run starts, then
 * {@code <url>} on exit 0 or {@code <url>/fail} on any other exit. One short try per ping: a failed ping is
 * a warning and never fails the run. Warnings name the host only, since the URL's path is the check's key.
 */
public final class Healthcheck {
    /** Per ping, to connect and to answer: a slow monitor must not hold up a cron run. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String job;
    private final Optional<URI> url;
    private final Duration timeout;
    private final Consumer<String> warnings;
    private HttpClient client;

    /** {@code url} empty: every ping is a no-op. */
    public Healthcheck(String job, Optional<URI> url, Consumer<String> warnings) {
        this(job, url, TIMEOUT, warnings);
    }

    Healthcheck(String job, Optional<URI> url, Duration timeout, Consumer<String> warnings) {
        this.job = job;
        this.url = url;
        this.timeout = timeout;
        this.warnings = warnings;
    }

    /** Tells the monitor the run started (so it can time the run and notice one that never ends). */
    public void start() {
        url.ifPresent(base -> ping(base, "/start"));
    }

    /** Tells the monitor how the run ended: success on exit 0, failure otherwise. */
    public void finish(int exitCode) {
        url.ifPresent(base -> ping(base, exitCode == 0 ? "" : "/fail"));
    }

    private void ping(URI base, String suffix) {
        String what = "healthcheck ping " + (suffix.isEmpty() ? "(success)" : "(" + suffix.substring(1) + ")") + " for "
                + job + " to " + (base.getHost() == null ? "a URL without a host" : base.getHost());
        try {
            HttpRequest request = HttpRequest.newBuilder(withPathSuffix(base, suffix))
                    .timeout(timeout)
                    .header("User-Agent", "vicvil")
                    .GET()
                    .build();
            int status = client().send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status / 100 != 2) {
                warnings.accept(what + " answered HTTP " + status + "; the run goes on");
            }
        } catch (IOException | IllegalArgumentException e) {
            warnings.accept(what + " failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); the run goes on");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            warnings.accept(what + " was interrupted; the run goes on");
        }
    }

    /** {@code https://hc-ping.com/abc/?x=1} + {@code /start} → {@code https://hc-ping.com/abc/start?x=1}. */
    private static URI withPathSuffix(URI base, String suffix) {
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = base.getRawQuery() == null ? "" : "?" + base.getRawQuery();
        try {
            return new URI(base.getScheme() + "://" + base.getRawAuthority() + path + suffix + query);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable healthcheck URL", e);
        }
    }

    /** Built on the first ping, so a job without a healthcheck URL never starts an HTTP client. */
    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }
}

package com.erefiber.vicvil.http;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Transport limits: timeouts, retry attempts and back-off, an optional private CA (PEM) to trust, and whether the
 * transport may speak TLS at all ({@code tls} false: every URL it is for is plain http, and it refuses https).
 */
public record HttpSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration baseDelay,
        Duration maxDelay,
        Optional<Path> caFile,
        boolean tls) {

    /** Cron-friendly defaults: 10 s to connect, 30 s per request, 4 attempts backing off from 1 s to 20 s; TLS. */
    public static HttpSettings defaults() {
        return new HttpSettings(
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                4,
                Duration.ofSeconds(1),
                Duration.ofSeconds(20),
                Optional.empty(),
                true);
    }

    /** The same settings with another number of attempts per request. */
    public HttpSettings withMaxAttempts(int attempts) {
        return new HttpSettings(connectTimeout, requestTimeout, attempts, baseDelay, maxDelay, caFile, tls);
    }

    /** The same settings trusting an extra CA file (a UISP with a self-signed certificate). */
    public HttpSettings withCaFile(Optional<Path> file) {
        return new HttpSettings(connectTimeout, requestTimeout, maxAttempts, baseDelay, maxDelay, file, tls);
    }

    /**
     * The same settings for a run whose requests all go under {@code urls}: without TLS only when there are some and
     * every one is plain http (the sandbox, tests), since setting TLS up costs a cron run's start-up even when unused.
     */
    public HttpSettings forUrls(List<URI> urls) {
        boolean plainHttp = !urls.isEmpty() && urls.stream().allMatch(url -> "http".equalsIgnoreCase(url.getScheme()));
        return new HttpSettings(connectTimeout, requestTimeout, maxAttempts, baseDelay, maxDelay, caFile, !plainHttp);
    }
}

package com.erefiber.vicvil.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Transport limits: timeouts, retry attempts and back-off, and an optional private CA (PEM) to trust. */
public record HttpSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration baseDelay,
        Duration maxDelay,
        Optional<Path> caFile) {

    /** Cron-friendly defaults: 10 s to connect, 30 s per request, 4 attempts backing off from 1 s to 20 s. */
    public static HttpSettings defaults() {
        return new HttpSettings(
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                4,
                Duration.ofSeconds(1),
                Duration.ofSeconds(20),
                Optional.empty());
    }

    /** The same settings with another number of attempts per request. */
    public HttpSettings withMaxAttempts(int attempts) {
        return new HttpSettings(connectTimeout, requestTimeout, attempts, baseDelay, maxDelay, caFile);
    }

    /** The same settings trusting an extra CA file (a UISP with a self-signed certificate). */
    public HttpSettings withCaFile(Optional<Path> file) {
        return new HttpSettings(connectTimeout, requestTimeout, maxAttempts, baseDelay, maxDelay, file);
    }
}

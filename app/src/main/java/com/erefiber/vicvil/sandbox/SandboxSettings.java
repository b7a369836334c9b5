package com.erefiber.vicvil.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How to start a sandbox: the seed, the two ports (0 = any free port), the world's clock, how long an
 * Innago access token lives, and Innago's page size.
 */
public record SandboxSettings(long seed, int innagoPort, int uispPort, Clock clock, Duration tokenLifetime,
                              int innagoPageSize) {

    /** The instant tests start at unless they say otherwise: 10 March 2026, 10:00 in Nelsonville (after the grace day). */
    public static final Instant DEFAULT_START = Instant.parse("2026-03-10T14:00:00Z");

    public SandboxSettings {
        if (innagoPageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1");
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
    }

    /** Ephemeral ports, a clock frozen at {@link #DEFAULT_START}, one-hour tokens, pages of 10. */
    public static SandboxSettings defaults(long seed) {
        return new SandboxSettings(seed, 0, 0, Clock.fixed(DEFAULT_START, Complex.ZONE), Duration.ofHours(1), 10);
    }

    public SandboxSettings withPorts(int innago, int uisp) {
        return new SandboxSettings(seed, innago, uisp, clock, tokenLifetime, innagoPageSize);
    }

    public SandboxSettings withClock(Clock newClock) {
        return new SandboxSettings(seed, innagoPort, uispPort, newClock, tokenLifetime, innagoPageSize);
    }

    public SandboxSettings withTokenLifetime(Duration lifetime) {
        return new SandboxSettings(seed, innagoPort, uispPort, clock, lifetime, innagoPageSize);
    }

    public SandboxSettings withInnagoPageSize(int pageSize) {
        return new SandboxSettings(seed, innagoPort, uispPort, clock, tokenLifetime, pageSize);
    }
}

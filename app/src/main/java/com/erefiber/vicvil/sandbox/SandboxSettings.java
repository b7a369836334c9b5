package com.erefiber.vicvil.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How to start a sandbox: the seed, the two ports (0 = any free port), the world's clock, how long an
 * Innago access token lives, Innago's page size, and how many complexes' worth of buildings the world has.
 */
public record SandboxSettings(
        long seed, int innagoPort, int uispPort, Clock clock, Duration tokenLifetime, int innagoPageSize, int scale) {

    /** The instant tests start at unless they say otherwise: 10 March 2026, 10:00 in Nelsonville (after the grace day). */
    public static final Instant DEFAULT_START = Instant.parse("2026-03-10T14:00:00Z");

    public SandboxSettings {
        if (innagoPageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1");
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1");
        }
    }

    /** Ephemeral ports, a clock frozen at {@link #DEFAULT_START}, one-hour tokens, pages of 10, one complex. */
    public static SandboxSettings defaults(long seed) {
        return new SandboxSettings(seed, 0, 0, Clock.fixed(DEFAULT_START, Complex.ZONE), Duration.ofHours(1), 10, 1);
    }

    public SandboxSettings withPorts(int innago, int uisp) {
        return new SandboxSettings(seed, innago, uisp, clock, tokenLifetime, innagoPageSize, scale);
    }

    public SandboxSettings withClock(Clock newClock) {
        return new SandboxSettings(seed, innagoPort, uispPort, newClock, tokenLifetime, innagoPageSize, scale);
    }

    public SandboxSettings withTokenLifetime(Duration lifetime) {
        return new SandboxSettings(seed, innagoPort, uispPort, clock, lifetime, innagoPageSize, scale);
    }

    public SandboxSettings withInnagoPageSize(int pageSize) {
        return new SandboxSettings(seed, innagoPort, uispPort, clock, tokenLifetime, pageSize, scale);
    }

    /** {@code complexes} times the buildings of Victorian Village (118 units each), for load and memory tests. */
    public SandboxSettings withScale(int complexes) {
        return new SandboxSettings(seed, innagoPort, uispPort, clock, tokenLifetime, innagoPageSize, complexes);
    }
}

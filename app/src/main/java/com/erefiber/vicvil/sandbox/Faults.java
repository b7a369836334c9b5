package com.erefiber.vicvil.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * Fault injection by path prefix ({@code /openapi/v1/leases}, {@code /crm}, {@code ""} for everything):
 * latency, 5xx (the next N, or a deterministic share), 429 with Retry-After, a hang that never answers
 * until {@link #clear()} or the sandbox closes, a malformed JSON body, an HTML error page, and a write that
 * is carried out but whose answer is lost (502), and a page answered with its lists emptied. Rules apply in the order they were added.
 */
public final class Faults {
    private final Random random;
    private final List<Rule> rules = new ArrayList<>();
    private CountDownLatch hangRelease = new CountDownLatch(1);
    private boolean closed;

    Faults(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Starts a rule for every request whose path starts with {@code pathPrefix}; a prefix may start with a
     * method ({@code "POST /crm/api/v1.0/clients"}) to leave other methods on the same path alone.
     */
    public Target on(String pathPrefix) {
        return new Target(pathPrefix);
    }

    /** Removes every rule and releases hanging requests (their connections are dropped unanswered). */
    public synchronized void clear() {
        rules.clear();
        hangRelease.countDown();
        hangRelease = new CountDownLatch(1);
    }

    synchronized void close() {
        closed = true;
        rules.clear();
        hangRelease.countDown();
    }

    /** What to do with one request: an optional delay, then an optional replacement of the normal answer. */
    synchronized Decision decide(String method, String path, Optional<String> pageNumber) {
        String request = method + " " + path;
        Duration latency = Duration.ZERO;
        for (Rule rule : rules) {
            if (rule.kind == Kind.LATENCY && rule.matches(path, request)) {
                latency = rule.duration;
                break;
            }
        }
        for (Rule rule : rules) {
            if (rule.kind == Kind.LATENCY
                    || !rule.matches(path, request)
                    || !rule.onPage(pageNumber)
                    || !rule.fires(random)) {
                continue;
            }
            return new Decision(latency, rule.kind, rule.status, rule.duration, closed ? null : hangRelease);
        }
        return new Decision(latency, null, 0, Duration.ZERO, null);
    }

    private synchronized void add(Rule rule) {
        rules.add(rule);
    }

    /** The kinds of fault. */
    enum Kind {
        LATENCY,
        FAIL,
        THROTTLE,
        HANG,
        MALFORMED,
        HTML,
        DROP,
        EMPTY_PAGE
    }

    /** The fault chosen for one request; {@code kind} null means "answer normally" (after {@code latency}). */
    record Decision(Duration latency, Kind kind, int status, Duration retryAfter, CountDownLatch hangRelease) {}

    private static final class Rule {
        final String prefix;
        final Kind kind;
        final int status;
        final Duration duration;
        final double rate;
        final Optional<String> page;
        int remaining;

        Rule(String prefix, Kind kind, int status, Duration duration, double rate, int remaining) {
            this(prefix, kind, status, duration, rate, remaining, Optional.empty());
        }

        Rule(
                String prefix,
                Kind kind,
                int status,
                Duration duration,
                double rate,
                int remaining,
                Optional<String> page) {
            this.prefix = prefix;
            this.kind = kind;
            this.status = status;
            this.duration = duration;
            this.rate = rate;
            this.remaining = remaining;
            this.page = page;
        }

        /** A rule for one page fires only on requests for that page number. */
        boolean onPage(Optional<String> requested) {
            return page.isEmpty() || page.equals(requested);
        }

        boolean matches(String path, String request) {
            return path.startsWith(prefix) || request.startsWith(prefix);
        }

        /** Whether the rule fires for this request; counted rules are used up, rate rules draw from the seeded stream. */
        boolean fires(Random random) {
            if (rate > 0) {
                return random.nextDouble() < rate;
            }
            if (remaining < 0) {
                return true;
            }
            if (remaining == 0) {
                return false;
            }
            remaining--;
            return true;
        }
    }

    /** Adds rules for one path prefix; every method returns the target so rules can be chained. */
    public final class Target {
        private final String prefix;

        private Target(String prefix) {
            this.prefix = prefix;
        }

        /** Delays every matching request by {@code delay} before it is answered. */
        public Target latency(Duration delay) {
            add(new Rule(prefix, Kind.LATENCY, 0, delay, 0, -1));
            return this;
        }

        /** Answers the next {@code times} matching requests with {@code status} (a 5xx) without processing them. */
        public Target failNext(int times, int status) {
            add(new Rule(prefix, Kind.FAIL, status, Duration.ZERO, 0, times));
            return this;
        }

        /** Answers a deterministic share {@code rate} (0–1, from the sandbox's seed) of matching requests with 500. */
        public Target errorRate(double rate) {
            if (rate <= 0 || rate > 1) {
                throw new IllegalArgumentException("error rate must be in (0, 1]: " + rate);
            }
            add(new Rule(prefix, Kind.FAIL, 500, Duration.ZERO, rate, -1));
            return this;
        }

        /** Answers the next {@code times} matching requests with 429 and {@code Retry-After} (whole seconds). */
        public Target throttleNext(int times, Duration retryAfter) {
            add(new Rule(prefix, Kind.THROTTLE, 429, retryAfter, 0, times));
            return this;
        }

        /** Never answers matching requests until {@link Faults#clear()} or the sandbox closes. */
        public Target hang() {
            add(new Rule(prefix, Kind.HANG, 0, Duration.ZERO, 0, -1));
            return this;
        }

        /** Answers the next {@code times} matching requests with 200 and a truncated JSON body. */
        public Target malformedNext(int times) {
            add(new Rule(prefix, Kind.MALFORMED, 200, Duration.ZERO, 0, times));
            return this;
        }

        /** Answers the next {@code times} matching requests with an HTML error page (as a proxy would). */
        public Target htmlErrorNext(int times, int status) {
            add(new Rule(prefix, Kind.HTML, status, Duration.ZERO, 0, times));
            return this;
        }

        /**
         * Answers every request for page {@code pageNumber} (Innago's 1-based {@code pageNumber}) normally but with
         * its lists emptied and its paging model kept: a list that comes back shorter than it says, as a real
         * upstream sometimes does.
         */
        public Target emptyPage(int pageNumber) {
            add(new Rule(
                    prefix, Kind.EMPTY_PAGE, 200, Duration.ZERO, 0, -1, Optional.of(Integer.toString(pageNumber))));
            return this;
        }

        /** Processes the next {@code times} matching requests, then loses the answer: the client sees a 502. */
        public Target dropResponseNext(int times) {
            add(new Rule(prefix, Kind.DROP, 502, Duration.ZERO, 0, times));
            return this;
        }
    }
}

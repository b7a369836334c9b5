package com.erefiber.vicvil.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every request the sandbox answered (including rejected and fault-injected ones), with counts per
 * endpoint template ({@code GET /openapi/v1/leases}) and a count of writes. Resettable between steps.
 */
public final class RequestLog {
    /** The name the Innago token endpoint carries in {@link Entry#api()}; minting a token is not a write. */
    static final String IDENTITY = "identity";

    private final List<Entry> entries = new ArrayList<>();

    /**
     * One request.
     *
     * @param at       when it arrived, on the world's clock
     * @param api      {@code identity}, {@code innago}, {@code crm}, {@code nms} (or {@code unknown})
     * @param endpoint method and path template, e.g. {@code PATCH /crm/api/v1.0/clients/services/{id}/suspend}
     * @param status   the HTTP status sent, 0 when the request was left hanging
     * @param note     the detail of an error answer, or why the answer was not the handler's own (fault,
     *                 sandbox error); else empty
     */
    public record Entry(
            Instant at,
            String api,
            String method,
            String path,
            String query,
            String endpoint,
            int status,
            String note) {
        /** A request that may change state: anything but GET/HEAD, except minting an Innago token. */
        public boolean isWrite() {
            return !method.equals("GET") && !method.equals("HEAD") && !api.equals(IDENTITY);
        }
    }

    synchronized void record(Entry entry) {
        entries.add(entry);
    }

    /** All requests so far, oldest first. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The requests that satisfy {@code filter}, oldest first. */
    public synchronized List<Entry> entries(Predicate<Entry> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** How many requests hit one endpoint, named as {@code METHOD /path/{template}}. */
    public synchronized long count(String endpoint) {
        return entries.stream().filter(e -> e.endpoint().equals(endpoint)).count();
    }

    /** Requests per endpoint template, sorted by template. */
    public synchronized Map<String, Long> countsByEndpoint() {
        Map<String, Long> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(e.endpoint(), 1L, Long::sum));
        return counts;
    }

    /** How many requests may have changed state (see {@link Entry#isWrite()}). */
    public synchronized long writes() {
        return entries.stream().filter(Entry::isWrite).count();
    }

    /** The requests that may have changed state, oldest first. */
    public synchronized List<Entry> writeEntries() {
        return entries(Entry::isWrite);
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Forgets everything logged so far. */
    public synchronized void reset() {
        entries.clear();
    }
}

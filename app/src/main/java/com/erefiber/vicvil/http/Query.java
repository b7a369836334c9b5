package com.erefiber.vicvil.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a request URI: base + path + query, with repeated keys ({@code statuses[]=1&statuses[]=3}) and encoding. */
public final class Query {
    private final String base;
    private final String path;
    private final List<Map.Entry<String, String>> params = new ArrayList<>();

    private Query(String base, String path) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.path = path.startsWith("/") ? path : "/" + path;
    }

    /** Starts a URI at {@code base} (no trailing slash needed) and {@code path} (already encoded). */
    public static Query of(URI base, String path) {
        return new Query(base.toString(), path);
    }

    /** Adds a parameter; a null value is skipped, so optional filters read naturally. */
    public Query param(String key, Object value) {
        if (value != null) {
            params.add(Map.entry(key, value.toString()));
        }
        return this;
    }

    /** Adds one parameter per value under the same key. */
    public Query params(String key, Iterable<?> values) {
        values.forEach(value -> param(key, value));
        return this;
    }

    /** The finished URI. */
    public URI uri() {
        StringBuilder text = new StringBuilder(base).append(path);
        char separator = '?';
        for (Map.Entry<String, String> param : params) {
            text.append(separator).append(encode(param.getKey())).append('=').append(encode(param.getValue()));
            separator = '&';
        }
        return URI.create(text.toString());
    }

    /** Percent-encodes one path segment or query part. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package com.erefiber.vicvil.http;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One API operation as the spec names it: method and path template ({@code /v1/leases/{leaseUid}}).
 * Clients declare every operation they call as an Endpoint constant in their registry class, so the
 * spec-conformance tests check exactly what the code sends.
 */
public record Endpoint(String method, String template) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

    /** The URI for this endpoint under {@code base}, with placeholders filled in order (each encoded). */
    public Query at(URI base, Object... values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            if (index >= values.length) {
                throw new IllegalArgumentException("missing value for " + matcher.group() + " in " + template);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(Query.encode(String.valueOf(values[index++]))));
        }
        matcher.appendTail(path);
        if (index != values.length) {
            throw new IllegalArgumentException("too many values for " + template);
        }
        return Query.of(base, path.toString());
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}

package com.erefiber.vicvil.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One request as a fake API sees it: method, path, decoded query (multi-valued, names as sent),
 * headers (lower-case names), body, and the path parameters of the route it matched.
 */
record FakeRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> query,
        Map<String, List<String>> headers,
        byte[] body,
        Map<String, String> pathParams) {

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    FakeRequest withPathParams(Map<String, String> params) {
        return new FakeRequest(method, path, rawQuery, query, headers, body, Map.copyOf(params));
    }

    String pathParam(String name) {
        return pathParams.get(name);
    }

    /** A header by name (case-insensitive), first value. */
    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The first value of a query parameter, matched exactly. */
    Optional<String> param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The first value of a query parameter matched case-insensitively: Innago is ASP.NET, whose model
     * binding ignores the case of parameter names ({@code pageNumber} and {@code PageNumber} both work).
     */
    Optional<String> paramIgnoreCase(String name) {
        return allIgnoreCase(name).stream().findFirst();
    }

    /** Every value of a query parameter matched case-insensitively (repeated {@code Statuses=1&Statuses=3}). */
    List<String> allIgnoreCase(String name) {
        List<String> values = new ArrayList<>();
        query.forEach((key, list) -> {
            if (key.equalsIgnoreCase(name)) {
                values.addAll(list);
            }
        });
        return values;
    }

    /**
     * A PHP-style array parameter: {@code statuses[]=3}, {@code statuses[0]=3} (what PHP's
     * http_build_query sends) or a bare {@code statuses=3}.
     */
    List<String> array(String name) {
        List<String> values = new ArrayList<>();
        query.forEach((key, list) -> {
            if (key.equals(name) || key.equals(name + "[]") || key.matches(Pattern.quote(name) + "\\[\\d+]")) {
                values.addAll(list);
            }
        });
        return values;
    }

    /** A query parameter converted, or a 400 (in the API's own error style) when it does not convert. */
    <T> Optional<T> param(String name, Function<String, T> converter) {
        Optional<String> raw = param(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(converter.apply(raw.get()));
        } catch (RuntimeException e) {
            throw FakeApiException.badRequest("query parameter " + name + " is invalid: " + raw.get());
        }
    }

    /** The body as JSON; {@link MissingNode} when empty; a 400 when it is not JSON. */
    JsonNode json(ObjectMapper mapper) {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw FakeApiException.badRequest("request body is not valid JSON");
        }
    }

    /** The body as an HTML form ({@code application/x-www-form-urlencoded}). */
    Map<String, List<String>> form() {
        return parseQuery(new String(body, StandardCharsets.UTF_8));
    }
}

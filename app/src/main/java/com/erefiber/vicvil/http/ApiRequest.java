package com.erefiber.vicvil.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the clients describe it. {@code retrySafe} says whether it may be sent again after
 * an unanswered attempt: true for reads and idempotent writes; a POST only when the caller proved it safe.
 */
public record ApiRequest(
        String method,
        URI uri,
        Map<String, String> headers,
        Optional<String> body,
        String contentType,
        boolean retrySafe,
        boolean sensitiveResponse) {

    public ApiRequest {
        headers = Map.copyOf(headers);
    }

    /** A GET (always safe to retry). */
    public static ApiRequest get(URI uri) {
        return new ApiRequest("GET", uri, Map.of(), Optional.empty(), "application/json", true, false);
    }

    /** A request with a JSON body; POSTs start as not retry-safe, PUT/PATCH/DELETE as safe (idempotent). */
    public static ApiRequest json(String method, URI uri, String body) {
        return new ApiRequest(
                method, uri, Map.of(), Optional.ofNullable(body), "application/json", !"POST".equals(method), false);
    }

    /** A form-encoded POST (token endpoints): never retried after an unanswered attempt, body kept out of errors. */
    public static ApiRequest form(URI uri, String formBody) {
        return new ApiRequest(
                "POST", uri, Map.of(), Optional.of(formBody), "application/x-www-form-urlencoded", false, true);
    }

    /** The same request with one more header. */
    public ApiRequest header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiRequest(method, uri, more, body, contentType, retrySafe, sensitiveResponse);
    }

    /** The same request marked safe to resend (a POST whose duplicate the caller has ruled out). */
    public ApiRequest markedRetrySafe() {
        return new ApiRequest(method, uri, headers, body, contentType, true, sensitiveResponse);
    }

    /** The path for messages and request counting (no host, no query). */
    public String path() {
        return uri.getRawPath();
    }

    /** Method and path only: headers and body carry credentials (Authorization, api keys, token forms). */
    @Override
    public String toString() {
        return method + " " + path();
    }
}

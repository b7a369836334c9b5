package com.erefiber.vicvil.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One endpoint of a fake API: method, full path template ({@code /crm/api/v1.0/clients/{id}}), whether
 * it needs the API's credentials, and its handler. The template also names the endpoint in the request log.
 */
record Route(String method, String template, boolean authenticated, Handler handler) {

    /** Answers one request that matched the route. */
    @FunctionalInterface
    interface Handler {
        FakeReply handle(FakeRequest request);
    }

    static Route authenticated(String method, String template, Handler handler) {
        return new Route(method, template, true, handler);
    }

    static Route open(String method, String template, Handler handler) {
        return new Route(method, template, false, handler);
    }

    /** The path parameters when {@code path} fits the template ({@code {name}} matches one segment). */
    Optional<Map<String, String>> match(String path) {
        String[] want = template.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    /** How many segments are parameters: a literal route ({@code /clients/services}) beats {@code /clients/{id}}. */
    int parameterCount() {
        return (int) template.chars().filter(c -> c == '{').count();
    }

    /** The endpoint's name in the request log: {@code GET /crm/api/v1.0/clients/{id}}. */
    String endpoint() {
        return method + " " + template;
    }
}

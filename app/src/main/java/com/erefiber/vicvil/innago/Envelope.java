package com.erefiber.vicvil.innago;

import com.erefiber.vicvil.http.ApiResponse;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Innago's answer envelope {@code {"data": …, "error": {"errorMessage", "errorCode"}}}. {@code error} may be
 * null or absent on success (unconfirmed which); a non-blank errorMessage or errorCode is a failure.
 */
final class Envelope {
    private Envelope() {}

    /** The {@code data} of an answer, after checking its {@code error}; a missing or null data is a failure. */
    static JsonNode data(ApiResponse response, JsonNode root) {
        if (!root.isObject()) {
            throw response.unexpected("expected a {data, error} object");
        }
        failOnError(response, root);
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            throw response.unexpected("no data in the answer");
        }
        return data;
    }

    /** Throws when the answer carries an error, whatever its HTTP status said. */
    static void failOnError(ApiResponse response, JsonNode root) {
        JsonNode error = root.path("error");
        String message = InnagoReader.text(error, "errorMessage");
        String code = InnagoReader.text(error, "errorCode");
        if (!message.isEmpty() || !code.isEmpty()) {
            throw response.unexpected("Innago error " + (message.isEmpty() ? "" : "'" + message + "'")
                    + (code.isEmpty() ? "" : " (code " + code + ")"));
        }
    }

    /**
     * The list under {@code key} in {@code data}: a null list is empty, but an absent key is a failure, so a
     * renamed field never reads as "nothing there" (zero leases would look like every unit moved out).
     */
    static JsonNode list(ApiResponse response, JsonNode data, String key) {
        if (!data.isObject()) {
            throw response.unexpected("data is not an object");
        }
        JsonNode list = data.get(key);
        if (list == null) {
            throw response.unexpected("no '" + key + "' list in the answer");
        }
        if (!list.isArray() && !list.isNull()) { // a null node iterates as empty
            throw response.unexpected("'" + key + "' is not a list");
        }
        return list;
    }
}

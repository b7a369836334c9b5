package com.erefiber.vicvil.sandbox;

import java.util.List;
import java.util.Map;

/**
 * A controlled failure inside a fake API handler. The API that owns the route renders it in its own
 * error dialect (Innago envelope, UCRM {@code {code, message}}, NMS {@code {statusCode, error}}).
 */
final class FakeApiException extends RuntimeException {
    private final int status;
    private final Map<String, List<String>> fieldErrors;

    FakeApiException(int status, String message, Map<String, List<String>> fieldErrors) {
        super(message);
        this.status = status;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    static FakeApiException badRequest(String message) {
        return new FakeApiException(400, message, Map.of());
    }

    static FakeApiException notFound(String message) {
        return new FakeApiException(404, message, Map.of());
    }

    /** A validation failure on one field (UCRM answers 422; the other APIs map it to their own 400). */
    static FakeApiException invalid(String field, String message) {
        return new FakeApiException(422, message, Map.of(field, List.of(message)));
    }

    int status() {
        return status;
    }

    Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}

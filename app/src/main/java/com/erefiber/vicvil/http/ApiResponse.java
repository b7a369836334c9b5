package com.erefiber.vicvil.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** A 2xx answer: status, headers and body text, with a JSON view that fails as {@link ApiException}. */
public record ApiResponse(
        String api, ApiRequest request, int status, HttpHeaders headers, String body, ObjectMapper mapper) {

    /** The body as a JSON tree; an empty body is an empty object node. Malformed JSON or HTML → ApiException. */
    public JsonNode json() {
        if (body == null || body.isBlank()) {
            return mapper.createObjectNode();
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            String snippet = request.sensitiveResponse() ? "" : Snippets.of(body, request);
            throw ApiException.malformed(
                    api,
                    request.method(),
                    request.path(),
                    status,
                    snippet,
                    body.stripLeading().startsWith("<") ? "an HTML page instead of JSON" : "malformed JSON");
        }
    }

    /** A response header, e.g. {@code Location}. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** A failure for a list that came back shorter than it says (exit 75). */
    public ApiException incomplete(String problem) {
        return ApiException.incomplete(api, request.method(), request.path(), status, problem);
    }

    /** A failure for a body that parsed but lacks what the API promises. */
    public ApiException unexpected(String problem) {
        return ApiException.malformed(
                api,
                request.method(),
                request.path(),
                status,
                request.sensitiveResponse() ? "" : Snippets.of(body, request),
                problem);
    }
}

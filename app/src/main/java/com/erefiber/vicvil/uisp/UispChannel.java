package com.erefiber.vicvil.uisp;

import com.erefiber.vicvil.config.Secret;
import com.erefiber.vicvil.http.ApiRequest;
import com.erefiber.vicvil.http.ApiResponse;
import com.erefiber.vicvil.http.Endpoint;
import com.erefiber.vicvil.http.HttpTransport;
import com.erefiber.vicvil.http.Query;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One UISP API (CRM or NMS) on the shared transport: its base URL, its name in messages and its
 * authentication header. Turns answers into records, failing as {@code ApiException} on any body that does
 * not have the promised shape (never a NullPointerException or a raw Jackson error).
 */
public final class UispChannel {
    private final HttpTransport transport;
    private final String api;
    private final URI base;
    private final String authHeader;
    private final Secret key;

    UispChannel(HttpTransport transport, String api, URI base, String authHeader, Secret key) {
        this.transport = transport;
        this.api = api;
        this.base = base;
        this.authHeader = authHeader;
        this.key = key;
    }

    /** A new JSON object for a small request body. */
    public ObjectNode object() {
        return mapper().createObjectNode();
    }

    /** The URI builder for an endpoint with its placeholders filled in order (a null id is a bug, not "null"). */
    public Query at(Endpoint endpoint, Object... values) {
        for (Object value : values) {
            Objects.requireNonNull(value, () -> "null path value for " + endpoint);
        }
        return endpoint.at(base, values);
    }

    /** A GET of the query (always retry-safe). */
    public ApiResponse get(Query query) {
        return transport.send(api, ApiRequest.get(query.uri()).header(authHeader, key.reveal()));
    }

    /** The endpoint's request with an optional JSON body (null: none); POSTs start as not retry-safe. */
    public ApiRequest request(Endpoint endpoint, Query query, Object body) {
        String json = body == null ? null : write(body);
        return ApiRequest.json(endpoint.method(), query.uri(), json).header(authHeader, key.reveal());
    }

    /** Sends a request built by {@link #request}. */
    public ApiResponse send(ApiRequest request) {
        return transport.send(api, request);
    }

    /**
     * The body as one record of {@code type}. Unknown fields are ignored; a primitive component (an id, a
     * status) that is missing or null fails, so a broken answer never reads as id 0.
     */
    public <T> T read(ApiResponse response, JsonNode node, Class<T> type) {
        try {
            T value = mapper().readerFor(type)
                    .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(node);
            if (value == null) {
                throw response.unexpected("expected " + type.getSimpleName() + " but got " + node.getNodeType());
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            String detail =
                    e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
            throw response.unexpected("cannot read " + type.getSimpleName() + ": " + shorten(detail));
        }
    }

    /** The body as a JSON array of {@code type}; anything else is an unexpected answer. */
    public <T> List<T> readList(ApiResponse response, JsonNode node, Class<T> type) {
        if (!node.isArray()) {
            throw response.unexpected("expected a JSON array of " + type.getSimpleName());
        }
        List<T> items = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            items.add(read(response, item, type));
        }
        return items;
    }

    /**
     * The id of a created object: the body's {@code id} (a number, or a numeric string) when the answer has
     * one, else the last segment of the {@code Location} header (the CRM documents both on 201 answers).
     */
    public long createdId(ApiResponse response) {
        JsonNode id = response.json().path("id");
        if (id.isIntegralNumber() || (id.isTextual() && id.asText().matches("\\d+"))) {
            return id.asLong();
        }
        Optional<String> location = response.header("Location");
        if (location.isPresent()) {
            String path = location.get().replaceAll("[?#].*$", "").replaceAll("/+$", "");
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (last.matches("\\d+")) {
                return Long.parseLong(last);
            }
        }
        throw response.unexpected("no id in the body and no usable Location header");
    }

    private ObjectMapper mapper() {
        return transport.mapper();
    }

    private String write(Object body) {
        try {
            return mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    private static String shorten(String text) {
        String line = String.valueOf(text).replaceAll("\\s+", " ");
        return line.length() <= 160 ? line : line.substring(0, 160) + "…";
    }
}

package com.erefiber.vicvil.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A minimal HTTP client for talking to the sandbox in tests, with the credentials of each API at hand. */
final class Http {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Sandbox sandbox;
    private String innagoToken;

    Http(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** One answer: status, headers, raw body and (when it parses) its JSON. */
    record Reply(int status, HttpResponse<String> response) {
        String body() {
            return response.body();
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    /** Mints a token with the password grant and remembers it. */
    String innagoToken() {
        if (innagoToken == null) {
            Reply reply = token(Map.of(
                    "grant_type",
                    "password",
                    "username",
                    sandbox.credentials().innagoClientId(),
                    "password",
                    sandbox.credentials().innagoClientSecret()));
            innagoToken = reply.json().get("access_token").asText();
        }
        return innagoToken;
    }

    void forgetInnagoToken() {
        innagoToken = null;
    }

    /** POSTs a token form (client id/secret added) with the API key. */
    Reply token(Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.putIfAbsent("client_id", sandbox.credentials().innagoClientId());
        form.putIfAbsent("client_secret", sandbox.credentials().innagoClientSecret());
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(sandbox.innagoTokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("x-api-key", sandbox.credentials().innagoApiKey())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** An Innago call with both credentials, {@code path} relative to /openapi. */
    Reply innago(String method, String path, String json) {
        return send(innagoRequest(
                        path, "Bearer " + innagoToken(), sandbox.credentials().innagoApiKey())
                .method(method, publisher(json)));
    }

    Reply innagoGet(String path) {
        return innago("GET", path, null);
    }

    HttpRequest.Builder innagoRequest(String path, String authorization, String apiKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sandbox.innagoApiUrl() + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (apiKey != null) {
            builder.header("x-api-key", apiKey);
        }
        return builder;
    }

    /** A CRM call with the app key, {@code path} relative to /crm/api/v1.0. */
    Reply crm(String method, String path, String json) {
        return crm(method, path, json, sandbox.credentials().crmApiKey());
    }

    Reply crm(String method, String path, String json, String key) {
        return uisp("/crm/api/v1.0", "X-Auth-App-Key", key, method, path, json);
    }

    /** An NMS call with the token, {@code path} relative to /nms/api/v2.1. */
    Reply nms(String method, String path, String json) {
        return nms(method, path, json, sandbox.credentials().nmsApiKey());
    }

    Reply nms(String method, String path, String json, String token) {
        return uisp("/nms/api/v2.1", "x-auth-token", token, method, path, json);
    }

    private Reply uisp(String base, String keyHeader, String key, String method, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sandbox.uispUrl() + base + path))
                .header("Content-Type", "application/json")
                .method(method, publisher(json));
        if (key != null) {
            builder.header(keyHeader, key);
        }
        return send(builder);
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient client() {
        return client;
    }

    private static HttpRequest.BodyPublisher publisher(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }
}

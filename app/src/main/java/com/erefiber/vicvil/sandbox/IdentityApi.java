package com.erefiber.vicvil.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Innago's token endpoint, {@code POST /identity/connect/token} (outside {@code /openapi}): a form-encoded
 * password or refresh_token grant with the {@code x-api-key} header; OAuth-style errors.
 */
final class IdentityApi implements FakeApi {
    static final String PATH = "/identity/connect/token";

    private final InnagoAuth auth;
    private final ObjectMapper mapper;

    IdentityApi(InnagoAuth auth, ObjectMapper mapper) {
        this.auth = auth;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return RequestLog.IDENTITY;
    }

    @Override
    public String prefix() {
        return "/identity";
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.open("POST", PATH, this::token));
    }

    @Override
    public Optional<FakeReply> rejectUnauthenticated(FakeRequest request) {
        return Optional.empty();
    }

    @Override
    public FakeReply error(FakeApiException failure) {
        if (failure.status() == 401) {
            return InnagoApi.unauthorized();
        }
        return JsonFields.reply(mapper, failure.status(), JsonFields.object().put("error", failure.getMessage()));
    }

    @Override
    public FakeReply routeNotFound(FakeRequest request) {
        return FakeReply.empty(404);
    }

    private FakeReply token(FakeRequest request) {
        if (!auth.hasApiKey(request)) {
            return InnagoApi.unauthorized();
        }
        boolean form = request.header("Content-Type")
                .map(t -> t.startsWith("application/x-www-form-urlencoded"))
                .orElse(false);
        if (!form) {
            throw new FakeApiException(400, "invalid_request", Map.of());
        }
        InnagoAuth.Grant grant = auth.grant(request.form());
        ObjectNode body = JsonFields.object()
                .put("access_token", grant.accessToken())
                .put("expires_in", grant.expiresIn())
                .put("token_type", "Bearer")
                .put("refresh_token", grant.refreshToken())
                .put("scope", "openApiScope offline_access");
        return JsonFields.reply(mapper, 200, body);
    }
}

package com.erefiber.vicvil.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Innago's token service and credential check: password and refresh-token grants at
 * {@code /identity/connect/token}; every API call needs {@code Authorization: Bearer <token>} (capital B,
 * token not expired on the world's clock) and the {@code x-api-key}.
 */
final class InnagoAuth {
    private static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    private final SandboxCredentials credentials;
    private final World world;
    private final Duration accessLifetime;
    private final Map<String, Instant> accessTokens = new HashMap<>();
    private final Map<String, Instant> refreshTokens = new HashMap<>();

    InnagoAuth(SandboxCredentials credentials, World world, Duration accessLifetime) {
        this.credentials = credentials;
        this.world = world;
        this.accessLifetime = accessLifetime;
    }

    /** A granted token pair. */
    record Grant(String accessToken, long expiresIn, String refreshToken) {}

    /**
     * Answers a token request form; a failure is a {@link FakeApiException} whose message is the OAuth
     * error code ({@code invalid_client}, {@code invalid_grant}, {@code unsupported_grant_type}).
     */
    synchronized Grant grant(Map<String, List<String>> form) {
        String clientId = first(form, "client_id");
        String clientSecret = first(form, "client_secret");
        if (!credentials.innagoClientId().equals(clientId)
                || !credentials.innagoClientSecret().equals(clientSecret)) {
            throw new FakeApiException(400, "invalid_client", Map.of());
        }
        String grantType = first(form, "grant_type");
        if ("password".equals(grantType)) {
            if (!credentials.innagoClientId().equals(first(form, "username"))
                    || !credentials.innagoClientSecret().equals(first(form, "password"))) {
                throw new FakeApiException(400, "invalid_grant", Map.of());
            }
            return issue(newRefreshToken());
        }
        if ("refresh_token".equals(grantType)) {
            String refresh = first(form, "refresh_token");
            Instant expiry = refresh == null ? null : refreshTokens.get(refresh);
            if (expiry == null || !world.now().isBefore(expiry)) {
                throw new FakeApiException(400, "invalid_grant", Map.of());
            }
            return issue(refresh);
        }
        throw new FakeApiException(400, "unsupported_grant_type", Map.of());
    }

    /** Whether the request carries a live bearer token (scheme exactly "Bearer") and the right API key. */
    synchronized boolean authenticated(FakeRequest request) {
        if (!request.header("x-api-key").map(credentials.innagoApiKey()::equals).orElse(false)) {
            return false;
        }
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isEmpty() || !authorization.get().startsWith("Bearer ")) {
            return false;
        }
        Instant expiry = accessTokens.get(
                authorization.get().substring("Bearer ".length()).strip());
        return expiry != null && world.now().isBefore(expiry);
    }

    /** Whether the request carries the right {@code x-api-key} (the token service wants it too). */
    boolean hasApiKey(FakeRequest request) {
        return request.header("x-api-key")
                .map(credentials.innagoApiKey()::equals)
                .orElse(false);
    }

    /** Invalidates every access token (a client must mint or refresh on its next 401). */
    synchronized void revokeAccessTokens() {
        accessTokens.clear();
    }

    /** Invalidates every refresh token (a client must fall back to the password grant). */
    synchronized void revokeRefreshTokens() {
        refreshTokens.clear();
    }

    private String newRefreshToken() {
        String refresh = world.ids.hex(32).toUpperCase(Locale.ROOT);
        refreshTokens.put(refresh, world.now().plus(REFRESH_LIFETIME));
        return refresh;
    }

    private Grant issue(String refreshToken) {
        Instant now = world.now();
        Instant expiry = now.plus(accessLifetime);
        String access = jwt(now, expiry);
        accessTokens.put(access, expiry);
        return new Grant(access, accessLifetime.toSeconds(), refreshToken);
    }

    /** A JWT-shaped token carrying the claims Innago's do (unsigned: nothing here verifies it). */
    private String jwt(Instant issued, Instant expiry) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"PropertyOwnerId\":\"" + world.innago.ownerUid + "\",\"OrganizationId\":\""
                + world.innago.organizationUid + "\",\"openApiScope\":\"true\",\"TwoFactorRequired\":\"false\","
                + "\"client_id\":\"" + credentials.innagoClientId() + "\",\"jti\":\"" + world.ids.hex(16) + "\","
                + "\"iat\":" + issued.getEpochSecond() + ",\"exp\":" + expiry.getEpochSecond() + "}";
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + world.ids.hex(32);
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

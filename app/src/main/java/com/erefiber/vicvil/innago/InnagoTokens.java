package com.erefiber.vicvil.innago;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.http.ApiException;
import com.erefiber.vicvil.http.ApiRequest;
import com.erefiber.vicvil.http.ApiResponse;
import com.erefiber.vicvil.http.HttpTransport;
import com.erefiber.vicvil.http.Query;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Innago access tokens (reference §2, confirmed live): minted at {@code token_url} with the password grant
 * (username = client id, password = client secret), renewed with the refresh grant once expired, falling back
 * to the password grant when the refresh is refused. Thread-safe: concurrent page reads share one token.
 */
final class InnagoTokens {
    /** [CLI]'s fallback when the answer has no expires_in; the token is documented as lasting an hour. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final AppConfig.Innago config;
    private final HttpTransport transport;
    private final Optional<TokenCacheFile> cache;
    private final Clock clock;
    private AccessToken token;
    private boolean cacheRead;

    InnagoTokens(AppConfig.Innago config, HttpTransport transport, Optional<TokenCacheFile> cache, Clock clock) {
        this.config = config;
        this.transport = transport;
        this.cache = cache;
        this.clock = clock;
    }

    /** A usable access token: the one held, the cached one, a refreshed one or a new one. */
    synchronized String current() {
        if (token == null && !cacheRead) {
            cacheRead = true;
            token = cache.flatMap(TokenCacheFile::read).orElse(null);
        }
        if (token != null && token.usableAt(clock.instant())) {
            return token.accessToken();
        }
        keep(
                token != null && token.refreshToken().isPresent()
                        ? refreshOrMint(token.refreshToken().get())
                        : mint());
        return token.accessToken();
    }

    /**
     * A new token after Innago answered 401 to {@code rejected}. If another thread already replaced it, that
     * newer token is returned instead of minting again.
     */
    synchronized String renewAfterRejection(String rejected) {
        if (token == null || token.accessToken().equals(rejected)) {
            keep(mint());
        }
        return token.accessToken();
    }

    private void keep(AccessToken fresh) {
        token = fresh;
        cache.ifPresent(file -> file.write(fresh));
    }

    private AccessToken refreshOrMint(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", config.clientId());
        form.put("client_secret", config.clientSecret().reveal());
        try {
            return request(form, Optional.of(refreshToken));
        } catch (ApiException e) {
            int status = e.status().orElse(0);
            if (status == 0 || status == 429 || status >= 500) {
                throw e; // an outage: the password grant would meet it too
            }
            return mint(); // an answer that held no token
        } catch (VicvilException refused) {
            return mint(); // the refresh token expired or was revoked
        }
    }

    private AccessToken mint() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("username", config.clientId());
        form.put("password", config.clientSecret().reveal());
        form.put("client_id", config.clientId());
        form.put("client_secret", config.clientSecret().reveal());
        return request(form, Optional.empty());
    }

    private AccessToken request(Map<String, String> form, Optional<String> previousRefresh) {
        String body = form.entrySet().stream()
                .map(entry -> Query.encode(entry.getKey()) + "=" + Query.encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        // Minting twice is harmless (nothing is created), so the token POST may be resent after a failure.
        ApiRequest request = ApiRequest.form(config.tokenUrl(), body)
                .header("x-api-key", config.apiKey().reveal())
                .markedRetrySafe();
        ApiResponse response;
        try {
            response = transport.send(InnagoClient.API, request);
        } catch (ApiException e) {
            int status = e.status().orElse(0);
            if (status == 400 || status == 401 || status == 403) {
                throw new VicvilException(
                        ExitCodes.CONFIG,
                        "Innago refused the token request (HTTP " + status
                                + " from " + request.path() + "): check innago.client_id, innago.client_secret and "
                                + "innago.api_key",
                        e);
            }
            throw e;
        }
        JsonNode json = response.json();
        String access = json.path("access_token").asText("");
        if (access.isBlank()) {
            throw response.unexpected("no access_token in the token answer");
        }
        long seconds = json.path("expires_in").asLong(0);
        Duration lifetime = seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_LIFETIME;
        String refresh = json.path("refresh_token").asText("");
        // A refresh answer may omit a new refresh token; the old one then stays valid.
        Optional<String> refreshToken = refresh.isBlank() ? previousRefresh : Optional.of(refresh);
        return new AccessToken(access, refreshToken, Instant.now(clock).plus(lifetime));
    }
}

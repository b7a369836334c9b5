package com.erefiber.vicvil.innago;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** An Innago access token, its refresh token and when it expires; toString never shows either token. */
record AccessToken(String accessToken, Optional<String> refreshToken, Instant expiresAt) {
    /** Renew this long before the stated expiry, so a token does not lapse between check and use. */
    private static final Duration MARGIN = Duration.ofSeconds(60);

    boolean usableAt(Instant now) {
        return now.isBefore(expiresAt.minus(MARGIN));
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}

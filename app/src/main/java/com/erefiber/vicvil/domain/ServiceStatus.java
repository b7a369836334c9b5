package com.erefiber.vicvil.domain;

import java.util.Optional;

/** A UISP CRM service's state as vicvil reasons about it, observed or desired. */
public enum ServiceStatus {
    /** No service. */
    NONE,
    /** Created, waiting for its {@code activeFrom} day. */
    PREPARED,
    ACTIVE,
    SUSPENDED,
    ENDED;

    /**
     * Maps UISP's {@code ServiceStatus} code: 0 Prepared and 4 Prepared-blocked → PREPARED; 1 Active and
     * 6 Deferred (active, with a change pending) → ACTIVE; 3 → SUSPENDED; 2 Ended and 5 Obsolete → ENDED.
     * Empty for 7 Quoted, 8 Inactive and unknown codes, which vicvil leaves alone.
     */
    public static Optional<ServiceStatus> fromUispCode(int code) {
        return switch (code) {
            case 0, 4 -> Optional.of(PREPARED);
            case 1, 6 -> Optional.of(ACTIVE);
            case 3 -> Optional.of(SUSPENDED);
            case 2, 5 -> Optional.of(ENDED);
            default -> Optional.empty();
        };
    }

    /** Whether the service still exists for the tenant (prepared, active or suspended). */
    public boolean isLive() {
        return this == PREPARED || this == ACTIVE || this == SUSPENDED;
    }
}

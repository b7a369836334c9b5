package com.erefiber.vicvil.core.plan;

import java.util.Objects;
import java.util.Optional;

/** An existing UISP service, or the one this plan's CREATE_SERVICE for {@code leaseUid} makes. */
public record ServiceRef(Optional<Long> existingId, String leaseUid) {
    public ServiceRef {
        Objects.requireNonNull(existingId, "existingId");
        Objects.requireNonNull(leaseUid, "leaseUid");
    }
}

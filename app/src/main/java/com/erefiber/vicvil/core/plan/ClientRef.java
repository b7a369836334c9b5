package com.erefiber.vicvil.core.plan;

import java.util.Objects;
import java.util.Optional;

/** An existing UISP client, or the one this plan's CREATE_CLIENT for {@code leaseUid} makes. */
public record ClientRef(Optional<Long> existingId, String leaseUid) {
    public ClientRef {
        Objects.requireNonNull(existingId, "existingId");
        Objects.requireNonNull(leaseUid, "leaseUid");
    }
}

package com.erefiber.vicvil.core.plan;

import java.util.Objects;
import java.util.Optional;

/** An existing NMS endpoint site, or the one this plan's CREATE_SITE for the unit makes. */
public record SiteRef(Optional<String> existingId) {
    public SiteRef {
        Objects.requireNonNull(existingId, "existingId");
    }
}

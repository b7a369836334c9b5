package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.UnitKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One lease vicvil provisioned: its client and (once made) its service; {@code adopted} when they were
 * made by hand and only tagged by vicvil (no welcome email for those).
 */
public record Provisioned(UnitKey unit, String leaseUid, long clientId, Optional<Long> serviceId, boolean adopted) {
    public Provisioned {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(leaseUid, "leaseUid");
        Objects.requireNonNull(serviceId, "serviceId");
    }
}

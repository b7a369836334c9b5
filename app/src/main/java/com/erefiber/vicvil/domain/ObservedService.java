package com.erefiber.vicvil.domain;

import java.util.Objects;

/**
 * One service as observed in UISP, as far as the desired state cares: its status and whether its current
 * suspension was set by vicvil (its suspension reason is vicvil's, or the store says vicvil suspended it).
 */
public record ObservedService(ServiceStatus status, boolean suspendedByVicvil) {

    /** No service. */
    public static final ObservedService NONE = new ObservedService(ServiceStatus.NONE, false);

    public ObservedService {
        Objects.requireNonNull(status, "status");
    }

    /** A service in {@code status} that vicvil did not suspend. */
    public static ObservedService of(ServiceStatus status) {
        return new ObservedService(status, false);
    }

    /** Suspended, and not by vicvil: someone did it by hand, and vicvil leaves it so. */
    public boolean suspendedByHand() {
        return status == ServiceStatus.SUSPENDED && !suspendedByVicvil;
    }

    /** Suspended by vicvil (for rent). */
    public boolean suspendedByVicvilNow() {
        return status == ServiceStatus.SUSPENDED && suspendedByVicvil;
    }
}

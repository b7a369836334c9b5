package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.ServiceStatus;
import com.erefiber.vicvil.domain.UnitKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What sync-leases last saw of a unit at {@code seenAt}: its lease (the current one, else the next future one; {@code
 * occupied}: it was current), the tenant, the package and status of its service, its ONU's name and state in NMS.
 */
public record UnitSeen(
        UnitKey unit,
        Optional<Lease> lease,
        boolean occupied,
        Optional<String> packageName,
        Optional<Long> serviceId,
        Optional<ServiceStatus> serviceStatus,
        Optional<String> onuName,
        Optional<Boolean> onuEnabled,
        Instant seenAt) {

    public UnitSeen {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(serviceStatus, "serviceStatus");
        Objects.requireNonNull(onuName, "onuName");
        Objects.requireNonNull(onuEnabled, "onuEnabled");
        Objects.requireNonNull(seenAt, "seenAt");
    }

    /** A lease as seen: uid, primary tenant's name, first and last day (empty: open-ended). */
    public record Lease(String uid, String tenant, LocalDate start, Optional<LocalDate> end) {
        public Lease {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        /** Whether the lease's dates cover {@code day} (its end day in full). */
        public boolean covers(LocalDate day) {
            return com.erefiber.vicvil.domain.Lease.datesCover(start, end, day);
        }
    }
}

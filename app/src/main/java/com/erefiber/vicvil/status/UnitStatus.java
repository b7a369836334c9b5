package com.erefiber.vicvil.status;

import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.RentStatus;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.UnitSeen;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One unit as vicvil knows it: its ONU from the inventory (and the name rename-onus gives it), its UISP ids from
 * the store, what sync-leases last saw of it (tenant, lease, package, service, ONU in NMS), whether that lease makes
 * it occupied on the day asked about, its rent as check-rent last judged it, its hold, its last journaled action.
 */
public record UnitStatus(
        UnitKey unit,
        String slug,
        String onuName,
        boolean onuInstalled,
        Optional<String> onuSerial,
        Optional<String> onuMac,
        Optional<String> nmsDeviceId,
        Optional<String> nmsSiteId,
        Optional<String> crmClientId,
        Optional<String> crmServiceId,
        Optional<UnitSeen> seen,
        Optional<Boolean> occupied,
        Optional<Rent> rent,
        Optional<Hold> hold,
        Optional<LastAction> lastAction) {

    /**
     * check-rent's last conclusion for the unit's lease: status, unpaid amount, why, when; {@code suspendedSince}: the
     * day vicvil suspended the service for rent, while it stays suspended.
     */
    public record Rent(
            RentStatus status, BigDecimal unpaid, String why, Instant checkedAt, Optional<LocalDate> suspendedSince) {}

    /** The newest journal entry for the unit: which job did what, why, with which outcome, when. */
    public record LastAction(String job, String action, String reason, String outcome, Instant at) {}
}

package com.erefiber.vicvil.status;

import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.RentStatus;
import com.erefiber.vicvil.domain.UnitKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One unit as vicvil knows it: its ONU from the inventory (and the name rename-onus gives it), its UISP ids from
 * the store, its rent as check-rent last judged it, its hold, its last journaled action.
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
        Optional<Rent> rent,
        Optional<Hold> hold,
        Optional<LastAction> lastAction) {

    /**
     * check-rent's last conclusion for the unit's lease: status, unpaid amount, why, when; {@code suspendedSince}: the
     * day vicvil suspended the service for rent, while it stays suspended.
     */
    public record Rent(
            RentStatus status, BigDecimal unpaid, String why, Instant checkedAt, Optional<LocalDate> suspendedSince) {}

    /** The newest journal entry for the unit. */
    public record LastAction(String job, String action, String outcome, Instant at) {}
}

package com.erefiber.vicvil.status;

import com.erefiber.vicvil.domain.UnitKey;
import java.time.Instant;
import java.util.Optional;

/**
 * One unit as vicvil knows it: its ONU from the inventory (and the name rename-onus gives it), its UISP ids from
 * the store, its last journaled action.
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
        Optional<LastAction> lastAction) {

    /** The newest journal entry for the unit. */
    public record LastAction(String job, String action, String outcome, Instant at) {}
}

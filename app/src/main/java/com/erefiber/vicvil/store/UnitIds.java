package com.erefiber.vicvil.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What the store knows of one unit's ONU and UISP objects; each id is empty until vicvil has seen or made it.
 * The {@code with…} copies change one id, so callers never line up six same-typed arguments by hand.
 */
public record UnitIds(
        Optional<String> onuSerial,
        Optional<String> onuMac,
        Optional<String> nmsDeviceId,
        Optional<String> nmsSiteId,
        Optional<String> crmClientId,
        Optional<String> crmServiceId) {

    public UnitIds {
        Objects.requireNonNull(onuSerial, "onuSerial");
        Objects.requireNonNull(onuMac, "onuMac");
        Objects.requireNonNull(nmsDeviceId, "nmsDeviceId");
        Objects.requireNonNull(nmsSiteId, "nmsSiteId");
        Objects.requireNonNull(crmClientId, "crmClientId");
        Objects.requireNonNull(crmServiceId, "crmServiceId");
    }

    /** No ids known yet. */
    public static UnitIds none() {
        return new UnitIds(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public UnitIds withOnuSerial(Optional<String> id) {
        return new UnitIds(id, onuMac, nmsDeviceId, nmsSiteId, crmClientId, crmServiceId);
    }

    public UnitIds withOnuMac(Optional<String> id) {
        return new UnitIds(onuSerial, id, nmsDeviceId, nmsSiteId, crmClientId, crmServiceId);
    }

    public UnitIds withNmsDeviceId(Optional<String> id) {
        return new UnitIds(onuSerial, onuMac, id, nmsSiteId, crmClientId, crmServiceId);
    }

    public UnitIds withNmsSiteId(Optional<String> id) {
        return new UnitIds(onuSerial, onuMac, nmsDeviceId, id, crmClientId, crmServiceId);
    }

    public UnitIds withCrmClientId(Optional<String> id) {
        return new UnitIds(onuSerial, onuMac, nmsDeviceId, nmsSiteId, id, crmServiceId);
    }

    public UnitIds withCrmServiceId(Optional<String> id) {
        return new UnitIds(onuSerial, onuMac, nmsDeviceId, nmsSiteId, crmClientId, id);
    }
}

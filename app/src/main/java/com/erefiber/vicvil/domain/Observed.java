package com.erefiber.vicvil.domain;

import java.util.Objects;

/**
 * What UISP shows for a unit now: the service serving its current lease (or {@link ObservedService#NONE}),
 * its ONU, and whether vicvil itself disabled that ONU (from the store).
 */
public record Observed(ObservedService service, OnuState onu, boolean onuDisabledByVicvil) {

    public Observed {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(onu, "onu");
    }
}

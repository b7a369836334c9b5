package com.erefiber.vicvil.domain;

import java.util.List;
import java.util.Objects;

/**
 * The desired state of a unit: the status wanted for the service of its current lease (NONE when vacant),
 * the ONU target, and the findings behind them (the occupancy's own findings included).
 */
public record Desired(ServiceStatus service, OnuTarget onu, List<Notice> notices) {

    public Desired {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(onu, "onu");
        notices = List.copyOf(notices);
    }
}

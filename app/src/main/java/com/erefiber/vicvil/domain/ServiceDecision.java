package com.erefiber.vicvil.domain;

import java.util.List;
import java.util.Objects;

/** The status wanted for one service that is not the current lease's (a future lease's, or an old tenant's). */
public record ServiceDecision(ServiceStatus target, List<Notice> notices) {

    public ServiceDecision {
        Objects.requireNonNull(target, "target");
        notices = List.copyOf(notices);
    }
}

package com.erefiber.vicvil.domain;

import java.util.Objects;

/** Everything the desired state of one unit depends on (the clock is inside the occupancy). */
public record UnitSituation(Occupancy occupancy, RentContext rent, Observed observed, LastWrites lastWrites) {

    public UnitSituation {
        Objects.requireNonNull(occupancy, "occupancy");
        Objects.requireNonNull(rent, "rent");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(lastWrites, "lastWrites");
    }
}

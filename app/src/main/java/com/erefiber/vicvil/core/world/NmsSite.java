package com.erefiber.vicvil.core.world;

import java.util.Objects;

/** An endpoint site in NMS, as the jobs match it to units: its id and name. */
public record NmsSite(String id, String name) {
    public NmsSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}

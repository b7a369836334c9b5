package com.erefiber.vicvil.domain;

/** What vicvil wants for a unit's ONU. */
public enum OnuTarget {
    ENABLED,
    DISABLED,
    /** Do not touch it (absent, changed by hand, or its state is not this job's to decide). */
    LEAVE
}

package com.erefiber.vicvil.domain;

/** A unit's ONU as observed in NMS. */
public enum OnuState {
    ENABLED,
    DISABLED,
    /** No ONU installed, or not found in NMS: nothing to enable or disable. */
    ABSENT
}

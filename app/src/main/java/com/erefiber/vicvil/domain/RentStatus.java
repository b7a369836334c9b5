package com.erefiber.vicvil.domain;

/** What the rent check concluded for a unit's current lease. {@link #UNKNOWN} never suspends and never restores. */
public enum RentStatus {
    /** Nothing unpaid beyond the allowance after the grace day. */
    OK,
    /** Unpaid rent after the grace day. */
    DELINQUENT,
    /** Not judged, or not judgeable (unknown invoice status, unreadable payments): keep rent-driven state as is. */
    UNKNOWN
}

package com.erefiber.vicvil.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a plan or a desired-state evaluation reports without acting on it. {@link Kind#INFO} is
 * informational; the other kinds need the operator's attention (a mutating run then exits 1).
 */
public record Notice(Optional<UnitKey> unit, Kind kind, String message) {

    /** What sort of finding a notice is. */
    public enum Kind {
        /** UISP or Innago disagrees with what vicvil expects, or someone changed something by hand: left alone. */
        DRIFT,
        /** The unit would need a cut (vacant, or suspended with a hard cut) but has no ONU vicvil can disable. */
        NOT_ENFORCED,
        /** Input data vicvil cannot use as is (unknown unit, lease without tenants, ambiguous match). */
        DATA,
        /** For the record only (a deferred suspension, a renewal gap, a row without serial). */
        INFO
    }

    public Notice {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static Notice drift(UnitKey unit, String message) {
        return new Notice(Optional.of(unit), Kind.DRIFT, message);
    }

    public static Notice notEnforced(UnitKey unit, String message) {
        return new Notice(Optional.of(unit), Kind.NOT_ENFORCED, message);
    }

    public static Notice data(UnitKey unit, String message) {
        return new Notice(Optional.of(unit), Kind.DATA, message);
    }

    public static Notice info(UnitKey unit, String message) {
        return new Notice(Optional.of(unit), Kind.INFO, message);
    }

    /** A finding that concerns no single unit (an ONU no inventory row claims, a tag naming no unit). */
    public static Notice general(Kind kind, String message) {
        return new Notice(Optional.empty(), kind, message);
    }

    /** Whether the operator must look at it (everything but {@link Kind#INFO}). */
    public boolean needsAttention() {
        return kind != Kind.INFO;
    }

    /** One line: kind, unit (when there is one), message. */
    @Override
    public String toString() {
        return kind + unit.map(key -> "  " + key).orElse("") + "  " + message;
    }
}

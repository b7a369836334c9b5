package com.erefiber.vicvil.status;

import com.erefiber.vicvil.domain.UnitKey;
import java.util.Objects;

/** One mismatch between Innago, UISP CRM and NMS for a unit, and the command (or hand work) that fixes it. */
public record Drift(Kind kind, UnitKey unit, String what, String fix) {

    /** The classes of drift {@code status --drift} looks for. */
    public enum Kind {
        /** A current lease, but no live CRM service (none, or ended). */
        OCCUPIED_WITHOUT_SERVICE("occupied, but no service"),
        /** No current lease, but a CRM service still active or suspended. */
        VACANT_BUT_ACTIVE("vacant, but service live"),
        /** The ONU does not carry the name vicvil gives it. */
        ONU_NOT_NAMED("ONU not named as it should be"),
        /** The ONU is not in its unit's endpoint site (or NMS does not list it). */
        ONU_NOT_IN_SITE("ONU not in its unit's site"),
        /** A service suspended with a reason other than vicvil's. */
        SUSPENDED_BY_HAND("suspended without vicvil's reason");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** How the class is headed in the text report. */
        public String title() {
            return title;
        }
    }

    public Drift {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(fix, "fix");
    }
}

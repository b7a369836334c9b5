package com.erefiber.vicvil.core.plan;

import com.erefiber.vicvil.domain.UnitKey;

/**
 * One write a plan asks for: the unit, what, why, and the data the apply step needs. Each job defines its actions
 * as records implementing this, with their {@link ActionKind}s. Every vicvil tag ({@code vicvilUnit}) value is the
 * unit's canonical text, {@link UnitKey#toString()}. Actions of one unit are in dependency order (client before
 * service; new service before the old one's end; mail after every network action, see
 * {@link ActionKind#isMail()}); different units do not depend on each other.
 */
public interface PlannedAction {

    UnitKey unit();

    ActionKind kind();

    String reason();
}

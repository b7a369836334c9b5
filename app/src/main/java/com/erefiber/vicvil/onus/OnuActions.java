package com.erefiber.vicvil.onus;

import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.core.plan.SiteRef;
import com.erefiber.vicvil.domain.UnitKey;

/** rename-onus' own actions (its site actions are the shared {@link com.erefiber.vicvil.core.world.SiteActions}). */
public final class OnuActions {
    /** Authorize the ONU into the unit's endpoint site. */
    public static final ActionKind AUTHORIZE_ONU = ActionKind.write("AUTHORIZE_ONU");
    /** PUT the ONU's system with its inventory name. */
    public static final ActionKind RENAME_ONU = ActionKind.write("RENAME_ONU");

    private OnuActions() {}

    /** AUTHORIZE_ONU: {@code POST /devices/authorize} of {@code deviceId} into the unit's site. */
    public record AuthorizeOnu(UnitKey unit, String reason, String deviceId, SiteRef site) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return AUTHORIZE_ONU;
        }
    }

    /** RENAME_ONU: PUT {@code /devices/onus/{deviceId}/system} with {@code name} and its current {@code enabled}. */
    public record RenameOnu(UnitKey unit, String reason, String deviceId, String name, boolean enabled)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return RENAME_ONU;
        }
    }
}

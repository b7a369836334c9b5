package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.core.plan.SiteRef;
import com.erefiber.vicvil.domain.UnitKey;

/** The endpoint-site step every job that places a service shares (rename-onus, sync-leases): its actions. */
public final class SiteActions {
    /** POST an endpoint site for the unit under the complex's parent site. */
    public static final ActionKind CREATE_SITE = ActionKind.write("CREATE_SITE");
    /** Bind the unit's CRM service to its endpoint site. */
    public static final ActionKind BIND_SERVICE_SITE = ActionKind.write("BIND_SERVICE_SITE");

    private SiteActions() {}

    /** CREATE_SITE: an endpoint site named {@code name} under the parent site (location from config). */
    public record CreateSite(UnitKey unit, String reason, String name) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return CREATE_SITE;
        }
    }

    /** BIND_SERVICE_SITE: {@code PATCH /clients/services/{serviceId}/unmsclientsite/bind} to the unit's site. */
    public record BindServiceSite(UnitKey unit, String reason, long serviceId, SiteRef site) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return BIND_SERVICE_SITE;
        }
    }
}

package com.erefiber.vicvil.rent;

import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.core.world.OnuSwitch;
import com.erefiber.vicvil.domain.UnitKey;

/** check-rent's actions and their kinds (its ONU switches are the shared {@link OnuSwitch} step's). */
public final class RentActions {
    /** Suspend the tenant's CRM service with vicvil's suspension reason (counted by {@code safety.max_suspensions}). */
    public static final ActionKind SUSPEND_SERVICE =
            new ActionKind("SUSPEND_SERVICE", ActionKind.Guard.SUSPENSION, false);
    /** Disable the ONU of a unit suspended for rent ({@code suspend.hard_cut}). */
    public static final ActionKind SUSPEND_ONU = new ActionKind("SUSPEND_ONU", ActionKind.Guard.SUSPENSION, false);
    /** Lift vicvil's own rent suspension (never one made by hand). */
    public static final ActionKind RESTORE_SERVICE = ActionKind.write("RESTORE_SERVICE");
    /** Enable the ONU vicvil disabled (the same kind as sync-leases'). */
    public static final ActionKind ENABLE_ONU = ActionKind.write("ENABLE_ONU");

    private RentActions() {}

    /** SUSPEND_SERVICE: suspend service {@code serviceId} for lease {@code leaseUid}'s unpaid rent. */
    public record SuspendService(UnitKey unit, String reason, long serviceId, String leaseUid)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return SUSPEND_SERVICE;
        }
    }

    /** RESTORE_SERVICE: cancel the suspension of service {@code serviceId}. */
    public record RestoreService(UnitKey unit, String reason, long serviceId, String leaseUid)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return RESTORE_SERVICE;
        }
    }

    /** The ONU switch of a rent suspension (off) or its restore (on). */
    static OnuSwitch switchOnu(UnitKey unit, String reason, String deviceId, String name, boolean enabled) {
        return new OnuSwitch(unit, reason, deviceId, name, enabled, enabled ? ENABLE_ONU : SUSPEND_ONU);
    }
}

package com.erefiber.vicvil.rent;

import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.core.world.OnuSwitch;
import com.erefiber.vicvil.domain.UnitKey;
import java.time.LocalDate;
import java.util.List;

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

    /** Mail the tenants that their internet was suspended for rent, or restored ({@code suspend.notices}). */
    public static final ActionKind SEND_RENT_NOTICE = ActionKind.mail("SEND_RENT_NOTICE");

    /** Mail the tenants that their rent is open and internet will be suspended on a day unless paid. */
    public static final ActionKind SEND_RENT_WARNING = ActionKind.mail("SEND_RENT_WARNING");

    private RentActions() {}

    /** SEND_RENT_WARNING: warn {@code recipients} before the suspension day of the cycle due on {@code dueDate}. */
    public record SendRentWarning(
            UnitKey unit,
            String reason,
            String leaseUid,
            LocalDate dueDate,
            LocalDate suspensionDay,
            String tenantName,
            List<String> recipients)
            implements PlannedAction {
        public SendRentWarning {
            recipients = List.copyOf(recipients);
        }

        @Override
        public ActionKind kind() {
            return SEND_RENT_WARNING;
        }
    }

    /**
     * SEND_RENT_NOTICE: tell {@code recipients} (the lease's tenants) that the unit's internet was suspended
     * ({@code suspended}) or restored; {@code details}: what is owed and why, or why it was restored.
     */
    public record SendRentNotice(
            UnitKey unit, String reason, String leaseUid, boolean suspended, String tenantName, List<String> recipients)
            implements PlannedAction {
        public SendRentNotice {
            recipients = List.copyOf(recipients);
        }

        @Override
        public ActionKind kind() {
            return SEND_RENT_NOTICE;
        }
    }

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

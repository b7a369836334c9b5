package com.erefiber.vicvil.tickets;

import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.TicketLink;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** sync-tickets' actions and their kinds. */
final class TicketActions {
    /** POST a UISP ticket for an Innago request, its first comment carrying the marker. */
    static final ActionKind FORWARD_TICKET = ActionKind.write("FORWARD_TICKET");
    /** Store a link (and both sides' status) found by its marker in UISP, or changed by people on both sides. */
    static final ActionKind REMEMBER_TICKET = ActionKind.write("REMEMBER_TICKET");
    /** Comment on and resolve (111) an Innago request whose UISP ticket was solved. */
    static final ActionKind RESOLVE_IN_INNAGO = ActionKind.write("RESOLVE_IN_INNAGO");
    /** Re-open (status Open) and comment a UISP ticket whose Innago request was reopened. */
    static final ActionKind REOPEN_IN_UISP = ActionKind.write("REOPEN_IN_UISP");
    /** Comment and solve a UISP ticket whose Innago request the landlord resolved. */
    static final ActionKind SOLVE_IN_UISP = ActionKind.write("SOLVE_IN_UISP");
    /** PATCH a service's plan period to the package asked for. */
    static final ActionKind CHANGE_PLAN = ActionKind.write("CHANGE_PLAN");
    /** Answer an upgrade request: a solved UISP ticket with the answer, the answer on Innago, the request resolved. */
    static final ActionKind ANSWER_REQUEST = ActionKind.write("ANSWER_REQUEST");
    /** Record an upgrade request for the operator's approval ({@code upgrades.approval: manual}). */
    static final ActionKind QUEUE_UPGRADE = ActionKind.write("QUEUE_UPGRADE");
    /** POST the month's add-on invoice of an upgraded lease. */
    static final ActionKind CREATE_ADDON_INVOICE = ActionKind.write("CREATE_ADDON_INVOICE");
    /** Record an add-on invoice Innago already has (the store lost it). */
    static final ActionKind REMEMBER_ADDON_INVOICE = ActionKind.write("REMEMBER_ADDON_INVOICE");

    private TicketActions() {}

    /** FORWARD_TICKET. */
    record Forward(UnitKey unit, String reason, String maintenanceUid, long clientId, String subject, String comment)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return FORWARD_TICKET;
        }
    }

    /** REMEMBER_TICKET. */
    record Remember(UnitKey unit, String reason, TicketLink link) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return REMEMBER_TICKET;
        }
    }

    /** RESOLVE_IN_INNAGO, REOPEN_IN_UISP or SOLVE_IN_UISP: one side follows the other; {@code after} is both sides then. */
    record Follow(UnitKey unit, String reason, ActionKind kind, TicketLink after, String comment)
            implements PlannedAction {}

    /** CHANGE_PLAN. */
    record ChangePlan(UnitKey unit, String reason, long serviceId, long periodId, String packageName)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return CHANGE_PLAN;
        }
    }

    /** ANSWER_REQUEST: {@code packageName} is the package changed to, or the one refused. */
    record Answer(
            UnitKey unit,
            String reason,
            String maintenanceUid,
            long clientId,
            String subject,
            String answer,
            String title,
            String packageName)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ANSWER_REQUEST;
        }
    }

    /** QUEUE_UPGRADE. */
    record Queue(UnitKey unit, String reason, String maintenanceUid, String title, String packageName)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return QUEUE_UPGRADE;
        }
    }

    /** CREATE_ADDON_INVOICE. */
    record CreateAddOn(
            UnitKey unit,
            String reason,
            String leaseUid,
            String tenantUid,
            BigDecimal amount,
            LocalDate dueDate,
            String item,
            YearMonth month)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return CREATE_ADDON_INVOICE;
        }
    }

    /** REMEMBER_ADDON_INVOICE. */
    record RememberAddOn(
            UnitKey unit, String reason, String invoiceUid, String leaseUid, YearMonth month, BigDecimal amount)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return REMEMBER_ADDON_INVOICE;
        }
    }
}

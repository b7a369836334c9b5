package com.erefiber.vicvil.tickets;

import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.http.ApiException;
import com.erefiber.vicvil.innago.InnagoClient;
import com.erefiber.vicvil.store.AddOnInvoiceRepository;
import com.erefiber.vicvil.store.TicketLink;
import com.erefiber.vicvil.store.TicketMemoryRepository;
import com.erefiber.vicvil.uisp.crm.CrmApi;
import com.erefiber.vicvil.uisp.crm.model.NewTicket;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.crm.model.ServicePatch;
import com.erefiber.vicvil.uisp.crm.model.Ticket;

/**
 * sync-tickets' apply step: each write, then what it means in the store at once (a link the moment its UISP ticket
 * exists, an add-on invoice the moment Innago answers with its uid), so a crash never leads to a duplicate. Comments
 * on Innago requests are best effort (their endpoint is known only from the live Swagger): a failed one is noted in
 * the journal, the same text is on the UISP ticket, and the status change goes on.
 */
final class SyncTicketsExecutor {
    private final CrmApi crm;
    private final InnagoClient innago;
    private final TicketMemoryRepository memory;
    private final AddOnInvoiceRepository addOns;

    SyncTicketsExecutor(CrmApi crm, InnagoClient innago, TicketMemoryRepository memory, AddOnInvoiceRepository addOns) {
        this.crm = crm;
        this.innago = innago;
        this.memory = memory;
        this.addOns = addOns;
    }

    ActionExecutors registerOn(ActionExecutors executors) {
        return executors
                .on(TicketActions.FORWARD_TICKET, TicketActions.Forward.class, (action, created) -> {
                    long id = crm.createTicket(
                            NewTicket.of(action.clientId(), action.subject(), Ticket.NEW, false, action.comment()));
                    memory.link(new TicketLink(action.maintenanceUid(), id, action.unit(), true, false));
                    return "UISP ticket " + id;
                })
                .on(TicketActions.REMEMBER_TICKET, TicketActions.Remember.class, (action, created) -> {
                    memory.link(action.link());
                    return "";
                })
                .on(TicketActions.RESOLVE_IN_INNAGO, TicketActions.Follow.class, (action, created) -> {
                    String comment = commentInnago(action.after().maintenanceUid(), action.comment());
                    innago.setMaintenanceStatus(action.after().maintenanceUid(), InnagoClient.RESOLVE);
                    memory.link(action.after());
                    return comment;
                })
                .on(TicketActions.REOPEN_IN_UISP, TicketActions.Follow.class, (action, created) -> {
                    long ticket = action.after().uispTicketId();
                    crm.setTicketStatus(ticket, Ticket.OPEN);
                    crm.addTicketComment(ticket, action.comment(), false);
                    memory.link(action.after());
                    return "UISP ticket " + ticket + " open";
                })
                .on(TicketActions.SOLVE_IN_UISP, TicketActions.Follow.class, (action, created) -> {
                    long ticket = action.after().uispTicketId();
                    crm.addTicketComment(ticket, action.comment(), false);
                    crm.setTicketStatus(ticket, Ticket.SOLVED);
                    memory.link(action.after());
                    return "UISP ticket " + ticket + " solved";
                })
                .on(TicketActions.CHANGE_PLAN, TicketActions.ChangePlan.class, (action, created) -> {
                    crm.patchService(action.serviceId(), ServicePatch.planPeriod(action.periodId()));
                    // UISP may defer a plan change (status 6) instead of applying it: re-read to know which.
                    Service after = crm.service(action.serviceId());
                    if (after.status() == Service.DEFERRED) {
                        return "UISP deferred the change to " + action.packageName();
                    }
                    if (after.servicePlanPeriodId() == null || after.servicePlanPeriodId() != action.periodId()) {
                        throw new IllegalStateException("service " + action.serviceId() + " is still on plan period "
                                + after.servicePlanPeriodId() + " after the change");
                    }
                    return "service " + action.serviceId() + " on " + action.packageName();
                })
                .on(TicketActions.ANSWER_REQUEST, TicketActions.Answer.class, (action, created) -> {
                    // The answer is a solved UISP ticket first: it carries the marker, so a crash before the
                    // Innago side is finished is found again and completed, never answered twice.
                    long id = crm.createTicket(NewTicket.of(
                            action.clientId(),
                            action.subject(),
                            Ticket.SOLVED,
                            false,
                            TicketMarker.of(action.maintenanceUid()) + "\n\n" + action.answer()));
                    memory.link(new TicketLink(action.maintenanceUid(), id, action.unit(), true, true));
                    String comment = commentInnago(action.maintenanceUid(), action.answer());
                    innago.setMaintenanceStatus(action.maintenanceUid(), InnagoClient.RESOLVE);
                    memory.link(new TicketLink(action.maintenanceUid(), id, action.unit(), false, true));
                    memory.done(action.maintenanceUid(), action.unit(), action.title(), action.packageName());
                    return "UISP ticket " + id + ", " + comment;
                })
                .on(TicketActions.QUEUE_UPGRADE, TicketActions.Queue.class, (action, created) -> {
                    memory.pending(action.maintenanceUid(), action.unit(), action.title(), action.packageName());
                    return "";
                })
                .on(TicketActions.CREATE_ADDON_INVOICE, TicketActions.CreateAddOn.class, (action, created) -> {
                    String uid = innago.createInvoice(
                            action.tenantUid(), action.leaseUid(), action.amount(), action.dueDate(), action.item());
                    addOns.record(uid, action.leaseUid(), action.unit(), action.month(), action.amount());
                    return "invoice " + uid;
                })
                .on(TicketActions.REMEMBER_ADDON_INVOICE, TicketActions.RememberAddOn.class, (action, created) -> {
                    addOns.record(
                            action.invoiceUid(), action.leaseUid(), action.unit(), action.month(), action.amount());
                    return "";
                });
    }

    /** Comments on an Innago request, best effort; says how it went, for the journal. */
    private String commentInnago(String maintenanceUid, String text) {
        try {
            innago.commentMaintenance(maintenanceUid, text);
            return "Innago comment added";
        } catch (ApiException e) {
            return "Innago comment failed (best effort): " + e.getMessage();
        }
    }
}

package com.erefiber.vicvil.uisp.crm;

import static com.erefiber.vicvil.uisp.UispEndpoints.CLIENTS;
import static com.erefiber.vicvil.uisp.UispEndpoints.CLIENT_CREATE;
import static com.erefiber.vicvil.uisp.UispEndpoints.CLIENT_PATCH;
import static com.erefiber.vicvil.uisp.UispEndpoints.CUSTOM_ATTRIBUTES;
import static com.erefiber.vicvil.uisp.UispEndpoints.CUSTOM_ATTRIBUTE_CREATE;
import static com.erefiber.vicvil.uisp.UispEndpoints.INVOICES;
import static com.erefiber.vicvil.uisp.UispEndpoints.INVOICE_CREATE;
import static com.erefiber.vicvil.uisp.UispEndpoints.SERVICE;
import static com.erefiber.vicvil.uisp.UispEndpoints.SERVICES;
import static com.erefiber.vicvil.uisp.UispEndpoints.SERVICE_BIND_SITE;
import static com.erefiber.vicvil.uisp.UispEndpoints.SERVICE_CANCEL_SUSPEND;
import static com.erefiber.vicvil.uisp.UispEndpoints.SERVICE_CREATE;
import static com.erefiber.vicvil.uisp.UispEndpoints.SERVICE_END;
import static com.erefiber.vicvil.uisp.UispEndpoints.SERVICE_PATCH;
import static com.erefiber.vicvil.uisp.UispEndpoints.SERVICE_PLANS;
import static com.erefiber.vicvil.uisp.UispEndpoints.SERVICE_SUSPEND;
import static com.erefiber.vicvil.uisp.UispEndpoints.SUSPENSION_REASONS;
import static com.erefiber.vicvil.uisp.UispEndpoints.SUSPENSION_REASON_CREATE;
import static com.erefiber.vicvil.uisp.UispEndpoints.TICKETS;
import static com.erefiber.vicvil.uisp.UispEndpoints.TICKET_COMMENT_CREATE;
import static com.erefiber.vicvil.uisp.UispEndpoints.TICKET_CREATE;
import static com.erefiber.vicvil.uisp.UispEndpoints.TICKET_PATCH;

import com.erefiber.vicvil.http.ApiResponse;
import com.erefiber.vicvil.http.Endpoint;
import com.erefiber.vicvil.http.Query;
import com.erefiber.vicvil.uisp.UispChannel;
import com.erefiber.vicvil.uisp.crm.model.Client;
import com.erefiber.vicvil.uisp.crm.model.ClientWrite;
import com.erefiber.vicvil.uisp.crm.model.CustomAttribute;
import com.erefiber.vicvil.uisp.crm.model.Invoice;
import com.erefiber.vicvil.uisp.crm.model.NewInvoice;
import com.erefiber.vicvil.uisp.crm.model.NewService;
import com.erefiber.vicvil.uisp.crm.model.NewTicket;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.crm.model.ServicePatch;
import com.erefiber.vicvil.uisp.crm.model.ServicePlan;
import com.erefiber.vicvil.uisp.crm.model.SuspensionReason;
import com.erefiber.vicvil.uisp.crm.model.Ticket;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The UISP CRM API v1.0 (header {@code X-Auth-App-Key}). Lists read every page ({@code limit} + {@code offset},
 * until a short page). Creates are POSTs that are never resent after an unanswered attempt and return the new
 * id (from the body, or the {@code Location} header).
 */
public final class CrmApi {
    private final UispChannel channel;
    private final int pageSize;

    public CrmApi(UispChannel channel, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        this.channel = channel;
        this.pageSize = pageSize;
    }

    // ---- clients

    /** Clients whose "Custom ID" is {@code userIdent}. */
    public List<Client> clientsByUserIdent(String userIdent) {
        return list(Client.class, () -> channel.at(CLIENTS).param("userIdent", userIdent));
    }

    /** Clients whose custom attribute {@code key} has {@code value} (vicvil's ownership tag). */
    public List<Client> clientsTagged(String key, String value) {
        return list(
                Client.class,
                () -> channel.at(CLIENTS).param("customAttributeKey", key).param("customAttributeValue", value));
    }

    /** Clients with a contact email {@code email}. */
    public List<Client> clientsByEmail(String email) {
        return list(Client.class, () -> channel.at(CLIENTS).param("email", email));
    }

    /** Creates a client; returns its id. */
    public long createClient(ClientWrite client) {
        return create(CLIENT_CREATE, channel.at(CLIENT_CREATE), client);
    }

    /** Changes the fields {@code changes} names. */
    public void patchClient(long clientId, ClientWrite changes) {
        write(CLIENT_PATCH, channel.at(CLIENT_PATCH, clientId), changes);
    }

    // ---- custom attributes

    /** Attribute definitions of one type (client|invoice|payment|service). */
    public List<CustomAttribute> customAttributes(String attributeType) {
        return list(CustomAttribute.class, () -> channel.at(CUSTOM_ATTRIBUTES).param("attributeType", attributeType));
    }

    /**
     * Creates a string attribute hidden from the client zone; returns it with the key the CRM derived from the
     * name. When the answer carries no attribute (only an id), the definitions are re-read to learn the key.
     */
    public CustomAttribute createCustomAttribute(String name, String attributeType) {
        JsonNode body = channel.object()
                .put("name", name)
                .put("attributeType", attributeType)
                .put("type", "string")
                .put("clientZoneVisible", false);
        ApiResponse response =
                channel.send(channel.request(CUSTOM_ATTRIBUTE_CREATE, channel.at(CUSTOM_ATTRIBUTE_CREATE), body));
        JsonNode answer = response.json();
        if (answer.hasNonNull("key")) {
            return channel.read(response, answer, CustomAttribute.class);
        }
        long id = channel.createdId(response);
        return customAttributes(attributeType).stream()
                .filter(attribute -> attribute.id() == id)
                .findFirst()
                .orElseThrow(() -> response.unexpected("custom attribute " + id + " is not listed after its creation"));
    }

    // ---- service plans

    /** The service plans (not archived) with their periods; see {@link PlanPeriods#monthly}. */
    public List<ServicePlan> servicePlans() {
        return list(ServicePlan.class, () -> channel.at(SERVICE_PLANS));
    }

    // ---- services

    /** Services, optionally of one client (null: all) and in some statuses (empty: any). */
    public List<Service> services(Long clientId, Collection<Integer> statuses) {
        return list(
                Service.class,
                () -> channel.at(SERVICES).param("clientId", clientId).params("statuses[]", statuses));
    }

    /** Services whose custom attribute {@code key} has {@code value}, in some statuses (empty: any). */
    public List<Service> servicesTagged(String key, String value, Collection<Integer> statuses) {
        return list(Service.class, () -> channel.at(SERVICES)
                .params("statuses[]", statuses)
                .param("customAttributeKey", key)
                .param("customAttributeValue", value));
    }

    /** One service (to re-read its status after a change UISP may defer). */
    public Service service(long serviceId) {
        ApiResponse response = channel.get(channel.at(SERVICE, serviceId));
        return channel.read(response, response.json(), Service.class);
    }

    /** Creates a recurring service under a client; returns its id. */
    public long createService(long clientId, NewService service) {
        return create(SERVICE_CREATE, channel.at(SERVICE_CREATE, clientId), service);
    }

    /** Changes a service (plan period, price, attributes); re-read it to see whether UISP deferred the change. */
    public void patchService(long serviceId, ServicePatch patch) {
        write(SERVICE_PATCH, channel.at(SERVICE_PATCH, serviceId), patch);
    }

    /** Suspends a service now, for a reason (the API has no scheduled suspension). */
    public void suspendService(long serviceId, long suspensionReasonId) {
        write(
                SERVICE_SUSPEND,
                channel.at(SERVICE_SUSPEND, serviceId),
                channel.object().put("suspensionReasonId", suspensionReasonId));
    }

    /** Lifts a service's suspension. */
    public void cancelSuspension(long serviceId) {
        write(SERVICE_CANCEL_SUSPEND, channel.at(SERVICE_CANCEL_SUSPEND, serviceId), null);
    }

    /** Ends a recurring service today (the current day is not invoiced). */
    public void endService(long serviceId) {
        write(SERVICE_END, channel.at(SERVICE_END, serviceId), null);
    }

    /** Binds a service to an NMS site (the CRM side of the link, unambiguous unlike the NMS-side bind). */
    public void bindServiceToSite(long serviceId, String siteId) {
        write(
                SERVICE_BIND_SITE,
                channel.at(SERVICE_BIND_SITE, serviceId),
                channel.object().put("unmsClientSiteId", siteId));
    }

    // ---- suspension reasons

    /** All suspension reasons. */
    public List<SuspensionReason> suspensionReasons() {
        return list(SuspensionReason.class, () -> channel.at(SUSPENSION_REASONS));
    }

    /** Creates a suspension reason; returns its id. */
    public long createSuspensionReason(String name) {
        return create(
                SUSPENSION_REASON_CREATE,
                channel.at(SUSPENSION_REASON_CREATE),
                channel.object().put("name", name));
    }

    // ---- tickets

    /** Tickets, optionally of one client (null: all) and in some statuses (empty: any). */
    public List<Ticket> tickets(Long clientId, Collection<Integer> statuses) {
        return list(
                Ticket.class,
                () -> channel.at(TICKETS).param("clientId", clientId).params("statuses[]", statuses));
    }

    /** Creates a ticket with its first comment; returns its id. */
    public long createTicket(NewTicket ticket) {
        return create(TICKET_CREATE, channel.at(TICKET_CREATE), ticket);
    }

    /** Sets a ticket's status (0 new, 1 open, 2 pending, 3 solved). */
    public void setTicketStatus(long ticketId, int status) {
        write(TICKET_PATCH, channel.at(TICKET_PATCH, ticketId), channel.object().put("status", status));
    }

    /** Adds a comment to a ticket (a public comment on a private ticket is stored as private); returns its id. */
    public long addTicketComment(long ticketId, String body, boolean isPublic) {
        return create(
                TICKET_COMMENT_CREATE,
                channel.at(TICKET_COMMENT_CREATE),
                channel.object().put("ticketId", ticketId).put("body", body).put("public", isPublic));
    }

    // ---- invoices

    /** Creates an invoice for a client; returns its id. */
    public long createInvoice(long clientId, NewInvoice invoice) {
        return create(INVOICE_CREATE, channel.at(INVOICE_CREATE, clientId), invoice);
    }

    /** Invoices with this number (to find an invoice before creating it, so it is never duplicated). */
    public List<Invoice> invoicesByNumber(String number) {
        return list(Invoice.class, () -> channel.at(INVOICES).param("number", number));
    }

    /** The invoices of one client. */
    public List<Invoice> invoicesOfClient(long clientId) {
        return list(Invoice.class, () -> channel.at(INVOICES).param("clientId", clientId));
    }

    // ---- plumbing

    /**
     * Every page of a list: {@code limit} = page size, {@code offset} advancing, until a page shorter than the
     * limit. A page longer than the limit means the server ignored paging and sent everything; a full page
     * identical to the previous one means it ignored the offset, which would otherwise loop forever.
     */
    private <T> List<T> list(Class<T> type, Supplier<Query> filters) {
        List<T> all = new ArrayList<>();
        JsonNode previous = null;
        for (long offset = 0; ; offset += pageSize) {
            ApiResponse response =
                    channel.get(filters.get().param("limit", pageSize).param("offset", offset));
            JsonNode page = response.json();
            List<T> items = channel.readList(response, page, type);
            if (page.equals(previous)) {
                throw response.unexpected("the page at offset " + offset + " repeats the previous one: "
                        + "the server does not honour offset");
            }
            all.addAll(items);
            if (items.size() != pageSize) {
                return all;
            }
            previous = page;
        }
    }

    private long create(Endpoint endpoint, Query query, Object body) {
        return channel.createdId(channel.send(channel.request(endpoint, query, body)));
    }

    private void write(Endpoint endpoint, Query query, Object body) {
        // The answer is not read: several of these return no body (suspend, cancel-suspend), and callers
        // re-read the objects they changed.
        channel.send(channel.request(endpoint, query, body));
    }
}

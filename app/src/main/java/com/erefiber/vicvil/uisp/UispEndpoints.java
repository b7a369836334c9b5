package com.erefiber.vicvil.uisp;

import com.erefiber.vicvil.http.Endpoint;
import java.util.List;

/**
 * Every UISP operation vicvil calls, as the specs name it (shared/reference/uisp-api.md). CRM templates are
 * relative to {@code <uisp.url>/crm/api/v1.0}, NMS templates to {@code <uisp.url>/nms/api/v2.1}.
 * The spec-conformance test checks each of them against the CRM blueprint and the NMS swagger.
 */
public final class UispEndpoints {
    private UispEndpoints() {}

    // CRM: clients
    public static final Endpoint CLIENTS = new Endpoint("GET", "/clients");
    public static final Endpoint CLIENT_CREATE = new Endpoint("POST", "/clients");
    public static final Endpoint CLIENT_PATCH = new Endpoint("PATCH", "/clients/{id}");

    // CRM: custom attribute definitions (vicvil's ownership tag, DESIGN §2)
    public static final Endpoint CUSTOM_ATTRIBUTES = new Endpoint("GET", "/custom-attributes");
    public static final Endpoint CUSTOM_ATTRIBUTE_CREATE = new Endpoint("POST", "/custom-attributes");

    // CRM: service plans
    public static final Endpoint SERVICE_PLANS = new Endpoint("GET", "/service-plans");

    // CRM: services
    public static final Endpoint SERVICES = new Endpoint("GET", "/clients/services");
    public static final Endpoint SERVICE = new Endpoint("GET", "/clients/services/{id}");
    public static final Endpoint SERVICE_CREATE = new Endpoint("POST", "/clients/{clientId}/services");
    public static final Endpoint SERVICE_PATCH = new Endpoint("PATCH", "/clients/services/{id}");
    public static final Endpoint SERVICE_SUSPEND = new Endpoint("PATCH", "/clients/services/{id}/suspend");
    public static final Endpoint SERVICE_CANCEL_SUSPEND =
            new Endpoint("PATCH", "/clients/services/{id}/cancel-suspend");
    public static final Endpoint SERVICE_END = new Endpoint("PATCH", "/clients/services/{id}/end");
    public static final Endpoint SERVICE_BIND_SITE =
            new Endpoint("PATCH", "/clients/services/{id}/unmsclientsite/bind");

    // CRM: suspension reasons
    public static final Endpoint SUSPENSION_REASONS = new Endpoint("GET", "/service-suspension-reasons");
    public static final Endpoint SUSPENSION_REASON_CREATE = new Endpoint("POST", "/service-suspension-reasons");

    // CRM: tickets
    public static final Endpoint TICKETS = new Endpoint("GET", "/ticketing/tickets");
    public static final Endpoint TICKET_CREATE = new Endpoint("POST", "/ticketing/tickets");
    public static final Endpoint TICKET_PATCH = new Endpoint("PATCH", "/ticketing/tickets/{id}");
    public static final Endpoint TICKET_COMMENT_CREATE = new Endpoint("POST", "/ticketing/tickets/comments");

    // CRM: invoices
    public static final Endpoint INVOICES = new Endpoint("GET", "/invoices");
    public static final Endpoint INVOICE_CREATE = new Endpoint("POST", "/clients/{clientId}/invoices");

    // NMS: devices
    public static final Endpoint DEVICES = new Endpoint("GET", "/devices");
    public static final Endpoint ONU_SYSTEM = new Endpoint("PUT", "/devices/onus/{id}/system");
    public static final Endpoint DEVICES_AUTHORIZE = new Endpoint("POST", "/devices/authorize");

    // NMS: sites
    public static final Endpoint SITES = new Endpoint("GET", "/sites");
    public static final Endpoint SITE_CREATE = new Endpoint("POST", "/sites");
    public static final Endpoint SITE_SUSPEND = new Endpoint("POST", "/sites/{siteId}/suspend");
    public static final Endpoint SITE_UNSUSPEND = new Endpoint("POST", "/sites/{siteId}/unsuspend");

    /** The CRM operations (paths relative to {@code /crm/api/v1.0}). */
    public static List<Endpoint> crm() {
        return List.of(
                CLIENTS,
                CLIENT_CREATE,
                CLIENT_PATCH,
                CUSTOM_ATTRIBUTES,
                CUSTOM_ATTRIBUTE_CREATE,
                SERVICE_PLANS,
                SERVICES,
                SERVICE,
                SERVICE_CREATE,
                SERVICE_PATCH,
                SERVICE_SUSPEND,
                SERVICE_CANCEL_SUSPEND,
                SERVICE_END,
                SERVICE_BIND_SITE,
                SUSPENSION_REASONS,
                SUSPENSION_REASON_CREATE,
                TICKETS,
                TICKET_CREATE,
                TICKET_PATCH,
                TICKET_COMMENT_CREATE,
                INVOICES,
                INVOICE_CREATE);
    }

    /** The NMS operations (paths relative to {@code /nms/api/v2.1}). */
    public static List<Endpoint> nms() {
        return List.of(DEVICES, ONU_SYSTEM, DEVICES_AUTHORIZE, SITES, SITE_CREATE, SITE_SUSPEND, SITE_UNSUSPEND);
    }
}

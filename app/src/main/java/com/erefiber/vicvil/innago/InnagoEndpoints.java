package com.erefiber.vicvil.innago;

import com.erefiber.vicvil.http.Endpoint;
import java.util.List;

/**
 * Every Innago operation vicvil calls, relative to {@code innago.api_url} (reference §4). The spec-conformance
 * test checks each against the OpenAPI file; three are known only from Innago's live Swagger (marked below).
 * The token endpoint is not here: it is {@code innago.token_url}, outside the API base.
 */
public final class InnagoEndpoints {
    public static final Endpoint HEALTH = new Endpoint("GET", "/v1/health");
    public static final Endpoint PROPERTIES = new Endpoint("GET", "/v1/properties");
    public static final Endpoint UNITS = new Endpoint("GET", "/v1/properties/{propertyUid}/units");
    public static final Endpoint LEASES = new Endpoint("GET", "/v1/leases");
    public static final Endpoint LEASE = new Endpoint("GET", "/v1/leases/{leaseUid}");
    public static final Endpoint TENANTS = new Endpoint("GET", "/v1/tenants");
    public static final Endpoint INVOICES = new Endpoint("GET", "/v1/invoices");
    public static final Endpoint CREATE_INVOICE = new Endpoint("POST", "/v1/invoices");
    /** Live Swagger only (reference §4); its answer's shape is unconfirmed. */
    public static final Endpoint INVOICE_PAYMENTS = new Endpoint("GET", "/v1/invoices/{invoiceUid}/payments");

    public static final Endpoint PAYMENTS = new Endpoint("GET", "/v1/payments");
    public static final Endpoint MAINTENANCES = new Endpoint("GET", "/v2/maintenances");
    /** Live Swagger only (reference §4). */
    public static final Endpoint MAINTENANCE = new Endpoint("GET", "/v2/maintenances/{maintenanceUid}");

    public static final Endpoint CREATE_MAINTENANCE = new Endpoint("POST", "/v2/maintenances");
    public static final Endpoint MAINTENANCE_STATUS =
            new Endpoint("PATCH", "/v2/maintenances/{maintenanceUid}/status/{maintenanceStatus}");
    /** Live Swagger only (reference §4); its body is unconfirmed. */
    public static final Endpoint MAINTENANCE_COMMENT =
            new Endpoint("POST", "/v1/maintenances/{maintenanceUid}/comments");

    private InnagoEndpoints() {}

    /** All of them, for the spec-conformance test and the sandbox's route table. */
    public static List<Endpoint> all() {
        return List.of(
                HEALTH,
                PROPERTIES,
                UNITS,
                LEASES,
                LEASE,
                TENANTS,
                INVOICES,
                CREATE_INVOICE,
                INVOICE_PAYMENTS,
                PAYMENTS,
                MAINTENANCES,
                MAINTENANCE,
                CREATE_MAINTENANCE,
                MAINTENANCE_STATUS,
                MAINTENANCE_COMMENT);
    }
}

package com.erefiber.vicvil.innago;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.http.ApiException;
import com.erefiber.vicvil.http.ApiRequest;
import com.erefiber.vicvil.http.ApiResponse;
import com.erefiber.vicvil.http.HttpTransport;
import com.erefiber.vicvil.http.Query;
import com.erefiber.vicvil.http.ReadPool;
import com.erefiber.vicvil.innago.model.Invoice;
import com.erefiber.vicvil.innago.model.Lease;
import com.erefiber.vicvil.innago.model.Maintenance;
import com.erefiber.vicvil.innago.model.MaintenanceCreated;
import com.erefiber.vicvil.innago.model.MaintenanceUpdated;
import com.erefiber.vicvil.innago.model.NewMaintenance;
import com.erefiber.vicvil.innago.model.Payment;
import com.erefiber.vicvil.innago.model.PaymentsByMonth;
import com.erefiber.vicvil.innago.model.Property;
import com.erefiber.vicvil.innago.model.Tenant;
import com.erefiber.vicvil.innago.model.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Innago's Open API as the reference documents it (shared/reference/innago-api.md): every call sends
 * {@code Authorization: Bearer <token>} (capital B: lowercase is refused), {@code x-api-key} and {@code Token}
 * (the live Swagger's name for the same key); answers are {@code {data, error}} envelopes; lists are paged with
 * a 1-based page number and per-endpoint list and paging keys. A 401 on a data call re-mints the token once and
 * resends; a second 401 is an {@link ApiException}. Requests can be counted with the transport's observer.
 */
public final class InnagoClient {
    /** The API name in messages. */
    public static final String API = "Innago";
    /** {@code PATCH …/status/{code}}: resolve a ticket. The list filter codes (1–4) are different. */
    public static final int RESOLVE = 111;
    /** {@code PATCH …/status/{code}}: reopen a ticket. */
    public static final int REOPEN = 113;

    private static final ListShape PROPERTY_LIST = new ListShape("properties", "pagingModel", "pageNumber");
    private static final ListShape LEASE_LIST = new ListShape("list", "paging", "pageNumber");
    private static final ListShape INVOICE_LIST =
            new ListShape("invoiceShortInfoResponseModel", "pagingModel", "pageNumber");
    private static final ListShape PAYMENT_LIST =
            new ListShape("paymentWithAdditionalInfoResponses", "pagingModel", "PageNumber");
    private static final ListShape MAINTENANCE_LIST = new ListShape("maintenances", "pagingModel", "PageNumber");
    /** {@code safety.max_concurrency}'s default. */
    private static final int DEFAULT_CONCURRENCY = 4;

    private static final Set<Integer> LIST_STATUSES = Set.of(1, 2, 3, 4);

    private final AppConfig.Innago config;
    private final HttpTransport transport;
    private final InnagoTokens tokens;
    private final int concurrency;

    /**
     * @param tokenCache  where the token may rest between runs (a 0600 file in the state folder), or empty
     * @param clock       real time, for token expiry (never the {@code --as-of} clock)
     * @param concurrency how many pages of one list may be read at once ({@code safety.max_concurrency})
     */
    public InnagoClient(
            AppConfig.Innago config, HttpTransport transport, Optional<Path> tokenCache, Clock clock, int concurrency) {
        this.config = config;
        this.concurrency = concurrency;
        this.transport = transport;
        this.tokens = new InnagoTokens(
                config,
                transport,
                tokenCache.map(file -> new TokenCacheFile(
                        file, config.clientId(), config.tokenUrl().toString(), transport.mapper())),
                clock);
    }

    /** A client reading up to {@value #DEFAULT_CONCURRENCY} pages at once. */
    public InnagoClient(AppConfig.Innago config, HttpTransport transport, Optional<Path> tokenCache, Clock clock) {
        this(config, transport, tokenCache, clock, DEFAULT_CONCURRENCY);
    }

    /** A client on the system clock. */
    public InnagoClient(AppConfig.Innago config, HttpTransport transport, Optional<Path> tokenCache) {
        this(config, transport, tokenCache, Clock.systemUTC());
    }

    /** {@code GET /v1/health} with full credentials (so it mints a token); throws when Innago is not answering. */
    public void health() {
        call(ApiRequest.get(InnagoEndpoints.HEALTH.at(base()).uri()));
    }

    /** All the owner's properties (all pages). */
    public List<Property> properties() {
        return pages(PROPERTY_LIST, () -> InnagoEndpoints.PROPERTIES.at(base()), InnagoReader::property);
    }

    /** The units of one property (not paged). */
    public List<Unit> units(String propertyUid) {
        URI uri = InnagoEndpoints.UNITS
                .at(base(), uid(propertyUid, "propertyUid"))
                .uri();
        return single(uri, "units", InnagoReader::unit);
    }

    /**
     * All the owner's leases (no property filter; the spec allows it but it is unconfirmed live: DESIGN §3 says
     * to use it only when it returns leases for every configured building). Expired leases are included.
     */
    public List<Lease> leases() {
        return pages(LEASE_LIST, () -> InnagoEndpoints.LEASES.at(base()), InnagoReader::lease);
    }

    /** The leases of one property (all pages). */
    public List<Lease> leases(String propertyUid) {
        String property = uid(propertyUid, "propertyUid");
        return pages(
                LEASE_LIST,
                () -> InnagoEndpoints.LEASES.at(base()).param("propertyUid", property),
                InnagoReader::lease);
    }

    /** One lease. */
    public Lease lease(String leaseUid) {
        return one(InnagoEndpoints.LEASE.at(base(), uid(leaseUid, "leaseUid")).uri(), InnagoReader::lease);
    }

    /** The tenants of one lease ({@code /v1/tenants} shape; not paged). */
    public List<Tenant> tenants(String leaseUid) {
        URI uri = InnagoEndpoints.TENANTS
                .at(base())
                .param("leaseUid", uid(leaseUid, "leaseUid"))
                .uri();
        return single(uri, "userShortInfoModel", InnagoReader::userTenant);
    }

    /** The invoices of one lease (all pages; no date or status filter exists). */
    public List<Invoice> invoices(String leaseUid) {
        String lease = uid(leaseUid, "leaseUid");
        return pages(
                INVOICE_LIST,
                () -> InnagoEndpoints.INVOICES.at(base()).param("leaseUid", lease),
                InnagoReader::invoice);
    }

    /**
     * The payments of one invoice ({@code GET /v1/invoices/{uid}/payments}, confirmed live by [CLI] but its
     * answer's shape is UNCONFIRMED): accepted as a bare array, a {@code data} array, or {@code data.<list>}
     * (a {@code payments} list, else the first list in {@code data}). Anything else is an ApiException, so
     * payments that cannot be read are never mistaken for "no payments".
     */
    public List<Payment> invoicePayments(String invoiceUid) {
        URI uri = InnagoEndpoints.INVOICE_PAYMENTS
                .at(base(), uid(invoiceUid, "invoiceUid"))
                .uri();
        ApiResponse response = call(ApiRequest.get(uri));
        JsonNode root = response.json();
        JsonNode list = root.isArray() ? root : paymentList(response, Envelope.data(response, root));
        return read(response, list, InnagoReader::payment);
    }

    /**
     * {@code GET /v1/payments} for one due month (all pages), optionally for one property. [CLI] warns that
     * filtered calls may fail on Innago's side; invoice statuses are the first source for rent.
     */
    public List<PaymentsByMonth> paymentsByDueMonth(YearMonth month, Optional<String> propertyUid) {
        String property = propertyUid.map(value -> uid(value, "propertyUid")).orElse(null);
        return pages(
                PAYMENT_LIST,
                () -> InnagoEndpoints.PAYMENTS
                        .at(base())
                        .param("DueInMonth", month.getMonthValue())
                        .param("DueInYear", month.getYear())
                        .param("PropertyUid", property),
                node -> InnagoReader.paymentsByMonth(node, month));
    }

    /**
     * Tickets (all pages) with the given list statuses (1 New, 2 Old, 3 Resolved, 4 ReOpened; empty = all),
     * optionally of one property. There is no date or unit filter.
     */
    public List<Maintenance> maintenances(Set<Integer> statuses, Optional<String> propertyUid) {
        if (!LIST_STATUSES.containsAll(statuses)) {
            throw new IllegalArgumentException("maintenance list statuses are 1-4, not " + statuses);
        }
        Set<Integer> sorted = new TreeSet<>(statuses);
        String property = propertyUid.map(value -> uid(value, "propertyUid")).orElse(null);
        return pages(
                MAINTENANCE_LIST,
                () -> InnagoEndpoints.MAINTENANCES
                        .at(base())
                        .params("Statuses", sorted)
                        .param("PropertyUid", property),
                node -> InnagoReader.maintenance(node, Optional.empty()));
    }

    /** One ticket ({@code GET /v2/maintenances/{uid}}, live Swagger only; read as the list item model). */
    public Maintenance maintenance(String maintenanceUid) {
        String uid = uid(maintenanceUid, "maintenanceUid");
        return one(
                InnagoEndpoints.MAINTENANCE.at(base(), uid).uri(),
                node -> InnagoReader.maintenance(node, Optional.of(uid)));
    }

    /** Creates a ticket. Never resent after an unanswered attempt (a duplicate ticket would follow). */
    public MaintenanceCreated createMaintenance(NewMaintenance ticket) {
        ObjectNode body = transport
                .mapper()
                .createObjectNode()
                .put("maintenanceTicketName", ticket.title())
                .put("description", ticket.description());
        ArrayNode properties = body.putArray("selectedProperties");
        ticket.propertyUids().forEach(properties::add);
        ticket.category().ifPresent(code -> body.put("maintenanceCategory", code));
        body.put("isUrgent", ticket.urgent()).put("isNotifyTenant", ticket.notifyTenant());
        if (!ticket.unitUids().isEmpty()) {
            ArrayNode units = body.putArray("selectedPropertyUnits");
            ticket.unitUids().forEach(units::add);
        }
        ticket.tenantUid().ifPresent(tenant -> body.put("tenantUid", tenant));
        ApiResponse response = call(ApiRequest.json(
                "POST", InnagoEndpoints.CREATE_MAINTENANCE.at(base()).uri(), body.toString()));
        JsonNode data = Envelope.data(response, response.json());
        return shaped(
                response,
                () -> new MaintenanceCreated(
                        InnagoReader.required(data, "maintenanceUid"), InnagoReader.text(data, "message")));
    }

    /** Resolves ({@link #RESOLVE}) or reopens ({@link #REOPEN}) a ticket: PATCH with no body; no other code. */
    public MaintenanceUpdated setMaintenanceStatus(String maintenanceUid, int statusCode) {
        if (statusCode != RESOLVE && statusCode != REOPEN) {
            throw new IllegalArgumentException(
                    "maintenance status must be 111 (resolve) or 113 (reopen), not " + statusCode);
        }
        String uid = uid(maintenanceUid, "maintenanceUid");
        URI uri = InnagoEndpoints.MAINTENANCE_STATUS.at(base(), uid, statusCode).uri();
        return updated(uid, call(ApiRequest.json("PATCH", uri, null)));
    }

    /**
     * Comments on a ticket ({@code POST /v1/maintenances/{uid}/comments}, live Swagger only). The body of
     * MaintenanceCommentRequestModel is UNCONFIRMED: {@code {"comment": text}} is a guess, so callers treat a
     * failure as best effort (DESIGN §2). Never resent after an unanswered attempt.
     */
    public MaintenanceUpdated commentMaintenance(String maintenanceUid, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a maintenance comment needs text");
        }
        String uid = uid(maintenanceUid, "maintenanceUid");
        String body = transport.mapper().createObjectNode().put("comment", text).toString();
        return updated(
                uid,
                call(ApiRequest.json(
                        "POST",
                        InnagoEndpoints.MAINTENANCE_COMMENT.at(base(), uid).uri(),
                        body)));
    }

    /**
     * Creates one invoice (one {@code item} and one {@code amount}: Innago has no line items) due at midnight
     * of {@code dueDate}, and returns its uid. The POST is not retry-safe: after an unanswered attempt the
     * caller must re-read the lease's invoices before trying again (DESIGN §3).
     */
    public String createInvoice(String tenantUid, String leaseUid, BigDecimal amount, LocalDate dueDate, String item) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("an invoice amount must be positive, not " + amount);
        }
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("an invoice needs an item");
        }
        String body = transport
                .mapper()
                .createObjectNode()
                .put("tenantUid", uid(tenantUid, "tenantUid"))
                .put("leaseUid", uid(leaseUid, "leaseUid"))
                .put("amount", amount)
                .put("item", item)
                .put("dueDate", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dueDate.atStartOfDay()))
                .toString();
        ApiResponse response = call(ApiRequest.json(
                "POST", InnagoEndpoints.CREATE_INVOICE.at(base()).uri(), body));
        JsonNode data = Envelope.data(response, response.json());
        return shaped(response, () -> InnagoReader.required(data, "invoiceUid"));
    }

    private URI base() {
        return config.apiUrl();
    }

    /** Sends with credentials; on a 401, re-mints once and resends (a 401 means nothing was processed). */
    private ApiResponse call(ApiRequest request) {
        String token = tokens.current();
        try {
            return transport.send(API, authorized(request, token));
        } catch (ApiException e) {
            if (!e.isUnauthorized()) {
                throw e;
            }
            return transport.send(API, authorized(request, tokens.renewAfterRejection(token)));
        }
    }

    private ApiRequest authorized(ApiRequest request, String token) {
        String key = config.apiKey().reveal();
        return request.header("Authorization", "Bearer " + token)
                .header("x-api-key", key)
                .header("Token", key);
    }

    /**
     * Every page of a list. A page is trusted only as far as its paging model vouches for it: a list without
     * its paging model, an empty or short page before the last, or fewer items than {@code totalRecords} is an
     * incomplete answer (exit 75), never a shorter truth (DESIGN §3: one empty page once ended six households).
     */
    private <T> List<T> pages(ListShape shape, Supplier<Query> query, Function<JsonNode, T> reader) {
        IntFunction<ApiResponse> fetch = page ->
                call(ApiRequest.get(query.get().param(shape.pageParam(), page).uri()));
        Map<Integer, Future<ApiResponse>> ahead = new HashMap<>();
        ExecutorService pool = null;
        try {
            List<T> items = new ArrayList<>();
            for (int page = 1; ; page++) {
                Future<ApiResponse> fetched = ahead.remove(page);
                ApiResponse response = fetched == null ? fetch.apply(page) : ReadPool.join(fetched);
                JsonNode data = Envelope.data(response, response.json());
                List<T> found = read(response, Envelope.list(response, data, shape.listKey()), reader);
                items.addAll(found);
                JsonNode paging = data.path(shape.pagingKey());
                if (!paging.isObject() || !paging.path("pageCount").canConvertToInt()) {
                    throw response.incomplete("page " + page + " has no paging model (" + shape.pagingKey()
                            + ".pageCount), so whether more follow is unknown");
                }
                int current = paging.path("currentPage").asInt(page);
                if (current != page) {
                    // Innago ignored the page number: continuing would loop or repeat items.
                    throw response.unexpected("asked for page " + page + " but got page " + current);
                }
                int pageCount = paging.path("pageCount").asInt();
                boolean last = page >= pageCount;
                if (!last && found.isEmpty()) {
                    throw response.incomplete("page " + page + " of " + pageCount + " is empty");
                }
                int pageSize = paging.path("pageSize").asInt(0);
                if (!last && pageSize > 0 && found.size() < pageSize) {
                    throw response.incomplete(
                            "page " + page + " of " + pageCount + " has " + found.size() + " items, not " + pageSize);
                }
                if (last) {
                    int total = paging.path("totalRecords").asInt(items.size());
                    if (items.size() < total) {
                        throw response.incomplete("the list says " + total + " items but " + items.size() + " came");
                    }
                    return items;
                }
                if (page == 1 && pageCount > 2 && concurrency > 1) {
                    // The first page tells how many follow: the rest are read at once, and still checked one by one
                    // in order above (a later page that says more pages follow is read when its turn comes).
                    pool = ReadPool.of("innago", Math.min(concurrency, pageCount - 1));
                    for (int next = 2; next <= pageCount; next++) {
                        int asked = next;
                        ahead.put(asked, pool.submit(() -> fetch.apply(asked)));
                    }
                }
            }
        } finally {
            // A failure leaves the pages not yet checked unread: nothing is done with an incomplete list.
            ahead.values().forEach(future -> future.cancel(true));
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    private <T> List<T> single(URI uri, String listKey, Function<JsonNode, T> reader) {
        ApiResponse response = call(ApiRequest.get(uri));
        return read(response, Envelope.list(response, Envelope.data(response, response.json()), listKey), reader);
    }

    private <T> T one(URI uri, Function<JsonNode, T> reader) {
        ApiResponse response = call(ApiRequest.get(uri));
        JsonNode data = Envelope.data(response, response.json());
        if (!data.isObject()) {
            throw response.unexpected("data is not an object");
        }
        return shaped(response, () -> reader.apply(data));
    }

    private static <T> List<T> read(ApiResponse response, JsonNode list, Function<JsonNode, T> reader) {
        List<T> items = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject()) {
                throw response.unexpected("a list item is not an object");
            }
            items.add(shaped(response, () -> reader.apply(item)));
        }
        return items;
    }

    private static JsonNode paymentList(ApiResponse response, JsonNode data) {
        if (data.isArray()) {
            return data;
        }
        if (data.path("payments").isArray()) {
            return data.get("payments");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = data.fields(); fields.hasNext(); ) {
            JsonNode value = fields.next().getValue();
            if (value.isArray()) {
                return value;
            }
        }
        throw response.unexpected("no payment list in the answer");
    }

    private MaintenanceUpdated updated(String uid, ApiResponse response) {
        JsonNode root = response.json();
        Envelope.failOnError(response, root);
        return new MaintenanceUpdated(uid, InnagoReader.text(root.path("data"), "message"));
    }

    private static <T> T shaped(ApiResponse response, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (ShapeException e) {
            throw response.unexpected(e.getMessage());
        }
    }

    private static String uid(String value, String name) {
        // A blank uid would turn /v1/leases/{leaseUid} into the list endpoint.
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value.strip();
    }

    /** Where a paged endpoint keeps its items and paging model, and how it names the page parameter. */
    private record ListShape(String listKey, String pagingKey, String pageParam) {}
}

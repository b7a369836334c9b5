package com.erefiber.vicvil.sandbox;

import static com.erefiber.vicvil.sandbox.JsonFields.array;
import static com.erefiber.vicvil.sandbox.JsonFields.object;

import com.erefiber.vicvil.sandbox.InnagoState.Invoice;
import com.erefiber.vicvil.sandbox.InnagoState.Lease;
import com.erefiber.vicvil.sandbox.InnagoState.Maintenance;
import com.erefiber.vicvil.sandbox.InnagoState.Payment;
import com.erefiber.vicvil.sandbox.InnagoState.Property;
import com.erefiber.vicvil.sandbox.InnagoState.Tenant;
import com.erefiber.vicvil.sandbox.InnagoState.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fake Innago Open API under {@code /openapi}: the {@code {data, error}} envelope, 1-based
 * {@code pageNumber} paging with a small page size and each endpoint's own list and paging keys, Innago's
 * field names, date-times without an offset, and the bare {@code {"errorMessage":"Unauthorized Access"}} 401.
 */
final class InnagoApi implements FakeApi {
    static final String PREFIX = "/openapi";
    private static final ZoneId ZONE = Complex.ZONE;
    private static final byte[] UNAUTHORIZED =
            "{\"errorMessage\":\"Unauthorized Access\"}".getBytes(StandardCharsets.UTF_8);

    private final World world;
    private final InnagoState innago;
    private final InnagoAuth auth;
    private final ObjectMapper mapper;
    private final int pageSize;

    InnagoApi(World world, InnagoAuth auth, ObjectMapper mapper, int pageSize) {
        this.world = world;
        this.innago = world.innago;
        this.auth = auth;
        this.mapper = mapper;
        this.pageSize = pageSize;
    }

    static FakeReply unauthorized() {
        return FakeReply.json(401, UNAUTHORIZED.clone());
    }

    @Override
    public String name() {
        return "innago";
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                // health answers whatever the Authorization header says (the lowercase-bearer quirk)
                Route.open("GET", PREFIX + "/v1/health", r -> FakeReply.text(200, "text/plain", "Healthy")),
                get("/v1/properties", this::listProperties),
                get("/v1/properties/{propertyUid}", r -> data(render(property(r)))),
                get("/v1/properties/{propertyUid}/units", this::listUnits),
                get("/v1/properties/{propertyUid}/units/{unitUid}", this::unitDetail),
                get("/v1/leases", this::listLeases),
                get(
                        "/v1/leases/{leaseUid}",
                        r -> data(render(lease(r.pathParam("leaseUid"))).put("listingFrequency", "Monthly"))),
                get("/v1/tenants", this::listTenants),
                get("/v1/tenants/{tenantUid}", r -> data(renderUser(tenant(r.pathParam("tenantUid"))))),
                get("/v1/invoices", this::listInvoices),
                post("/v1/invoices", this::createInvoice),
                get("/v1/invoices/{invoiceUid}", r -> data(render(invoice(r.pathParam("invoiceUid"))))),
                get("/v1/invoices/{invoiceUid}/payments", this::invoicePayments),
                post("/v1/invoices/{invoiceUid}/payments", this::recordPayment),
                get("/v1/payments", this::paymentsByMonth),
                get("/v1/payments/{paymentUid}", r -> data(renderPaymentInfo(payment(r.pathParam("paymentUid"))))),
                get("/v2/maintenances", this::listMaintenances),
                post("/v2/maintenances", this::createMaintenance),
                get("/v2/maintenances/{maintenanceUid}", r -> data(render(maintenance(r.pathParam("maintenanceUid"))))),
                patch("/v2/maintenances/{maintenanceUid}/status/{maintenanceStatus}", this::setMaintenanceStatus),
                post("/v1/maintenances/{maintenanceUid}/comments", this::addComment));
    }

    @Override
    public Optional<FakeReply> rejectUnauthenticated(FakeRequest request) {
        return auth.authenticated(request) ? Optional.empty() : Optional.of(unauthorized());
    }

    @Override
    public FakeReply error(FakeApiException failure) {
        if (failure.status() == 401) {
            return unauthorized();
        }
        int status = failure.status() == 422 ? 400 : failure.status();
        ObjectNode body = object();
        body.putNull("data");
        body.putObject("error")
                .put("errorMessage", failure.getMessage())
                .put("errorCode", ApiServer.reason(status).replace(" ", ""));
        return JsonFields.reply(mapper, status, body);
    }

    @Override
    public FakeReply routeNotFound(FakeRequest request) {
        return FakeReply.empty(404);
    }

    // ---- properties and units ------------------------------------------------------------------------------

    private FakeReply listProperties(FakeRequest request) {
        return paged(request, innago.properties, this::render, "properties", "pagingModel", Map.of());
    }

    private ObjectNode render(Property property) {
        LocalDate today = world.today();
        long available = property.units.stream()
                .filter(u -> innago.currentLease(u, today).isEmpty())
                .count();
        long tenants = property.units.stream()
                .flatMap(u -> innago.currentLease(u, today).stream())
                .mapToLong(l -> l.tenants.size())
                .sum();
        long open = innago.maintenances.values().stream()
                .filter(m -> m.property == property && m.isOpen())
                .count();
        ObjectNode node = object().put("propertyUid", property.uid).put("name", property.name);
        node.putNull("description");
        node.put("numberOfUnits", property.units.size())
                .put("availableUnits", available)
                .put("totalTenants", tenants)
                .put("numberOfOpenMainatainanceRequests", open)
                .put("propertyType", property.units.size() > 4 ? "Multi Family" : "Townhouse")
                .put("isArchived", false);
        node.putObject("address")
                .put("addressLine1", property.street())
                .putNull("addressLine2")
                .put("country", "United States")
                .put("state", Complex.STATE)
                .put("stateShortName", Complex.STATE_CODE)
                .put("city", Complex.CITY)
                .put("zipcode", Complex.ZIP)
                .put("latitude", property.latitude)
                .put("longitude", property.longitude);
        return node.put("entityType", "Property").put("propertyOwnerUid", innago.ownerUid);
    }

    private FakeReply listUnits(FakeRequest request) {
        ArrayNode units = array();
        property(request).units.forEach(u -> units.add(renderUnit(u)));
        ObjectNode data = object();
        data.set("units", units);
        return data(data);
    }

    private FakeReply unitDetail(FakeRequest request) {
        Property property = property(request);
        Unit unit = property.units.stream()
                .filter(u -> u.uid.equalsIgnoreCase(request.pathParam("unitUid")))
                .findFirst()
                .orElseThrow(() -> FakeApiException.notFound("Unit not found"));
        ObjectNode data = object();
        data.set("unit", renderUnit(unit));
        ArrayNode tenants = data.putArray("tenants");
        innago.currentLease(unit, world.today())
                .ifPresent(l -> l.tenants.forEach(t -> tenants.add(renderTenantShort(t))));
        return data(data.put("entityType", "PropertyUnit"));
    }

    private static ObjectNode renderUnit(Unit unit) {
        return object().put("name", unit.name).put("propertyUnitUid", unit.uid);
    }

    // ---- leases and tenants --------------------------------------------------------------------------------

    private FakeReply listLeases(FakeRequest request) {
        Optional<String> propertyUid = request.paramIgnoreCase("propertyUid");
        Optional<String> unitUid = request.paramIgnoreCase("unitUid");
        List<Lease> leases = new ArrayList<>();
        for (Unit unit : innago.noLeases ? List.<Unit>of() : innago.allUnits()) {
            boolean wanted =
                    propertyUid.map(unit.property.uid::equalsIgnoreCase).orElse(true)
                            && unitUid.map(unit.uid::equalsIgnoreCase).orElse(true);
            if (wanted) {
                leases.addAll(innago.leasesOf(unit));
            }
        }
        return paged(request, leases, this::render, "list", "paging", Map.of());
    }

    private ObjectNode render(Lease lease) {
        LocalDate today = world.today();
        ObjectNode node = object().put("leaseUid", lease.uid)
                .put("startDate", Dates.innago(lease.start))
                .put("endDate", Dates.innago(lease.end))
                .put("propertyName", lease.unit.property.name)
                .put("propertyAddress", lease.unit.property.fullAddress())
                .put("propertyUnitName", lease.unit.name)
                .put("rentAmount", lease.rent)
                .put("depositAmount", lease.rent)
                .put("dueOn", lease.dueOn)
                .put("paymentFrequency", "Monthly")
                .put("isActiveLease", lease.isActive(today))
                .put("isExpiredLease", lease.isExpired(today))
                .put("isExpiringLease", lease.isExpiring(today))
                .put("isFutureLease", lease.isFuture(today))
                .put("isListingArchived", false)
                .put("noOfTenants", lease.tenants.size());
        ArrayNode tenants = node.putArray("tenants");
        lease.tenants.forEach(t -> tenants.add(renderTenantShort(t)));
        return node;
    }

    private static ObjectNode renderTenantShort(Tenant tenant) {
        return object().put("tenantUid", tenant.uid)
                .put("firstName", tenant.firstName)
                .put("lastName", tenant.lastName)
                .put("email", tenant.email)
                .put("phone", tenant.phone);
    }

    private FakeReply listTenants(FakeRequest request) {
        String leaseUid = request.paramIgnoreCase("leaseUid")
                .orElseThrow(() -> FakeApiException.badRequest("leaseUid is required"));
        ArrayNode users = array();
        lease(leaseUid).tenants.forEach(t -> users.add(renderUser(t)));
        ObjectNode data = object();
        data.set("userShortInfoModel", users);
        return data(data);
    }

    private static ObjectNode renderUser(Tenant tenant) {
        return object().put("userUid", tenant.uid)
                .put("userFirstName", tenant.firstName)
                .put("userLastName", tenant.lastName)
                .put("userEmail", tenant.email)
                .put("phoneNumber", tenant.phone)
                .put("userRole", "Tenant")
                .put("entityType", "User");
    }

    // ---- invoices and payments -----------------------------------------------------------------------------

    private FakeReply listInvoices(FakeRequest request) {
        Optional<String> leaseUid = request.paramIgnoreCase("leaseUid");
        Optional<String> tenantUid = request.paramIgnoreCase("tenantUid");
        List<Invoice> invoices = innago.invoices.values().stream()
                .filter(i -> leaseUid.map(i.lease.uid::equalsIgnoreCase).orElse(true))
                .filter(i -> tenantUid.map(i.tenant.uid::equalsIgnoreCase).orElse(true))
                .sorted(Comparator.comparing((Invoice i) -> i.dueDate).thenComparingLong(i -> i.number))
                .toList();
        return paged(request, invoices, InnagoApi::render, "invoiceShortInfoResponseModel", "pagingModel", Map.of());
    }

    private static ObjectNode render(Invoice invoice) {
        return object().put("invoiceNumber", invoice.number)
                .put("invoiceUid", invoice.uid)
                .put("invoiceDueDate", Dates.innago(invoice.dueDate))
                .put("invoiceStatus", invoice.status())
                .put("amount", invoice.amount)
                .put("entityType", "Invoice");
    }

    /** {@code POST /v1/invoices}: one item and one amount; the answer is only the new invoice's uid. */
    private FakeReply createInvoice(FakeRequest request) {
        JsonNode body = JsonFields.bodyObject(request, mapper);
        Lease lease = lease(requiredText(body, "leaseUid"));
        String tenantUid = requiredText(body, "tenantUid");
        Tenant tenant = lease.tenants.stream()
                .filter(t -> t.uid.equalsIgnoreCase(tenantUid))
                .findFirst()
                .orElseThrow(
                        () -> FakeApiException.badRequest("tenant " + tenantUid + " is not on lease " + lease.uid));
        JsonNode amount = body.get("amount");
        if (amount == null || !amount.isNumber() || amount.decimalValue().signum() <= 0) {
            throw FakeApiException.badRequest("amount is required and must be a positive number");
        }
        LocalDate due = Dates.parseInnagoDate(requiredText(body, "dueDate"), ZONE);
        Invoice invoice = innago.addInvoice(
                world.ids.uuid(),
                lease,
                tenant,
                due,
                amount.decimalValue(),
                JsonFields.text(body, "item").orElse(null),
                world.now());
        return data(object().put("invoiceUid", invoice.uid));
    }

    private FakeReply invoicePayments(FakeRequest request) {
        ArrayNode payments = array();
        invoice(request.pathParam("invoiceUid")).payments.forEach(p -> payments.add(renderTransaction(p)));
        return data(payments);
    }

    private FakeReply recordPayment(FakeRequest request) {
        Invoice invoice = invoice(request.pathParam("invoiceUid"));
        JsonNode body = JsonFields.bodyObject(request, mapper);
        String tenantUid = requiredText(body, "tenantUid");
        Tenant tenant = Optional.ofNullable(innago.tenants.get(tenantUid))
                .orElseThrow(() -> FakeApiException.badRequest("unknown tenant " + tenantUid));
        JsonNode amount = body.get("amount");
        if (amount == null || !amount.isNumber() || amount.decimalValue().signum() <= 0) {
            throw FakeApiException.badRequest("amount is required and must be a positive number");
        }
        Payment payment =
                innago.addPayment(world.ids.uuid(), invoice, tenant, amount.decimalValue(), world.now(), "offline");
        return data(object().put("paymentUid", payment.uid));
    }

    private ObjectNode renderTransaction(Payment payment) {
        return object().put("paymentUid", payment.uid)
                .put("invoiceUid", payment.invoice.uid)
                .put("amount", payment.amount)
                .put("paidOn", Dates.innago(payment.paidOn, ZONE))
                .put("depositedOn", Dates.innago(payment.paidOn, ZONE))
                .put("paymentMode", payment.mode)
                .put("paymentStatus", payment.status);
    }

    private ObjectNode renderPaymentInfo(Payment payment) {
        return object().put("paymentUid", payment.uid)
                .put("paymentDate", Dates.innago(payment.paidOn, ZONE))
                .put("paymentMode", payment.mode)
                .put("paymentStatus", payment.status)
                .put("paymentCategory", "Invoice")
                .put("amount", payment.amount)
                .put("payerId", payment.tenant.uid)
                .put("entityType", "Payment");
    }

    /**
     * {@code GET /v1/payments}: per lease and tenant, the payments against invoices due in the month.
     * PropertyUid is mandatory for PropertyUnitUid, and both for TenantUid (as Innago documents).
     */
    private FakeReply paymentsByMonth(FakeRequest request) {
        int month = intParam(request, "DueInMonth")
                .orElseThrow(() -> FakeApiException.badRequest("DueInMonth is required"));
        int year =
                intParam(request, "DueInYear").orElseThrow(() -> FakeApiException.badRequest("DueInYear is required"));
        Optional<String> propertyUid = request.paramIgnoreCase("PropertyUid");
        Optional<String> unitUid = request.paramIgnoreCase("PropertyUnitUid");
        Optional<String> tenantUid = request.paramIgnoreCase("TenantUid");
        if ((unitUid.isPresent() && propertyUid.isEmpty()) || (tenantUid.isPresent() && unitUid.isEmpty())) {
            throw FakeApiException.badRequest(
                    "PropertyUid is mandatory for PropertyUnitUid, and PropertyUnitUid for TenantUid");
        }
        Map<String, List<Invoice>> groups = new LinkedHashMap<>();
        innago.invoices.values().stream()
                .filter(i -> i.dueDate.getYear() == year && i.dueDate.getMonthValue() == month)
                .filter(i -> propertyUid
                        .map(i.lease.unit.property.uid::equalsIgnoreCase)
                        .orElse(true))
                .filter(i -> unitUid.map(i.lease.unit.uid::equalsIgnoreCase).orElse(true))
                .filter(i -> tenantUid.map(i.tenant.uid::equalsIgnoreCase).orElse(true))
                .forEach(i -> groups.computeIfAbsent(i.lease.uid + "/" + i.tenant.uid, k -> new ArrayList<>())
                        .add(i));
        return paged(
                request,
                List.copyOf(groups.values()),
                this::renderMonth,
                "paymentWithAdditionalInfoResponses",
                "pagingModel",
                Map.of());
    }

    private ObjectNode renderMonth(List<Invoice> invoices) {
        Invoice first = invoices.get(0);
        Unit unit = first.lease.unit;
        List<Payment> payments =
                invoices.stream().flatMap(i -> i.payments.stream()).toList();
        BigDecimal total = payments.stream()
                .filter(p -> p.status.equals("Paid"))
                .map(p -> p.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        ObjectNode node = object().put("propertyUid", unit.property.uid)
                .put("propertyName", unit.property.name)
                .put("propertyUnitUid", unit.uid)
                .put("propertyUnitName", unit.name)
                .put("tenantUid", first.tenant.uid)
                .put("tenantEmail", first.tenant.email)
                .put("tenantPhone", first.tenant.phone);
        ArrayNode results = node.putArray("paymentsResults");
        payments.forEach(p -> results.add(renderTransaction(p)));
        return node.put("totalPayment", total)
                .put("dueInYear", first.dueDate.getYear())
                .put("dueInMonth", first.dueDate.getMonthValue())
                .put("leaseUid", first.lease.uid);
    }

    // ---- maintenance ---------------------------------------------------------------------------------------

    private FakeReply listMaintenances(FakeRequest request) {
        List<String> statuses = new ArrayList<>();
        for (String code : request.allIgnoreCase("Statuses")) {
            int value = parseInt(code, "Statuses");
            if (value < 1 || value > InnagoState.REQUEST_STATUSES.size()) {
                throw FakeApiException.badRequest("Statuses must be 1-4: " + code);
            }
            statuses.add(InnagoState.REQUEST_STATUSES.get(value - 1));
        }
        Optional<Integer> category = intParam(request, "MaintenanceCategory");
        Optional<String> tenantUid = request.paramIgnoreCase("TenantUid");
        Optional<String> propertyUid = request.paramIgnoreCase("PropertyUid");
        boolean urgentOnly =
                request.paramIgnoreCase("IsUrgent").map(Boolean::parseBoolean).orElse(false);
        Predicate<Maintenance> filters = m -> category.map(c -> m.category == c).orElse(true)
                && tenantUid.map(m.personUid::equalsIgnoreCase).orElse(true)
                && propertyUid.map(m.property.uid::equalsIgnoreCase).orElse(true)
                && (!urgentOnly || m.urgent);
        List<Maintenance> scope =
                innago.maintenances.values().stream().filter(filters).toList();
        List<Maintenance> matches = scope.stream()
                .filter(m -> statuses.isEmpty() || statuses.contains(m.status))
                .sorted(Comparator.comparing((Maintenance m) -> m.submitted).reversed())
                .toList();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put(
                "resolvedMaintenanceCount",
                scope.stream().filter(m -> !m.isOpen()).count());
        counts.put(
                "openMaintenanceCount",
                scope.stream().filter(Maintenance::isOpen).count());
        counts.put(
                "newMaintenanceCount",
                scope.stream()
                        .filter(m -> m.status.equals(InnagoState.NEW_REQUEST))
                        .count());
        counts.put("totalRequestCount", (long) scope.size());
        counts.put("isMaintenanceRequestOn", true);
        return paged(request, matches, this::render, "maintenances", "pagingModel", counts);
    }

    private ObjectNode render(Maintenance ticket) {
        return object().put("maintenanceUid", ticket.uid)
                .put("name", ticket.name)
                .put("description", ticket.description)
                .put("category", InnagoState.CATEGORIES.get(ticket.category - 1))
                .put("personName", ticket.personName)
                .put("personUid", ticket.personUid)
                .put("dateSubmitted", Dates.innago(ticket.submitted, ZONE))
                .put("dateResolved", Dates.innago(ticket.resolved, ZONE))
                .put("isUrgent", ticket.urgent)
                .put("property", ticket.property.name)
                .put("unit", ticket.unit == null ? null : ticket.unit.name)
                .put("propertyAddress", ticket.property.fullAddress())
                .put("requestStatus", ticket.status);
    }

    /** {@code POST /v2/maintenances} ({@code MaintenanceRequestModel}); the ticket goes on the first selected property. */
    private FakeReply createMaintenance(FakeRequest request) {
        JsonNode body = JsonFields.bodyObject(request, mapper);
        String name = requiredText(body, "maintenanceTicketName");
        String description = requiredText(body, "description");
        if (name.length() > 100 || description.length() > 1024) {
            throw FakeApiException.badRequest(
                    "maintenanceTicketName is at most 100 and description at most 1024 characters");
        }
        List<Property> properties = uids(body, "selectedProperties").stream()
                .map(uid ->
                        innago.property(uid).orElseThrow(() -> FakeApiException.badRequest("unknown property " + uid)))
                .toList();
        if (properties.isEmpty()) {
            throw FakeApiException.badRequest("selectedProperties is required");
        }
        List<Unit> units = uids(body, "selectedPropertyUnits").stream()
                .map(uid -> innago.unitByUid(uid)
                        .filter(u -> properties.contains(u.property))
                        .orElseThrow(() ->
                                FakeApiException.badRequest("unit " + uid + " is not in the selected properties")))
                .toList();
        if (body.path("isNotifyTenant").asBoolean(false) && units.isEmpty()) {
            throw FakeApiException.badRequest("selectedPropertyUnits is required when isNotifyTenant is true");
        }
        int category = body.path("maintenanceCategory").asInt(7);
        if (category < 1 || category > InnagoState.CATEGORIES.size()) {
            throw FakeApiException.badRequest("maintenanceCategory must be 1-7");
        }
        if (body.path("files").size() > 10) {
            throw FakeApiException.badRequest("at most 10 files");
        }
        Optional<Tenant> tenant = JsonFields.text(body, "tenantUid").map(uid -> tenant(uid));
        Maintenance ticket = new Maintenance(
                world.ids.uuid(),
                name,
                description,
                category,
                tenant.map(Tenant::fullName).orElse(innago.ownerName),
                tenant.map(t -> t.uid).orElse(innago.ownerUid),
                properties.get(0),
                units.isEmpty() ? null : units.get(0),
                body.path("isUrgent").asBoolean(false),
                world.now(),
                InnagoState.NEW_REQUEST);
        innago.maintenances.put(ticket.uid, ticket);
        return data(object().put("message", "Maintenance request created successfully.")
                .put("maintenanceUid", ticket.uid));
    }

    /** {@code PATCH …/status/{code}}: only 111 (resolve) and 113 (reopen) exist; no body. */
    private FakeReply setMaintenanceStatus(FakeRequest request) {
        Maintenance ticket = maintenance(request.pathParam("maintenanceUid"));
        String code = request.pathParam("maintenanceStatus");
        switch (code) {
            case "111" -> {
                ticket.status = InnagoState.RESOLVED;
                ticket.resolved = world.now();
            }
            case "113" -> {
                ticket.status = InnagoState.REOPENED;
                ticket.resolved = null;
            }
            default -> throw FakeApiException.badRequest("Invalid maintenance status " + code);
        }
        return data(object().put("message", "Maintenance status updated successfully."));
    }

    /** {@code POST /v1/maintenances/{uid}/comments}: its model is known only from the live Swagger; any text field is taken. */
    private FakeReply addComment(FakeRequest request) {
        Maintenance ticket = maintenance(request.pathParam("maintenanceUid"));
        JsonNode body = JsonFields.bodyObject(request, mapper);
        String comment = JsonFields.text(body, "comment")
                .or(() -> body.properties().stream()
                        .map(Map.Entry::getValue)
                        .filter(JsonNode::isTextual)
                        .map(JsonNode::asText)
                        .findFirst())
                .filter(text -> !text.isBlank())
                .orElseThrow(() -> FakeApiException.badRequest("comment is required"));
        ticket.comments.add(comment);
        return data(object().put("message", "Comment added successfully."));
    }

    // ---- plumbing ------------------------------------------------------------------------------------------

    /** One page of {@code items} under {@code listKey}, with the paging model under {@code pagingKey}. */
    private <T> FakeReply paged(
            FakeRequest request,
            List<T> items,
            Function<T, ObjectNode> render,
            String listKey,
            String pagingKey,
            Map<String, Object> extra) {
        int page = intParam(request, "pageNumber").orElse(1);
        if (page < 1) {
            throw FakeApiException.badRequest("pageNumber must be 1 or more");
        }
        int pageCount = (items.size() + pageSize - 1) / pageSize;
        ObjectNode data = object();
        extra.forEach((key, value) -> data.set(key, mapper.valueToTree(value)));
        ArrayNode list = data.putArray(listKey);
        items.stream().skip((long) (page - 1) * pageSize).limit(pageSize).forEach(item -> list.add(render.apply(item)));
        data.putObject(pagingKey)
                .put("pageSize", pageSize)
                .put("currentPage", page)
                .put("pageCount", pageCount)
                .put("totalRecords", items.size());
        return data(data);
    }

    /** The {@code {data, error: null}} envelope of every successful answer. */
    private FakeReply data(JsonNode data) {
        ObjectNode body = object();
        body.set("data", data);
        body.putNull("error");
        return JsonFields.reply(mapper, 200, body);
    }

    private static Optional<Integer> intParam(FakeRequest request, String name) {
        return request.paramIgnoreCase(name).map(text -> parseInt(text, name));
    }

    private static int parseInt(String text, String name) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw FakeApiException.badRequest(name + " must be an integer: " + text);
        }
    }

    private static String requiredText(JsonNode body, String field) {
        return JsonFields.text(body, field)
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> FakeApiException.badRequest(field + " is required"));
    }

    private static List<String> uids(JsonNode body, String field) {
        List<String> uids = new ArrayList<>();
        body.path(field).forEach(node -> uids.add(node.asText()));
        return uids;
    }

    private Property property(FakeRequest request) {
        String uid = request.pathParam("propertyUid");
        return innago.property(uid).orElseThrow(() -> FakeApiException.notFound("Property not found"));
    }

    private Lease lease(String uid) {
        return Optional.ofNullable(find(innago.leases, uid))
                .orElseThrow(() -> FakeApiException.notFound("Lease not found"));
    }

    private Tenant tenant(String uid) {
        return Optional.ofNullable(find(innago.tenants, uid))
                .orElseThrow(() -> FakeApiException.notFound("Tenant not found"));
    }

    private Invoice invoice(String uid) {
        return Optional.ofNullable(find(innago.invoices, uid))
                .orElseThrow(() -> FakeApiException.notFound("Invoice not found"));
    }

    private Payment payment(String uid) {
        return Optional.ofNullable(find(innago.payments, uid))
                .orElseThrow(() -> FakeApiException.notFound("Payment not found"));
    }

    private Maintenance maintenance(String uid) {
        return Optional.ofNullable(find(innago.maintenances, uid))
                .orElseThrow(() -> FakeApiException.notFound("Maintenance request not found"));
    }

    /** Uids are GUIDs: compared without regard to case, as .NET does. */
    private static <T> T find(Map<String, T> byUid, String uid) {
        T exact = byUid.get(uid);
        return exact != null ? exact : byUid.get(uid.toLowerCase(Locale.ROOT));
    }

    private static Route get(String path, Route.Handler handler) {
        return Route.authenticated("GET", PREFIX + path, handler);
    }

    private static Route post(String path, Route.Handler handler) {
        return Route.authenticated("POST", PREFIX + path, handler);
    }

    private static Route patch(String path, Route.Handler handler) {
        return Route.authenticated("PATCH", PREFIX + path, handler);
    }
}

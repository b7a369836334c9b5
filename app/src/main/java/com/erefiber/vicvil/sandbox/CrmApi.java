package com.erefiber.vicvil.sandbox;

import static com.erefiber.vicvil.sandbox.JsonFields.array;
import static com.erefiber.vicvil.sandbox.JsonFields.bodyObject;
import static com.erefiber.vicvil.sandbox.JsonFields.bool;
import static com.erefiber.vicvil.sandbox.JsonFields.copyFields;
import static com.erefiber.vicvil.sandbox.JsonFields.decimal;
import static com.erefiber.vicvil.sandbox.JsonFields.descending;
import static com.erefiber.vicvil.sandbox.JsonFields.integer;
import static com.erefiber.vicvil.sandbox.JsonFields.object;
import static com.erefiber.vicvil.sandbox.JsonFields.page;
import static com.erefiber.vicvil.sandbox.JsonFields.requiredText;
import static com.erefiber.vicvil.sandbox.JsonFields.text;

import com.erefiber.vicvil.sandbox.UispState.Activity;
import com.erefiber.vicvil.sandbox.UispState.AttributeValue;
import com.erefiber.vicvil.sandbox.UispState.Client;
import com.erefiber.vicvil.sandbox.UispState.CrmInvoice;
import com.erefiber.vicvil.sandbox.UispState.CustomAttribute;
import com.erefiber.vicvil.sandbox.UispState.InvoiceItem;
import com.erefiber.vicvil.sandbox.UispState.Period;
import com.erefiber.vicvil.sandbox.UispState.Plan;
import com.erefiber.vicvil.sandbox.UispState.Service;
import com.erefiber.vicvil.sandbox.UispState.SuspensionPeriod;
import com.erefiber.vicvil.sandbox.UispState.SuspensionReason;
import com.erefiber.vicvil.sandbox.UispState.Ticket;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The fake UISP CRM API v1.0 ({@code /crm/api/v1.0}, header {@code X-Auth-App-Key}): clients, custom
 * attributes, service plans, services (suspend, cancel-suspend, end, site binding), suspension reasons,
 * tickets and invoices, with UCRM's field names, {@code limit}/{@code offset} lists, 201 + Location on
 * create and {@code {"code", "message"}} error bodies (plus {@code errors} on 422).
 */
final class CrmApi implements FakeApi {
    static final String PREFIX = "/crm/api/v1.0";
    private static final ZoneId ZONE = Complex.ZONE;
    private static final List<String> CLIENT_FIELDS = List.of("userIdent", "previousIsp", "isLead", "clientType",
            "companyName", "companyRegistrationNumber", "companyTaxId", "companyWebsite", "companyContactFirstName",
            "companyContactLastName", "firstName", "lastName", "street1", "street2", "city", "countryId", "stateId",
            "zipCode", "fullAddress", "invoiceStreet1", "invoiceStreet2", "invoiceCity", "invoiceStateId",
            "invoiceCountryId", "invoiceZipCode", "invoiceAddressSameAsContact", "note", "sendInvoiceByPost",
            "invoiceMaturityDays", "stopServiceDue", "stopServiceDueDays", "organizationId", "tax1Id", "tax2Id", "tax3Id",
            "registrationDate", "username", "avatarColor", "addressGpsLat", "addressGpsLon", "generateProformaInvoices",
            "referral");
    private static final List<String> CONTACT_FIELDS = List.of("email", "phone", "name", "isBilling", "isContact");
    private static final List<String> SERVICE_FIELDS = List.of("name", "note", "invoicingStart", "invoicingPeriodType",
            "invoicingPeriodStartDay", "nextInvoicingDayAdjustment", "invoicingProratedSeparately", "invoicingSeparately",
            "sendEmailsAutomatically", "useCreditAutomatically", "invoiceLabel", "fullAddress", "street1", "street2",
            "city", "countryId", "stateId", "zipCode", "addressGpsLat", "addressGpsLon", "contractId",
            "contractLengthType", "minimumContractLengthMonths", "contractEndDate", "discountType", "discountValue",
            "discountInvoiceLabel", "discountFrom", "discountTo", "tax1Id", "tax2Id", "tax3Id", "fccBlockId",
            "servicePlanGroupId", "setupFeePrice", "earlyTerminationFeePrice");
    private static final List<String> SERVICE_ADDRESS = List.of("fullAddress", "street1", "street2", "city", "countryId",
            "stateId", "zipCode", "addressGpsLat", "addressGpsLon");
    private static final List<String> TICKET_FIELDS = List.of("emailFromAddress", "emailFromName", "phoneFrom",
            "assignedGroupId", "assignedUserId");
    private static final Set<String> ATTRIBUTE_TYPES = Set.of("client", "invoice", "payment", "service");
    private static final Set<String> VALUE_TYPES = Set.of("string", "integer", "boolean", "date", "enum");

    private final World world;
    private final UispState uisp;
    private final ObjectMapper mapper;
    private final String appKey;

    CrmApi(World world, ObjectMapper mapper, String appKey) {
        this.world = world;
        this.uisp = world.uisp;
        this.mapper = mapper;
        this.appKey = appKey;
    }

    @Override
    public String name() {
        return "crm";
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                get("/version", r -> json(200, object().put("version", "1.0.0"))),
                get("/clients", this::listClients),
                post("/clients", r -> created("/clients/", createClient(bodyObject(r, mapper), false))),
                get("/clients/{id}", r -> json(200, render(client(r)))),
                patch("/clients/{id}", r -> json(200, render(patchClient(client(r), bodyObject(r, mapper))))),
                get("/custom-attributes", this::listCustomAttributes),
                post("/custom-attributes", r -> created("/custom-attributes/", createCustomAttribute(bodyObject(r, mapper)))),
                get("/custom-attributes/{id}", r -> json(200, render(found(uisp.customAttributes, r)))),
                get("/service-plans", this::listPlans),
                get("/service-plans/{id}", r -> json(200, render(found(uisp.plans, r)))),
                get("/clients/services", this::listServices),
                get("/clients/services/{id}", r -> json(200, render(service(r)))),
                post("/clients/{id}/services", r -> created("/clients/services/",
                        createService(client(r), bodyObject(r, mapper), false))),
                patch("/clients/services/{id}", r -> json(200, render(patchService(service(r), bodyObject(r, mapper))))),
                patch("/clients/services/{id}/suspend", this::suspend),
                patch("/clients/services/{id}/cancel-suspend", this::cancelSuspend),
                patch("/clients/services/{id}/end", r -> json(200, render(end(service(r))))),
                patch("/clients/services/{id}/unmsclientsite/bind", r -> json(200, render(bind(service(r), bodyObject(r, mapper))))),
                patch("/clients/services/{id}/unmsclientsite/unbind", r -> json(200, render(unbind(service(r))))),
                get("/service-suspension-reasons", r -> json(200, renderAll(page(List.copyOf(uisp.suspensionReasons.values()), r)))),
                post("/service-suspension-reasons", r -> created("/service-suspension-reasons/",
                        createSuspensionReason(requiredText(bodyObject(r, mapper), "name")))),
                get("/service-suspension-reasons/{id}", r -> json(200, render(found(uisp.suspensionReasons, r)))),
                get("/ticketing/tickets", this::listTickets),
                post("/ticketing/tickets", r -> created("/ticketing/tickets/", createTicket(bodyObject(r, mapper), false))),
                get("/ticketing/tickets/comments", this::listComments),
                post("/ticketing/tickets/comments", this::createComment),
                get("/ticketing/tickets/{id}", r -> json(200, render(found(uisp.tickets, r)))),
                patch("/ticketing/tickets/{id}", r -> json(200, render(patchTicket(found(uisp.tickets, r), bodyObject(r, mapper))))),
                get("/invoices", this::listInvoices),
                get("/invoices/{id}", r -> json(200, render(found(uisp.invoices, r)))),
                post("/clients/{id}/invoices", r -> created("/clients/invoices/", createInvoice(client(r), bodyObject(r, mapper)))));
    }

    @Override
    public Optional<FakeReply> rejectUnauthenticated(FakeRequest request) {
        boolean valid = request.header("X-Auth-App-Key").map(appKey::equals).orElse(false);
        return valid ? Optional.empty() : Optional.of(error(new FakeApiException(401, "", Map.of())));
    }

    @Override
    public FakeReply error(FakeApiException failure) {
        ObjectNode body = object().put("code", failure.status()).put("message", message(failure.status()));
        if (failure.status() == 422) {
            ObjectNode errors = body.putObject("errors");
            failure.fieldErrors().forEach((field, messages) -> {
                ArrayNode list = errors.putArray(field);
                messages.forEach(list::add);
            });
        }
        return json(failure.status(), body);
    }

    @Override
    public FakeReply routeNotFound(FakeRequest request) {
        return error(FakeApiException.notFound("no such endpoint"));
    }

    /** UCRM's fixed error messages (its blueprint's Error400/401/404/422/429). */
    private static String message(int status) {
        return switch (status) {
            case 400 -> "Bad request.";
            case 401 -> "User authentication failed.";
            case 403 -> "Access denied.";
            case 404 -> "Object is not found.";
            case 405 -> "Method not allowed.";
            case 422 -> "Validation failed.";
            case 429 -> "Too Many Requests.";
            default -> "Internal server error.";
        };
    }

    // ---- clients -------------------------------------------------------------------------------------------

    private FakeReply listClients(FakeRequest request) {
        Stream<Client> clients = uisp.clients.values().stream();
        Optional<String> key = request.param("customAttributeKey");
        Optional<String> value = request.param("customAttributeValue");
        if (key.isPresent() != value.isPresent()) {
            throw FakeApiException.badRequest("customAttributeKey and customAttributeValue go together");
        }
        if (key.isPresent()) {
            clients = clients.filter(c -> hasAttribute(c.attributes, key.get(), "client", value.get()));
        }
        if (request.param("isArchived", Integer::parseInt).orElse(0) == 1) {
            clients = Stream.empty();
        }
        Optional<String> userIdent = request.param("userIdent");
        Optional<String> email = request.param("email");
        Optional<String> phone = request.param("phone");
        Optional<Boolean> lead = request.param("lead", s -> s.equals("1"));
        Optional<String> query = request.param("query");
        if (query.isPresent() && query.get().length() < 2) {
            throw FakeApiException.badRequest("query needs at least 2 characters");
        }
        List<Client> matches = clients
                .filter(c -> userIdent.isEmpty() || userIdent.get().equals(c.fields.path("userIdent").asText(null)))
                .filter(c -> email.isEmpty() || c.contacts.stream().anyMatch(k -> email.get().equalsIgnoreCase(k.path("email").asText())))
                .filter(c -> phone.isEmpty() || c.contacts.stream().anyMatch(k -> phone.get().equals(k.path("phone").asText())))
                .filter(c -> lead.isEmpty() || lead.get() == c.fields.path("isLead").asBoolean())
                .filter(c -> query.isEmpty() || matchesQuery(c, query.get().toLowerCase(Locale.ROOT)))
                .sorted(descending(request) ? Comparator.comparingLong((Client c) -> c.id).reversed()
                        : Comparator.comparingLong((Client c) -> c.id))
                .toList();
        return json(200, renderAll(page(matches, request)));
    }

    private static boolean matchesQuery(Client client, String query) {
        String haystack = (client.name() + " " + client.fields.path("userIdent").asText("") + " "
                + client.contacts.stream().map(c -> c.path("email").asText("")).reduce("", String::concat))
                .toLowerCase(Locale.ROOT);
        return haystack.contains(query);
    }

    /** Creates a client from a {@code ClientWritable} body (also used to seed the world). */
    Client createClient(JsonNode body, boolean outside) {
        ObjectNode fields = clientDefaults();
        copyFields(body, fields, CLIENT_FIELDS);
        validateClient(fields);
        Client client = new Client(uisp.next("client"), fields, outside);
        setContacts(client, body);
        setAttributes(client.attributes, body, "client", () -> uisp.next("clientAttribute"));
        uisp.clients.put(client.id, client);
        return client;
    }

    private Client patchClient(Client client, JsonNode body) {
        ObjectNode fields = client.fields.deepCopy();
        copyFields(body, fields, CLIENT_FIELDS);
        validateClient(fields);
        client.fields.setAll(fields);
        if (body.has("contacts")) {
            setContacts(client, body);
        }
        setAttributes(client.attributes, body, "client", () -> uisp.next("clientAttribute"));
        return client;
    }

    private ObjectNode clientDefaults() {
        ObjectNode fields = object();
        CLIENT_FIELDS.forEach(fields::putNull);
        fields.put("isLead", false).put("clientType", 1).put("countryId", 249).put("stateId", 36)
                .put("invoiceAddressSameAsContact", true).put("sendInvoiceByPost", false).put("invoiceMaturityDays", 14)
                .put("stopServiceDue", true).put("stopServiceDueDays", 0).put("organizationId", 1)
                .put("registrationDate", Dates.crm(world.now(), ZONE)).put("avatarColor", "#2196f3");
        return fields;
    }

    private static void validateClient(ObjectNode fields) {
        JsonNode type = fields.get("clientType");
        if (!type.isInt() || (type.asInt() != 1 && type.asInt() != 2)) {
            throw FakeApiException.invalid("clientType", "The value you selected is not a valid choice.");
        }
        List<String> required = type.asInt() == 1 ? List.of("firstName", "lastName") : List.of("companyName");
        for (String field : required) {
            if (fields.path(field).asText("").isBlank()) {
                throw FakeApiException.invalid(field, "This value should not be blank.");
            }
        }
    }

    private void setContacts(Client client, JsonNode body) {
        JsonNode contacts = body.path("contacts");
        if (contacts.isMissingNode() || contacts.isNull()) {
            return;
        }
        if (!contacts.isArray()) {
            throw FakeApiException.invalid("contacts", "This value should be of type array.");
        }
        client.contacts.clear();
        for (JsonNode contact : contacts) {
            ObjectNode stored = object();
            stored.put("id", integer(contact, "id").orElseGet(() -> uisp.next("contact"))).put("clientId", client.id);
            CONTACT_FIELDS.forEach(stored::putNull);
            stored.put("isBilling", true).put("isContact", true);
            copyFields(contact, stored, CONTACT_FIELDS);
            ArrayNode types = stored.putArray("types");
            contact.path("types").forEach(t -> types.addObject().put("id", uisp.next("contactType"))
                    .put("name", t.path("name").asText()));
            client.contacts.add(stored);
        }
    }

    /** Applies {@code attributes: [{customAttributeId, value}]}; a null value removes the attribute. */
    private void setAttributes(Map<Long, AttributeValue> target, JsonNode body, String attributeType,
                               java.util.function.Supplier<Object> rowIds) {
        JsonNode attributes = body.path("attributes");
        if (attributes.isMissingNode() || attributes.isNull()) {
            return;
        }
        if (!attributes.isArray()) {
            throw FakeApiException.invalid("attributes", "This value should be of type array.");
        }
        for (JsonNode attribute : attributes) {
            long id = integer(attribute, "customAttributeId")
                    .orElseThrow(() -> FakeApiException.invalid("attributes", "customAttributeId should not be blank."));
            CustomAttribute definition = uisp.customAttributes.get(id);
            if (definition == null || !definition.attributeType().equals(attributeType)) {
                throw FakeApiException.invalid("attributes", "Custom attribute " + id + " is not a " + attributeType
                        + " attribute.");
            }
            JsonNode value = attribute.get("value");
            if (value == null || value.isNull()) {
                target.remove(id);
            } else {
                Object rowId = target.containsKey(id) ? target.get(id).rowId() : rowIds.get();
                target.put(id, new AttributeValue(rowId, value.isBoolean() ? (value.asBoolean() ? "1" : "0") : value.asText()));
            }
        }
    }

    private boolean hasAttribute(Map<Long, AttributeValue> values, String key, String type, String value) {
        return uisp.attributeByKey(key, type).map(a -> values.get(a.id()))
                .map(v -> v.value().equals(value)).orElse(false);
    }

    ObjectNode render(Client client) {
        ObjectNode node = object().put("id", client.id);
        node.setAll(client.fields.deepCopy());
        List<Service> services = uisp.services.values().stream().filter(s -> s.clientId == client.id).toList();
        node.put("isActive", false);
        ArrayNode contacts = node.putArray("contacts");
        client.contacts.forEach(c -> contacts.add(c.deepCopy()));
        ArrayNode attributes = node.putArray("attributes");
        client.attributes.forEach((id, value) -> attributes.add(renderAttributeValue(id, value)
                .put("clientId", client.id)));
        node.put("accountBalance", 0).put("accountCredit", 0).put("accountOutstanding", 0)
                .put("currencyCode", "USD").put("organizationName", "ERE Fiber");
        node.putArray("bankAccounts");
        node.putArray("tags");
        node.putNull("invitationEmailSentDate");
        node.put("isArchived", false).put("usesProforma", false).put("hasOverdueInvoice", false).put("hasOutage", false)
                .put("hasSuspendedService", services.stream().anyMatch(s -> s.status == UispState.SERVICE_SUSPENDED))
                .put("hasServiceWithoutDevices", services.stream()
                        .anyMatch(s -> s.status == UispState.SERVICE_ACTIVE && s.siteId == null));
        node.putNull("leadConvertedAt");
        node.put("hasPaymentSubscription", false).put("hasAutopayCreditCard", false);
        return node;
    }

    private ObjectNode renderAttributeValue(long customAttributeId, AttributeValue value) {
        CustomAttribute definition = uisp.customAttributes.get(customAttributeId);
        ObjectNode node = object();
        if (value.rowId() instanceof Long id) {
            node.put("id", id);
        } else {
            node.put("id", value.rowId().toString());
        }
        return node.put("name", definition.name()).put("key", definition.key())
                .put("clientZoneVisible", definition.clientZoneVisible())
                .put("value", value.value()).put("customAttributeId", customAttributeId);
    }

    // ---- custom attributes ---------------------------------------------------------------------------------

    private FakeReply listCustomAttributes(FakeRequest request) {
        Optional<String> type = request.param("attributeType");
        if (type.isPresent() && !ATTRIBUTE_TYPES.contains(type.get())) {
            throw FakeApiException.badRequest("unknown attributeType " + type.get());
        }
        List<CustomAttribute> matches = uisp.customAttributes.values().stream()
                .filter(a -> type.isEmpty() || a.attributeType().equals(type.get())).toList();
        return json(200, renderAll(page(matches, request)));
    }

    /** Creates a custom attribute; its key is the name in camelCase ("Vicvil Unit" → "vicvilUnit"). */
    CustomAttribute createCustomAttribute(JsonNode body) {
        String name = requiredText(body, "name");
        String attributeType = requiredText(body, "attributeType");
        if (!ATTRIBUTE_TYPES.contains(attributeType)) {
            throw FakeApiException.invalid("attributeType", "The value you selected is not a valid choice.");
        }
        String type = text(body, "type").orElse("string");
        if (!VALUE_TYPES.contains(type)) {
            throw FakeApiException.invalid("type", "The value you selected is not a valid choice.");
        }
        String key = keyOf(name);
        if (key.isEmpty() || uisp.attributeByKey(key, attributeType).isPresent()) {
            throw FakeApiException.invalid("name", "This value is already used.");
        }
        CustomAttribute attribute = new CustomAttribute(uisp.next("customAttribute"), name, key, attributeType, type,
                bool(body, "clientZoneVisible").orElse(false));
        uisp.customAttributes.put(attribute.id(), attribute);
        return attribute;
    }

    /** The key UCRM derives from a custom attribute's name: words joined in camelCase. */
    static String keyOf(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : name.strip().split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            char first = key.length() == 0 ? Character.toLowerCase(word.charAt(0)) : Character.toUpperCase(word.charAt(0));
            key.append(first).append(word.substring(1));
        }
        return key.toString();
    }

    private static ObjectNode render(CustomAttribute attribute) {
        return object().put("id", attribute.id()).put("key", attribute.key()).put("name", attribute.name())
                .put("clientZoneVisible", attribute.clientZoneVisible()).put("attributeType", attribute.attributeType())
                .put("type", attribute.type());
    }

    // ---- service plans -------------------------------------------------------------------------------------

    private FakeReply listPlans(FakeRequest request) {
        Optional<Boolean> isPublic = request.param("public", s -> s.equals("1"));
        boolean archived = request.param("archived", s -> s.equals("1")).orElse(false);
        Optional<String> type = request.param("servicePlanType");
        if (type.isPresent() && !Set.of("internet", "general").contains(type.get())) {
            throw FakeApiException.badRequest("unknown servicePlanType " + type.get());
        }
        List<Plan> matches = uisp.plans.values().stream()
                .filter(p -> isPublic.isEmpty() || p.isPublic() == isPublic.get())
                .filter(p -> p.archived() == archived)
                .filter(p -> type.isEmpty() || type.get().equals("internet"))
                .toList();
        return json(200, renderAll(page(matches, request)));
    }

    private static ObjectNode render(Plan plan) {
        ObjectNode node = object().put("id", plan.id()).put("name", plan.name()).put("organizationId", 1)
                .put("invoiceLabel", plan.name());
        node.putNull("downloadBurst");
        node.putNull("uploadBurst");
        node.put("downloadSpeed", plan.downloadSpeed()).put("uploadSpeed", plan.uploadSpeed());
        node.putNull("dataUsageLimit");
        node.putNull("downloadSpeedLimited");
        node.putNull("uploadSpeedLimited");
        node.put("aggregation", 1).put("taxable", false);
        node.putNull("amountExemptFromTaxation");
        node.put("setupFee", 0).put("earlyTerminationFee", 0).put("minimumContractLengthMonths", 0);
        ArrayNode periods = node.putArray("periods");
        plan.periods().forEach(p -> periods.addObject().put("id", p.id()).put("period", p.months()).put("price", p.price())
                .put("enabled", p.enabled()));
        node.put("public", plan.isPublic()).put("servicePlanType", "Internet").put("prepaid", false);
        node.putNull("prepaidConfiguration");
        node.putNull("defaultServicePlanGroupId");
        node.put("archived", plan.archived());
        node.putArray("servicePlanGroups");
        return node;
    }

    // ---- services ------------------------------------------------------------------------------------------

    private FakeReply listServices(FakeRequest request) {
        Optional<Long> clientId = request.param("clientId", Long::parseLong);
        List<Integer> statuses = request.array("statuses").stream().map(s -> parse(s, Integer::parseInt)).toList();
        Optional<String> key = request.param("customAttributeKey");
        Optional<String> value = request.param("customAttributeValue");
        if (key.isPresent() != value.isPresent()) {
            throw FakeApiException.badRequest("customAttributeKey and customAttributeValue go together");
        }
        Predicate<Service> byAttribute = s -> key.isEmpty() || hasAttribute(s.attributes, key.get(), "service", value.get());
        List<Service> matches = uisp.services.values().stream()
                .filter(s -> clientId.isEmpty() || s.clientId == clientId.get())
                .filter(s -> statuses.isEmpty() || statuses.contains(s.status))
                .filter(byAttribute)
                .sorted(descending(request) ? Comparator.comparingLong((Service s) -> s.id).reversed()
                        : Comparator.comparingLong((Service s) -> s.id))
                .toList();
        return json(200, renderAll(page(matches, request)));
    }

    /** Creates a service for a client from a {@code ServiceWritable} body (also used to seed the world). */
    Service createService(Client client, JsonNode body, boolean outside) {
        long periodId = integer(body, "servicePlanPeriodId")
                .orElseThrow(() -> FakeApiException.invalid("servicePlanPeriodId", "This value should not be blank."));
        requireEnabledPeriod(periodId);
        Instant activeFrom = date(body, "activeFrom").orElse(world.now());
        ObjectNode fields = object();
        SERVICE_FIELDS.forEach(fields::putNull);
        fields.put("invoicingPeriodType", 1).put("invoicingPeriodStartDay", 1).put("nextInvoicingDayAdjustment", 0)
                .put("invoicingProratedSeparately", true).put("invoicingSeparately", false)
                .put("sendEmailsAutomatically", false).put("useCreditAutomatically", true).put("contractLengthType", 1)
                .put("discountType", 0).put("invoicingStart", Dates.crm(activeFrom, ZONE));
        SERVICE_ADDRESS.forEach(field -> fields.set(field, client.fields.path(field).deepCopy()));
        copyFields(body, fields, SERVICE_FIELDS);
        decimal(body, "price").ifPresent(price -> fields.put("price", price));
        boolean quoted = bool(body, "isQuoted").orElse(false);
        int status = quoted ? UispState.SERVICE_QUOTED
                : activeFrom.isAfter(world.now()) ? UispState.SERVICE_PREPARED : UispState.SERVICE_ACTIVE;
        Service service = new Service(uisp.next("service"), client.id, periodId, status, activeFrom, fields, outside);
        service.activeTo = date(body, "activeTo").orElse(null);
        Optional<String> siteId = text(body, "unmsClientSiteId");
        siteId.ifPresent(id -> service.siteId = requireSite(id, "unmsClientSiteId"));
        setAttributes(service.attributes, body, "service", world.ids::uuid);
        uisp.services.put(service.id, service);
        return service;
    }

    private Service patchService(Service service, JsonNode body) {
        Optional<Long> periodId = integer(body, "servicePlanPeriodId");
        periodId.ifPresent(this::requireEnabledPeriod);
        Optional<Instant> activeTo = date(body, "activeTo");
        ObjectNode fields = service.fields.deepCopy();
        copyFields(body, fields, SERVICE_FIELDS);
        if (body.has("price")) {
            Optional<BigDecimal> price = decimal(body, "price");
            if (price.isPresent()) {
                fields.put("price", price.get());
            } else {
                fields.remove("price");
            }
        }
        setAttributes(service.attributes, body, "service", world.ids::uuid);
        periodId.ifPresent(id -> service.periodId = id);
        if (body.has("activeTo")) {
            service.activeTo = activeTo.orElse(null);
        }
        service.fields.removeAll();
        service.fields.setAll(fields);
        return service;
    }

    private FakeReply suspend(FakeRequest request) {
        Service service = service(request);
        JsonNode body = request.body().length == 0 ? object() : bodyObject(request, mapper);
        Optional<Long> reasonId = integer(body, "suspensionReasonId");
        if (reasonId.isPresent() && !uisp.suspensionReasons.containsKey(reasonId.get())) {
            throw FakeApiException.invalid("suspensionReasonId", "This value is not valid.");
        }
        if (service.status != UispState.SERVICE_ACTIVE) {
            throw FakeApiException.invalid("service", "Only an active service can be suspended.");
        }
        service.status = UispState.SERVICE_SUSPENDED;
        service.suspensionReasonId = reasonId.orElse(null);
        service.suspensionPeriods.add(new SuspensionPeriod(uisp.next("suspensionPeriod"), world.now()));
        return FakeReply.empty(200);
    }

    private FakeReply cancelSuspend(FakeRequest request) {
        Service service = service(request);
        if (service.status != UispState.SERVICE_SUSPENDED) {
            throw FakeApiException.invalid("service", "Service is not suspended.");
        }
        service.status = UispState.SERVICE_ACTIVE;
        service.suspensionReasonId = null;
        closeSuspension(service);
        return FakeReply.empty(200);
    }

    private Service end(Service service) {
        if (service.status == UispState.SERVICE_ENDED) {
            throw FakeApiException.invalid("service", "Service is already ended.");
        }
        service.status = UispState.SERVICE_ENDED;
        service.activeTo = world.now();
        service.suspensionReasonId = null;
        closeSuspension(service);
        return service;
    }

    private void closeSuspension(Service service) {
        service.suspensionPeriods.stream().filter(p -> p.end == null).forEach(p -> p.end = world.now());
    }

    private Service bind(Service service, JsonNode body) {
        service.siteId = requireSite(requiredText(body, "unmsClientSiteId"), "unmsClientSiteId");
        return service;
    }

    private static Service unbind(Service service) {
        service.siteId = null;
        return service;
    }

    private String requireSite(String siteId, String field) {
        if (!world.uisp.sites.containsKey(siteId)) {
            throw FakeApiException.invalid(field, "UISP site " + siteId + " does not exist.");
        }
        return siteId;
    }

    private Period requireEnabledPeriod(long periodId) {
        Period period = uisp.planOfPeriod(periodId).flatMap(p -> p.period(periodId))
                .orElseThrow(() -> FakeApiException.invalid("servicePlanPeriodId", "Service plan period not found."));
        if (!period.enabled()) {
            throw FakeApiException.invalid("servicePlanPeriodId", "Service plan period is not enabled.");
        }
        return period;
    }

    ObjectNode render(Service service) {
        Plan plan = uisp.planOfPeriod(service.periodId).orElseThrow();
        Period period = plan.period(service.periodId).orElseThrow();
        BigDecimal price = service.fields.has("price") ? service.fields.get("price").decimalValue() : period.price();
        ObjectNode node = object().put("id", service.id).put("servicePlanId", plan.id()).put("clientId", service.clientId)
                .put("status", service.status).put("prepaid", false).put("servicePlanPeriodId", service.periodId)
                .put("activeFrom", Dates.crm(service.activeFrom, ZONE)).put("activeTo", Dates.crm(service.activeTo, ZONE));
        ObjectNode fields = service.fields.deepCopy();
        fields.remove("price");
        if (fields.path("name").isNull()) {
            fields.put("name", plan.name());
        }
        node.setAll(fields);
        node.put("price", price).put("hasIndividualPrice", service.fields.has("price")).put("totalPrice", price)
                .put("servicePlanName", plan.name()).put("servicePlanPrice", period.price())
                .put("servicePlanPeriod", period.months()).put("servicePlanType", "Internet")
                .put("downloadSpeed", plan.downloadSpeed()).put("uploadSpeed", plan.uploadSpeed())
                .put("currencyCode", "USD").put("hasOutage", false)
                .put("unmsClientSiteStatus", service.siteId == null ? null : "active")
                .put("unmsClientSiteId", service.siteId);
        node.putNull("lastInvoicedDate");
        ArrayNode attributes = node.putArray("attributes");
        service.attributes.forEach((id, value) -> attributes.add(renderAttributeValue(id, value).put("serviceId", service.id)));
        node.put("suspensionReasonId", service.suspensionReasonId);
        node.putNull("serviceChangeRequestId");
        node.putNull("downloadSpeedOverride");
        node.putNull("uploadSpeedOverride");
        node.putNull("trafficShapingOverrideEnd");
        node.put("trafficShapingOverrideEnabled", false);
        ArrayNode periods = node.putArray("suspensionPeriods");
        service.suspensionPeriods.forEach(p -> periods.addObject().put("id", p.id)
                .put("startDate", Dates.crm(p.start, ZONE)).put("endDate", Dates.crm(p.end, ZONE)));
        node.putArray("surcharges");
        return node;
    }

    // ---- suspension reasons --------------------------------------------------------------------------------

    SuspensionReason createSuspensionReason(String name) {
        SuspensionReason reason = new SuspensionReason(uisp.next("suspensionReason"), name);
        uisp.suspensionReasons.put(reason.id(), reason);
        return reason;
    }

    private static ObjectNode render(SuspensionReason reason) {
        return object().put("id", reason.id()).put("name", reason.name());
    }

    // ---- tickets -------------------------------------------------------------------------------------------

    private FakeReply listTickets(FakeRequest request) {
        Optional<String> clientId = request.param("clientId");
        List<Integer> statuses = request.array("statuses").stream().map(s -> parse(s, Integer::parseInt)).toList();
        Optional<Boolean> isPublic = request.param("public", s -> s.equals("1"));
        Optional<LocalDate> from = request.param("dateFrom", LocalDate::parse);
        Optional<LocalDate> to = request.param("dateTo", LocalDate::parse);
        Predicate<Ticket> byClient = t -> clientId.isEmpty()
                || (clientId.get().equals("null") ? t.clientId == null
                        : t.clientId != null && t.clientId == parse(clientId.get(), Long::parseLong));
        List<Ticket> matches = uisp.tickets.values().stream()
                .filter(byClient)
                .filter(t -> statuses.isEmpty() || statuses.contains(t.status))
                .filter(t -> isPublic.isEmpty() || t.isPublic == isPublic.get())
                .filter(t -> from.isEmpty() || !LocalDate.ofInstant(t.createdAt, ZONE).isBefore(from.get()))
                .filter(t -> to.isEmpty() || !LocalDate.ofInstant(t.createdAt, ZONE).isAfter(to.get()))
                .sorted(ticketOrder(request))
                .toList();
        return json(200, renderAll(page(matches, request)));
    }

    private static Comparator<Ticket> ticketOrder(FakeRequest request) {
        Comparator<Ticket> order = switch (request.param("order").orElse("createdAt")) {
            case "id" -> Comparator.comparingLong(t -> t.id);
            case "lastActivity" -> Comparator.comparing(Ticket::lastActivity);
            default -> Comparator.comparing((Ticket t) -> t.createdAt).thenComparingLong(t -> t.id);
        };
        return descending(request) ? order.reversed() : order;
    }

    /** Creates a ticket from a {@code TicketWritable} body: at least one comment in {@code activity}. */
    Ticket createTicket(JsonNode body, boolean outside) {
        String subject = requiredText(body, "subject");
        Optional<Long> clientId = integer(body, "clientId");
        if (clientId.isPresent() && !uisp.clients.containsKey(clientId.get())) {
            throw FakeApiException.invalid("clientId", "Client not found.");
        }
        if (clientId.isEmpty() && text(body, "emailFromAddress").isEmpty() && text(body, "phoneFrom").isEmpty()) {
            throw FakeApiException.invalid("clientId", "Client or e-mail or phone is required.");
        }
        int status = ticketStatus(body).orElse(0);
        JsonNode activity = body.path("activity");
        if (!activity.isArray() || activity.isEmpty()) {
            throw FakeApiException.invalid("activity", "At least one comment is required.");
        }
        ObjectNode fields = object();
        TICKET_FIELDS.forEach(fields::putNull);
        copyFields(body, fields, TICKET_FIELDS);
        fields.set("assignedJobIds", body.path("assignedJobIds").isArray() ? body.get("assignedJobIds").deepCopy() : array());
        Instant createdAt = date(body, "createdAt").orElse(world.now());
        Ticket ticket = new Ticket(uisp.next("ticket"), clientId.orElse(null), subject, status,
                bool(body, "public").orElse(true), createdAt, fields, outside);
        for (JsonNode item : activity) {
            addComment(ticket, item, item.path("comment"), createdAt);
        }
        uisp.tickets.put(ticket.id, ticket);
        return ticket;
    }

    private Ticket patchTicket(Ticket ticket, JsonNode body) {
        Optional<Integer> status = ticketStatus(body);
        text(body, "subject").ifPresent(s -> ticket.subject = s);
        bool(body, "public").ifPresent(p -> ticket.isPublic = p);
        copyFields(body, ticket.fields, TICKET_FIELDS);
        if (status.isPresent() && status.get() != ticket.status) {
            ticket.activity.add(new Activity(uisp.next("activity"), ticket.id, null, world.now(), false, "status_change",
                    null, ticket.status, status.get()));
            ticket.status = status.get();
        }
        body.path("activity").forEach(item -> addComment(ticket, item, item.path("comment"), world.now()));
        return ticket;
    }

    private static Optional<Integer> ticketStatus(JsonNode body) {
        Optional<Long> status = integer(body, "status");
        if (status.isPresent() && (status.get() < 0 || status.get() > 3)) {
            throw FakeApiException.invalid("status", "The value you selected is not a valid choice.");
        }
        return status.map(Long::intValue);
    }

    private Activity addComment(Ticket ticket, JsonNode item, JsonNode comment, Instant defaultTime) {
        String body = text(comment, "body").orElse(null);
        if ((body == null || body.isBlank()) && !comment.path("attachments").isArray()) {
            throw FakeApiException.invalid("body", "Comment body or attachments are required.");
        }
        Activity activity = new Activity(uisp.next("activity"), ticket.id, integer(item, "userId").orElse(null),
                date(item, "createdAt").orElse(defaultTime), ticket.isPublic && bool(item, "public").orElse(true),
                "comment", body, null, null);
        ticket.activity.add(activity);
        return activity;
    }

    private FakeReply listComments(FakeRequest request) {
        Optional<Long> ticketId = request.param("ticketId", Long::parseLong);
        ArrayNode comments = array();
        uisp.tickets.values().stream().filter(t -> ticketId.isEmpty() || t.id == ticketId.get())
                .flatMap(t -> t.activity.stream()).filter(a -> a.type().equals("comment"))
                .forEach(a -> comments.add(renderComment(a)));
        return json(200, comments);
    }

    private FakeReply createComment(FakeRequest request) {
        JsonNode body = bodyObject(request, mapper);
        long ticketId = integer(body, "ticketId")
                .orElseThrow(() -> FakeApiException.invalid("ticketId", "This value should not be blank."));
        Ticket ticket = uisp.tickets.get(ticketId);
        if (ticket == null) {
            throw FakeApiException.invalid("ticketId", "Ticket not found.");
        }
        Activity comment = addComment(ticket, body, body, world.now());
        return json(201, renderComment(comment)).withHeader("Location", "/ticketing/tickets/comments/" + comment.id());
    }

    private ObjectNode render(Ticket ticket) {
        Optional<Activity> lastComment = ticket.activity.stream().filter(a -> a.type().equals("comment"))
                .reduce((first, later) -> later);
        ObjectNode node = object().put("id", ticket.id).put("subject", ticket.subject).put("clientId", ticket.clientId);
        node.setAll(ticket.fields.deepCopy());
        node.put("createdAt", Dates.crm(ticket.createdAt, ZONE)).put("status", ticket.status).put("public", ticket.isPublic)
                .put("lastActivity", Dates.crm(ticket.lastActivity(), ZONE))
                .put("lastCommentAt", lastComment.map(a -> Dates.crm(a.createdAt(), ZONE)).orElse(null))
                .put("isLastActivityByClient", lastComment.map(a -> a.userId() == null).orElse(false));
        node.putArray("tags");
        ArrayNode activity = node.putArray("activity");
        for (Activity item : ticket.activity) {
            ObjectNode entry = activity.addObject().put("id", item.id()).put("ticketId", item.ticketId())
                    .put("userId", item.userId()).put("createdAt", Dates.crm(item.createdAt(), ZONE))
                    .put("public", item.isPublic()).put("type", item.type());
            if (item.type().equals("comment")) {
                entry.putObject("comment").put("body", item.body()).putArray("attachments");
            } else {
                entry.putObject("statusChange").put("previousStatus", item.previousStatus()).put("status", item.status());
            }
        }
        return node;
    }

    private static ObjectNode renderComment(Activity comment) {
        ObjectNode node = object().put("id", comment.id()).put("ticketId", comment.ticketId()).put("body", comment.body());
        node.putArray("attachments");
        node.put("userId", comment.userId()).put("public", comment.isPublic())
                .put("createdAt", Dates.crm(comment.createdAt(), ZONE));
        node.putNull("emailFromAddress");
        node.putNull("emailFromName");
        node.putNull("phoneFrom");
        return node;
    }

    // ---- invoices ------------------------------------------------------------------------------------------

    private FakeReply listInvoices(FakeRequest request) {
        Optional<Long> clientId = request.param("clientId", Long::parseLong);
        Optional<String> number = request.param("number").map(n -> n.toLowerCase(Locale.ROOT));
        List<Integer> statuses = request.array("statuses").stream().map(s -> parse(s, Integer::parseInt)).toList();
        Optional<LocalDate> from = request.param("createdDateFrom", LocalDate::parse);
        Optional<LocalDate> to = request.param("createdDateTo", LocalDate::parse);
        List<CrmInvoice> matches = uisp.invoices.values().stream()
                .filter(i -> clientId.isEmpty() || i.clientId == clientId.get())
                // "Search by invoice number": a substring match, so callers must compare the number themselves
                .filter(i -> number.isEmpty() || (i.number != null && i.number.toLowerCase(Locale.ROOT).contains(number.get())))
                .filter(i -> statuses.isEmpty() || statuses.contains(i.status))
                .filter(i -> from.isEmpty() || !LocalDate.ofInstant(i.createdDate, ZONE).isBefore(from.get()))
                .filter(i -> to.isEmpty() || !LocalDate.ofInstant(i.createdDate, ZONE).isAfter(to.get()))
                .sorted(descending(request) ? Comparator.comparingLong((CrmInvoice i) -> i.id).reversed()
                        : Comparator.comparingLong((CrmInvoice i) -> i.id))
                .toList();
        return json(200, renderAll(page(matches, request)));
    }

    /** Creates an invoice with custom items ({@code InvoiceNew}); a draft keeps status 0. */
    CrmInvoice createInvoice(Client client, JsonNode body) {
        JsonNode items = body.path("items");
        if (!items.isArray() || items.isEmpty()) {
            throw FakeApiException.invalid("items", "This value should not be blank.");
        }
        List<InvoiceItem> lines = new ArrayList<>();
        for (JsonNode item : items) {
            String label = requiredText(item, "label");
            BigDecimal price = decimal(item, "price").orElseThrow(() -> FakeApiException.invalid("price",
                    "This value should not be blank."));
            lines.add(new InvoiceItem(uisp.next("invoiceItem"), label, price,
                    decimal(item, "quantity").orElse(BigDecimal.ONE), text(item, "unit").orElse(null)));
        }
        boolean draft = bool(body, "draft").orElse(false);
        Optional<String> number = text(body, "number");
        if (number.isPresent() && uisp.invoices.values().stream().anyMatch(i -> number.get().equals(i.number))) {
            throw FakeApiException.invalid("number", "This invoice number is already used.");
        }
        long id = uisp.next("invoice");
        String assigned = number.orElse(draft ? null : String.format("%06d", id));
        ObjectNode fields = object();
        copyFields(body, fields, List.of("notes", "adminNotes"));
        CrmInvoice invoice = new CrmInvoice(id, client.id, assigned, draft ? 0 : 1,
                date(body, "createdDate").orElse(world.now()), integer(body, "maturityDays").orElse(14L).intValue(),
                fields, lines);
        uisp.invoices.put(invoice.id, invoice);
        return invoice;
    }

    private ObjectNode render(CrmInvoice invoice) {
        Client client = uisp.clients.get(invoice.clientId);
        BigDecimal total = invoice.total();
        ObjectNode node = object().put("id", invoice.id).put("clientId", invoice.clientId).put("number", invoice.number)
                .put("createdDate", Dates.crm(invoice.createdDate, ZONE));
        node.putNull("emailSentDate");
        node.put("maturityDays", invoice.maturityDays)
                .put("notes", invoice.fields.path("notes").asText(null))
                .put("adminNotes", invoice.fields.path("adminNotes").asText(null))
                .put("organizationName", "ERE Fiber")
                .put("clientFirstName", client.fields.path("firstName").asText(null))
                .put("clientLastName", client.fields.path("lastName").asText(null))
                .put("clientCompanyName", client.fields.path("companyName").asText(null))
                .put("clientStreet1", client.fields.path("street1").asText(null))
                .put("clientCity", client.fields.path("city").asText(null))
                .put("clientZipCode", client.fields.path("zipCode").asText(null))
                .put("proforma", false)
                .put("dueDate", Dates.crm(invoice.createdDate.plus(invoice.maturityDays, ChronoUnit.DAYS), ZONE))
                .put("taxableSupplyDate", Dates.crm(invoice.createdDate, ZONE));
        ArrayNode items = node.putArray("items");
        for (InvoiceItem item : invoice.items) {
            ObjectNode line = items.addObject().put("id", item.id());
            line.putNull("serviceId");
            line.putNull("serviceSurchargeId");
            line.putNull("productId");
            line.putNull("feeId");
            line.put("label", item.label()).put("price", item.price()).put("quantity", item.quantity())
                    .put("unit", item.unit()).put("total", item.total()).put("type", "custom");
        }
        boolean paid = invoice.status == 3;
        node.put("subtotal", total);
        node.putArray("taxes");
        node.put("total", total).put("amountPaid", paid ? total : BigDecimal.ZERO)
                .put("amountToPay", paid ? BigDecimal.ZERO : total).put("totalUntaxed", total)
                .put("totalDiscount", 0).put("totalTaxAmount", 0).put("currencyCode", "USD").put("status", invoice.status);
        node.putArray("paymentCovers");
        node.put("uncollectible", false);
        node.putNull("proformaInvoiceId");
        node.putNull("generatedInvoiceId");
        node.putArray("attributes");
        node.put("appliedVatReverseCharge", false);
        return node;
    }

    // ---- plumbing ------------------------------------------------------------------------------------------

    private Client client(FakeRequest request) {
        return found(uisp.clients, request);
    }

    private Service service(FakeRequest request) {
        return found(uisp.services, request);
    }

    /** The object named by the {@code {id}} path parameter, or UCRM's 404. */
    private static <T> T found(Map<Long, T> objects, FakeRequest request) {
        try {
            T found = objects.get(Long.parseLong(request.pathParam("id")));
            if (found != null) {
                return found;
            }
        } catch (NumberFormatException e) {
            // a non-numeric id names nothing: fall through to 404
        }
        throw FakeApiException.notFound("no object " + request.pathParam("id"));
    }

    private Optional<Instant> date(JsonNode body, String field) {
        Optional<String> text = text(body, field);
        try {
            return text.map(t -> Dates.parseCrm(t, ZONE));
        } catch (DateTimeParseException e) {
            throw FakeApiException.invalid(field, "This value is not a valid datetime.");
        }
    }

    private static <T> T parse(String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw FakeApiException.badRequest("not a number: " + text);
        }
    }

    private ArrayNode renderAll(List<?> objects) {
        ArrayNode list = array();
        objects.forEach(o -> list.add(renderAny(o)));
        return list;
    }

    private ObjectNode renderAny(Object o) {
        if (o instanceof Client c) {
            return render(c);
        } else if (o instanceof Service s) {
            return render(s);
        } else if (o instanceof Plan p) {
            return render(p);
        } else if (o instanceof CustomAttribute a) {
            return render(a);
        } else if (o instanceof SuspensionReason r) {
            return render(r);
        } else if (o instanceof Ticket t) {
            return render(t);
        } else if (o instanceof CrmInvoice i) {
            return render(i);
        }
        throw new IllegalArgumentException("cannot render " + o);
    }

    private FakeReply created(String locationPrefix, Object created) {
        ObjectNode body = renderAny(created);
        return json(201, body).withHeader("Location", locationPrefix + body.get("id").asText());
    }

    private FakeReply json(int status, JsonNode body) {
        return JsonFields.reply(mapper, status, body);
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

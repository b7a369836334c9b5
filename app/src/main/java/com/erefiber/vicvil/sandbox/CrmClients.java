package com.erefiber.vicvil.sandbox;

import static com.erefiber.vicvil.sandbox.JsonFields.copyFields;
import static com.erefiber.vicvil.sandbox.JsonFields.integer;
import static com.erefiber.vicvil.sandbox.JsonFields.object;
import static com.erefiber.vicvil.sandbox.JsonFields.page;

import com.erefiber.vicvil.sandbox.UispState.Client;
import com.erefiber.vicvil.sandbox.UispState.Service;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Clients of the fake CRM: list with UCRM's filters, create (201 + Location), read, partial update. */
final class CrmClients extends CrmPart {
    private static final List<String> CLIENT_FIELDS = List.of(
            "userIdent",
            "previousIsp",
            "isLead",
            "clientType",
            "companyName",
            "companyRegistrationNumber",
            "companyTaxId",
            "companyWebsite",
            "companyContactFirstName",
            "companyContactLastName",
            "firstName",
            "lastName",
            "street1",
            "street2",
            "city",
            "countryId",
            "stateId",
            "zipCode",
            "fullAddress",
            "invoiceStreet1",
            "invoiceStreet2",
            "invoiceCity",
            "invoiceStateId",
            "invoiceCountryId",
            "invoiceZipCode",
            "invoiceAddressSameAsContact",
            "note",
            "sendInvoiceByPost",
            "invoiceMaturityDays",
            "stopServiceDue",
            "stopServiceDueDays",
            "organizationId",
            "tax1Id",
            "tax2Id",
            "tax3Id",
            "registrationDate",
            "username",
            "avatarColor",
            "addressGpsLat",
            "addressGpsLon",
            "generateProformaInvoices",
            "referral");
    private static final List<String> CONTACT_FIELDS = List.of("email", "phone", "name", "isBilling", "isContact");

    private final CrmAttributes attributes;

    CrmClients(World world, ObjectMapper mapper, CrmAttributes attributes) {
        super(world, mapper);
        this.attributes = attributes;
    }

    @Override
    List<Route> routes() {
        return List.of(
                get("/clients", this::listClients),
                post("/clients", r -> created("/clients/", render(createClient(body(r), false)))),
                get("/clients/{id}", r -> json(200, render(found(uisp.clients, r)))),
                patch("/clients/{id}", r -> json(200, render(patchClient(found(uisp.clients, r), body(r))))));
    }

    private FakeReply listClients(FakeRequest request) {
        Stream<Client> clients = uisp.clients.values().stream();
        Optional<String> key = request.param("customAttributeKey");
        Optional<String> value = request.param("customAttributeValue");
        if (key.isPresent() != value.isPresent()) {
            throw FakeApiException.badRequest("customAttributeKey and customAttributeValue go together");
        }
        if (key.isPresent()) {
            clients = clients.filter(c -> attributes.hasValue(c.attributes, key.get(), "client", value.get()));
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
        List<Client> matches = clients.filter(c -> userIdent.isEmpty()
                        || userIdent.get().equals(c.fields.path("userIdent").asText(null)))
                .filter(c -> email.isEmpty()
                        || c.contacts.stream().anyMatch(k -> email.get()
                                .equalsIgnoreCase(k.path("email").asText())))
                .filter(c -> phone.isEmpty()
                        || c.contacts.stream().anyMatch(k -> phone.get()
                                .equals(k.path("phone").asText())))
                .filter(c ->
                        lead.isEmpty() || lead.get() == c.fields.path("isLead").asBoolean())
                .filter(c -> query.isEmpty() || matchesQuery(c, query.get().toLowerCase(Locale.ROOT)))
                .sorted(idOrder(request, (Client c) -> c.id))
                .toList();
        return list(page(matches, request), this::render);
    }

    private static boolean matchesQuery(Client client, String query) {
        String haystack = (client.name() + " " + client.fields.path("userIdent").asText("") + " "
                        + client.contacts.stream()
                                .map(c -> c.path("email").asText(""))
                                .reduce("", String::concat))
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
        attributes.setValues(client.attributes, body, "client", () -> uisp.next("clientAttribute"));
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
        attributes.setValues(client.attributes, body, "client", () -> uisp.next("clientAttribute"));
        return client;
    }

    private ObjectNode clientDefaults() {
        ObjectNode fields = object();
        CLIENT_FIELDS.forEach(fields::putNull);
        fields.put("isLead", false)
                .put("clientType", 1)
                .put("countryId", 249)
                .put("stateId", 36)
                .put("invoiceAddressSameAsContact", true)
                .put("sendInvoiceByPost", false)
                .put("invoiceMaturityDays", 14)
                .put("stopServiceDue", true)
                .put("stopServiceDueDays", 0)
                .put("organizationId", 1)
                .put("registrationDate", Dates.crm(world.now()))
                .put("avatarColor", "#2196f3");
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
            stored.put("id", integer(contact, "id").orElseGet(() -> uisp.next("contact")))
                    .put("clientId", client.id);
            CONTACT_FIELDS.forEach(stored::putNull);
            stored.put("isBilling", true).put("isContact", true);
            copyFields(contact, stored, CONTACT_FIELDS);
            ArrayNode types = stored.putArray("types");
            contact.path("types").forEach(t -> types.addObject()
                    .put("id", uisp.next("contactType"))
                    .put("name", t.path("name").asText()));
            client.contacts.add(stored);
        }
    }

    ObjectNode render(Client client) {
        ObjectNode node = object().put("id", client.id);
        node.setAll(client.fields.deepCopy());
        List<Service> services = uisp.services.values().stream()
                .filter(s -> s.clientId == client.id)
                .toList();
        node.put("isActive", false);
        ArrayNode contacts = node.putArray("contacts");
        client.contacts.forEach(c -> contacts.add(c.deepCopy()));
        ArrayNode values = node.putArray("attributes");
        client.attributes.forEach(
                (id, value) -> values.add(attributes.renderValue(id, value).put("clientId", client.id)));
        node.put("accountBalance", 0)
                .put("accountCredit", 0)
                .put("accountOutstanding", 0)
                .put("currencyCode", "USD")
                .put("organizationName", "ERE Fiber");
        node.putArray("bankAccounts");
        node.putArray("tags");
        node.putNull("invitationEmailSentDate");
        node.put("isArchived", false)
                .put("usesProforma", false)
                .put("hasOverdueInvoice", false)
                .put("hasOutage", false)
                .put("hasSuspendedService", services.stream().anyMatch(s -> s.status == UispState.SERVICE_SUSPENDED))
                .put(
                        "hasServiceWithoutDevices",
                        services.stream().anyMatch(s -> s.status == UispState.SERVICE_ACTIVE && s.siteId == null));
        node.putNull("leadConvertedAt");
        node.put("hasPaymentSubscription", false).put("hasAutopayCreditCard", false);
        return node;
    }
}

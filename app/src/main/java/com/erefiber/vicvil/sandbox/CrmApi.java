package com.erefiber.vicvil.sandbox;

import static com.erefiber.vicvil.sandbox.JsonFields.object;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake UISP CRM API v1.0 ({@code /crm/api/v1.0}, header {@code X-Auth-App-Key}): clients, custom
 * attributes, service plans, services, suspension reasons, tickets and invoices, with UCRM's field names,
 * {@code limit}/{@code offset} lists, 201 + Location on create and {@code {"code", "message"}} error bodies
 * (plus {@code errors} on 422).
 */
final class CrmApi implements FakeApi {
    static final String PREFIX = "/crm/api/v1.0";

    private final ObjectMapper mapper;
    private final String appKey;
    private final CrmAttributes attributes;
    private final CrmClients clients;
    private final CrmServices services;
    private final CrmTickets tickets;
    private final CrmInvoices invoices;

    CrmApi(World world, ObjectMapper mapper, String appKey) {
        this.mapper = mapper;
        this.appKey = appKey;
        this.attributes = new CrmAttributes(world, mapper);
        this.clients = new CrmClients(world, mapper, attributes);
        this.services = new CrmServices(world, mapper, attributes);
        this.tickets = new CrmTickets(world, mapper);
        this.invoices = new CrmInvoices(world, mapper);
    }

    CrmAttributes attributes() {
        return attributes;
    }

    CrmClients clients() {
        return clients;
    }

    CrmServices services() {
        return services;
    }

    CrmTickets tickets() {
        return tickets;
    }

    CrmInvoices invoices() {
        return invoices;
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
        List<Route> routes = new ArrayList<>();
        routes.add(CrmPart.get("/version", r -> JsonFields.reply(mapper, 200, object().put("version", "1.0.0"))));
        for (CrmPart part : List.of(attributes, clients, services, tickets, invoices)) {
            routes.addAll(part.routes());
        }
        return routes;
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
        return JsonFields.reply(mapper, failure.status(), body);
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
}

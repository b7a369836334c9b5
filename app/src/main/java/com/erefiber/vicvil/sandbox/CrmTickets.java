package com.erefiber.vicvil.sandbox;

import static com.erefiber.vicvil.sandbox.JsonFields.array;
import static com.erefiber.vicvil.sandbox.JsonFields.bool;
import static com.erefiber.vicvil.sandbox.JsonFields.copyFields;
import static com.erefiber.vicvil.sandbox.JsonFields.descending;
import static com.erefiber.vicvil.sandbox.JsonFields.integer;
import static com.erefiber.vicvil.sandbox.JsonFields.object;
import static com.erefiber.vicvil.sandbox.JsonFields.page;
import static com.erefiber.vicvil.sandbox.JsonFields.requiredText;
import static com.erefiber.vicvil.sandbox.JsonFields.text;

import com.erefiber.vicvil.sandbox.UispState.Activity;
import com.erefiber.vicvil.sandbox.UispState.Ticket;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Tickets of the fake CRM: created with at least one comment, status changed by PATCH, commented on. */
final class CrmTickets extends CrmPart {
    private static final List<String> TICKET_FIELDS =
            List.of("emailFromAddress", "emailFromName", "phoneFrom", "assignedGroupId", "assignedUserId");

    CrmTickets(World world, ObjectMapper mapper) {
        super(world, mapper);
    }

    @Override
    List<Route> routes() {
        return List.of(
                get("/ticketing/tickets", this::listTickets),
                post("/ticketing/tickets", r -> created("/ticketing/tickets/", render(createTicket(body(r), false)))),
                get("/ticketing/tickets/comments", this::listComments),
                post("/ticketing/tickets/comments", this::createComment),
                get("/ticketing/tickets/{id}", r -> json(200, render(found(uisp.tickets, r)))),
                patch("/ticketing/tickets/{id}", r -> json(200, render(patchTicket(found(uisp.tickets, r), body(r))))));
    }

    private FakeReply listTickets(FakeRequest request) {
        Optional<String> clientId = request.param("clientId");
        List<Integer> statuses = request.array("statuses").stream()
                .map(s -> parse(s, Integer::parseInt))
                .toList();
        Optional<Boolean> isPublic = request.param("public", s -> s.equals("1"));
        Optional<LocalDate> from = request.param("dateFrom", LocalDate::parse);
        Optional<LocalDate> to = request.param("dateTo", LocalDate::parse);
        Predicate<Ticket> byClient = t -> clientId.isEmpty()
                || (clientId.get().equals("null")
                        ? t.clientId == null
                        : t.clientId != null && t.clientId == parse(clientId.get(), Long::parseLong));
        List<Ticket> matches = uisp.tickets.values().stream()
                .filter(byClient)
                .filter(t -> statuses.isEmpty() || statuses.contains(t.status))
                .filter(t -> isPublic.isEmpty() || t.isPublic == isPublic.get())
                .filter(t -> from.isEmpty()
                        || !LocalDate.ofInstant(t.createdAt, ZONE).isBefore(from.get()))
                .filter(t ->
                        to.isEmpty() || !LocalDate.ofInstant(t.createdAt, ZONE).isAfter(to.get()))
                .sorted(ticketOrder(request))
                .toList();
        return list(page(matches, request), this::render);
    }

    private static Comparator<Ticket> ticketOrder(FakeRequest request) {
        Comparator<Ticket> order =
                switch (request.param("order").orElse("createdAt")) {
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
        if (clientId.isEmpty()
                && text(body, "emailFromAddress").isEmpty()
                && text(body, "phoneFrom").isEmpty()) {
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
        fields.set(
                "assignedJobIds",
                body.path("assignedJobIds").isArray()
                        ? body.get("assignedJobIds").deepCopy()
                        : array());
        Instant createdAt = date(body, "createdAt").orElse(world.now());
        Ticket ticket = new Ticket(
                uisp.next("ticket"),
                clientId.orElse(null),
                subject,
                status,
                bool(body, "public").orElse(true),
                createdAt,
                fields,
                outside);
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
            ticket.activity.add(new Activity(
                    uisp.next("activity"),
                    ticket.id,
                    null,
                    world.now(),
                    false,
                    "status_change",
                    null,
                    ticket.status,
                    status.get()));
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
        Activity activity = new Activity(
                uisp.next("activity"),
                ticket.id,
                integer(item, "userId").orElse(null),
                date(item, "createdAt").orElse(defaultTime),
                ticket.isPublic && bool(item, "public").orElse(true),
                "comment",
                body,
                null,
                null);
        ticket.activity.add(activity);
        return activity;
    }

    private FakeReply listComments(FakeRequest request) {
        Optional<Long> ticketId = request.param("ticketId", Long::parseLong);
        ArrayNode comments = array();
        uisp.tickets.values().stream()
                .filter(t -> ticketId.isEmpty() || t.id == ticketId.get())
                .flatMap(t -> t.activity.stream())
                .filter(a -> a.type().equals("comment"))
                .forEach(a -> comments.add(renderComment(a)));
        return json(200, comments);
    }

    private FakeReply createComment(FakeRequest request) {
        JsonNode body = body(request);
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
        Optional<Activity> lastComment =
                ticket.activity.stream().filter(a -> a.type().equals("comment")).reduce((first, later) -> later);
        ObjectNode node =
                object().put("id", ticket.id).put("subject", ticket.subject).put("clientId", ticket.clientId);
        node.setAll(ticket.fields.deepCopy());
        node.put("createdAt", Dates.crm(ticket.createdAt))
                .put("status", ticket.status)
                .put("public", ticket.isPublic)
                .put("lastActivity", Dates.crm(ticket.lastActivity()))
                .put(
                        "lastCommentAt",
                        lastComment.map(a -> Dates.crm(a.createdAt())).orElse(null))
                .put(
                        "isLastActivityByClient",
                        lastComment.map(a -> a.userId() == null).orElse(false));
        node.putArray("tags");
        ArrayNode activity = node.putArray("activity");
        for (Activity item : ticket.activity) {
            ObjectNode entry = activity.addObject()
                    .put("id", item.id())
                    .put("ticketId", item.ticketId())
                    .put("userId", item.userId())
                    .put("createdAt", Dates.crm(item.createdAt()))
                    .put("public", item.isPublic())
                    .put("type", item.type());
            if (item.type().equals("comment")) {
                entry.putObject("comment").put("body", item.body()).putArray("attachments");
            } else {
                entry.putObject("statusChange")
                        .put("previousStatus", item.previousStatus())
                        .put("status", item.status());
            }
        }
        return node;
    }

    private static ObjectNode renderComment(Activity comment) {
        ObjectNode node = object().put("id", comment.id())
                .put("ticketId", comment.ticketId())
                .put("body", comment.body());
        node.putArray("attachments");
        node.put("userId", comment.userId())
                .put("public", comment.isPublic())
                .put("createdAt", Dates.crm(comment.createdAt()));
        node.putNull("emailFromAddress");
        node.putNull("emailFromName");
        node.putNull("phoneFrom");
        return node;
    }
}

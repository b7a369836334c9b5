package com.erefiber.vicvil.sandbox;

import static com.erefiber.vicvil.sandbox.JsonFields.array;
import static com.erefiber.vicvil.sandbox.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** One group of the fake CRM's endpoints, with the plumbing they share (routes, 201 + Location, ids, dates). */
abstract class CrmPart {
    static final ZoneId ZONE = Complex.ZONE;

    final World world;
    final UispState uisp;
    final ObjectMapper mapper;

    CrmPart(World world, ObjectMapper mapper) {
        this.world = world;
        this.uisp = world.uisp;
        this.mapper = mapper;
    }

    /** The part's endpoints. */
    abstract List<Route> routes();

    FakeReply json(int status, JsonNode body) {
        return JsonFields.reply(mapper, status, body);
    }

    <T> FakeReply list(List<T> items, Function<T, ObjectNode> render) {
        ArrayNode list = array();
        items.forEach(item -> list.add(render.apply(item)));
        return json(200, list);
    }

    /** UCRM's answer to a create: 201, {@code Location: <prefix><id>}, the object. */
    FakeReply created(String locationPrefix, ObjectNode body) {
        return json(201, body)
                .withHeader("Location", locationPrefix + body.get("id").asText());
    }

    JsonNode body(FakeRequest request) {
        return JsonFields.bodyObject(request, mapper);
    }

    /** A date field in any form UCRM accepts, or a 422 naming the field. */
    Optional<Instant> date(JsonNode body, String field) {
        try {
            return text(body, field).map(t -> Dates.parseCrm(t, ZONE));
        } catch (DateTimeParseException e) {
            throw FakeApiException.invalid(field, "This value is not a valid datetime.");
        }
    }

    /** A calendar-date field ({@code activeFrom}, {@code activeTo}): the day as written, from its start in the zone. */
    Optional<Instant> day(JsonNode body, String field) {
        try {
            return text(body, field).map(t -> Dates.parseCrmDay(t, ZONE));
        } catch (DateTimeParseException e) {
            throw FakeApiException.invalid(field, "This value is not a valid datetime.");
        }
    }

    /** The object named by the {@code {id}} path parameter, or UCRM's 404. */
    static <T> T found(Map<Long, T> objects, FakeRequest request) {
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

    /** Ascending ids, or descending with {@code direction=DESC}. */
    static <T> Comparator<T> idOrder(FakeRequest request, ToLongFunction<T> id) {
        Comparator<T> ascending = Comparator.comparingLong(id);
        return JsonFields.descending(request) ? ascending.reversed() : ascending;
    }

    /** A number from a query parameter, or a 400. */
    static <T> T parse(String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw FakeApiException.badRequest("not a number: " + text);
        }
    }

    static Route get(String path, Route.Handler handler) {
        return Route.authenticated("GET", CrmApi.PREFIX + path, handler);
    }

    static Route post(String path, Route.Handler handler) {
        return Route.authenticated("POST", CrmApi.PREFIX + path, handler);
    }

    static Route patch(String path, Route.Handler handler) {
        return Route.authenticated("PATCH", CrmApi.PREFIX + path, handler);
    }
}

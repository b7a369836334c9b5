package com.erefiber.vicvil.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** JSON helpers shared by the fakes: reading typed fields from request bodies, building nodes. */
final class JsonFields {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonFields() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A text field, absent or null → empty. */
    static Optional<String> text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /** A non-blank text field, or a 422 naming the field. */
    static String requiredText(JsonNode body, String field) {
        return text(body, field)
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> FakeApiException.invalid(field, "This value should not be blank."));
    }

    /** An integer field (a JSON number), or a 422 when present but not an integer. */
    static Optional<Long> integer(JsonNode body, String field) {
        return typed(body, field, JsonNode::isIntegralNumber, JsonNode::asLong, "int");
    }

    /** A number field, or a 422 when present but not a number. */
    static Optional<BigDecimal> decimal(JsonNode body, String field) {
        return typed(body, field, JsonNode::isNumber, JsonNode::decimalValue, "numeric");
    }

    /** A boolean field, or a 422 when present but not a boolean. */
    static Optional<Boolean> bool(JsonNode body, String field) {
        return typed(body, field, JsonNode::isBoolean, JsonNode::asBoolean, "bool");
    }

    /** A field of one JSON type: absent or null → empty; another type → UCRM's "should be of type" 422. */
    private static <T> Optional<T> typed(
            JsonNode body, String field, Predicate<JsonNode> isType, Function<JsonNode, T> value, String typeName) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!isType.test(node)) {
            throw FakeApiException.invalid(field, "This value should be of type " + typeName + ".");
        }
        return Optional.of(value.apply(node));
    }

    /** Copies the listed fields that the body carries (nulls included) into {@code target}. */
    static void copyFields(JsonNode body, ObjectNode target, List<String> fields) {
        for (String field : fields) {
            if (body.has(field)) {
                target.set(field, body.get(field).deepCopy());
            }
        }
    }

    /** {@code items[offset .. offset+limit)} as UCRM's {@code limit}/{@code offset} query parameters ask. */
    static <T> List<T> page(List<T> items, FakeRequest request) {
        int offset = request.param("offset", Integer::parseInt).orElse(0);
        int limit = request.param("limit", Integer::parseInt).orElse(Integer.MAX_VALUE);
        if (offset < 0 || limit < 0) {
            throw FakeApiException.badRequest("limit and offset must not be negative");
        }
        int from = Math.min(offset, items.size());
        return items.subList(from, (int) Math.min((long) from + limit, items.size()));
    }

    /** Whether {@code direction=DESC} was asked for. */
    static boolean descending(FakeRequest request) {
        return request.param("direction").map(d -> d.equalsIgnoreCase("DESC")).orElse(false);
    }

    /** A JSON answer serialized with {@code mapper}. */
    static FakeReply reply(ObjectMapper mapper, int status, JsonNode body) {
        try {
            return FakeReply.json(status, mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A JSON body object, or a 400 when the body is missing or not an object. */
    static JsonNode bodyObject(FakeRequest request, ObjectMapper mapper) {
        JsonNode body = request.json(mapper);
        if (!body.isObject()) {
            throw FakeApiException.badRequest("request body must be a JSON object");
        }
        return body;
    }

    /**
     * The reply with every list inside its {@code data} object emptied (paging models kept): the sandbox's
     * "short page" fault. A body that is not such an envelope is returned as it is.
     */
    static FakeReply withListsEmptied(FakeReply reply) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            JsonNode body = mapper.readTree(reply.body());
            JsonNode data = body.path("data");
            if (!data.isObject()) {
                return reply;
            }
            List<String> lists = new ArrayList<>();
            data.fieldNames().forEachRemaining(name -> {
                if (data.get(name).isArray()) {
                    lists.add(name);
                }
            });
            lists.forEach(name -> ((ObjectNode) data).putArray(name));
            return reply(mapper, reply.status(), body);
        } catch (IOException e) {
            return reply;
        }
    }
}

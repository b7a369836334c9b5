package com.erefiber.vicvil.sandbox;

import static com.erefiber.vicvil.sandbox.JsonFields.bool;
import static com.erefiber.vicvil.sandbox.JsonFields.integer;
import static com.erefiber.vicvil.sandbox.JsonFields.object;
import static com.erefiber.vicvil.sandbox.JsonFields.page;
import static com.erefiber.vicvil.sandbox.JsonFields.requiredText;
import static com.erefiber.vicvil.sandbox.JsonFields.text;

import com.erefiber.vicvil.sandbox.UispState.AttributeValue;
import com.erefiber.vicvil.sandbox.UispState.CustomAttribute;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Custom attributes of the fake CRM: definitions ({@code /custom-attributes}, key derived from the name) and
 * their values on clients and services ({@code attributes: [{customAttributeId, value}]}, read back with
 * {@code key} and {@code name}).
 */
final class CrmAttributes extends CrmPart {
    private static final Set<String> ATTRIBUTE_TYPES = Set.of("client", "invoice", "payment", "service");
    private static final Set<String> VALUE_TYPES = Set.of("string", "integer", "boolean", "date", "enum");

    CrmAttributes(World world, ObjectMapper mapper) {
        super(world, mapper);
    }

    @Override
    List<Route> routes() {
        return List.of(
                get("/custom-attributes", this::listCustomAttributes),
                post("/custom-attributes", r -> created("/custom-attributes/", render(createCustomAttribute(body(r))))),
                get("/custom-attributes/{id}", r -> json(200, render(found(uisp.customAttributes, r)))));
    }

    /** Applies {@code attributes: [{customAttributeId, value}]}; a null value removes the attribute. */
    void setValues(Map<Long, AttributeValue> target, JsonNode body, String attributeType, Supplier<Object> rowIds) {
        JsonNode attributes = body.path("attributes");
        if (attributes.isMissingNode() || attributes.isNull()) {
            return;
        }
        if (!attributes.isArray()) {
            throw FakeApiException.invalid("attributes", "This value should be of type array.");
        }
        for (JsonNode attribute : attributes) {
            long id = integer(attribute, "customAttributeId")
                    .orElseThrow(
                            () -> FakeApiException.invalid("attributes", "customAttributeId should not be blank."));
            CustomAttribute definition = uisp.customAttributes.get(id);
            if (definition == null || !definition.attributeType().equals(attributeType)) {
                throw FakeApiException.invalid(
                        "attributes", "Custom attribute " + id + " is not a " + attributeType + " attribute.");
            }
            JsonNode value = attribute.get("value");
            if (value == null || value.isNull()) {
                target.remove(id);
            } else {
                Object rowId = target.containsKey(id) ? target.get(id).rowId() : rowIds.get();
                target.put(
                        id,
                        new AttributeValue(
                                rowId, value.isBoolean() ? (value.asBoolean() ? "1" : "0") : value.asText()));
            }
        }
    }

    boolean hasValue(Map<Long, AttributeValue> values, String key, String type, String value) {
        return uisp.attributeByKey(key, type)
                .map(a -> values.get(a.id()))
                .map(v -> v.value().equals(value))
                .orElse(false);
    }

    ObjectNode renderValue(long customAttributeId, AttributeValue value) {
        CustomAttribute definition = uisp.customAttributes.get(customAttributeId);
        ObjectNode node = object();
        if (value.rowId() instanceof Long id) {
            node.put("id", id);
        } else {
            node.put("id", value.rowId().toString());
        }
        return node.put("name", definition.name())
                .put("key", definition.key())
                .put("clientZoneVisible", definition.clientZoneVisible())
                .put("value", value.value())
                .put("customAttributeId", customAttributeId);
    }

    private FakeReply listCustomAttributes(FakeRequest request) {
        Optional<String> type = request.param("attributeType");
        if (type.isPresent() && !ATTRIBUTE_TYPES.contains(type.get())) {
            throw FakeApiException.badRequest("unknown attributeType " + type.get());
        }
        List<CustomAttribute> matches = uisp.customAttributes.values().stream()
                .filter(a -> type.isEmpty() || a.attributeType().equals(type.get()))
                .toList();
        return list(page(matches, request), this::render);
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
        CustomAttribute attribute = new CustomAttribute(
                uisp.next("customAttribute"),
                name,
                key,
                attributeType,
                type,
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
            char first =
                    key.length() == 0 ? Character.toLowerCase(word.charAt(0)) : Character.toUpperCase(word.charAt(0));
            key.append(first).append(word.substring(1));
        }
        return key.toString();
    }

    private ObjectNode render(CustomAttribute attribute) {
        return object().put("id", attribute.id())
                .put("key", attribute.key())
                .put("name", attribute.name())
                .put("clientZoneVisible", attribute.clientZoneVisible())
                .put("attributeType", attribute.attributeType())
                .put("type", attribute.type());
    }
}

package com.erefiber.vicvil.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read into a Jackson node tree together with the line of every key and list item,
 * so that every later error (binding, validation) can name the line. Jackson's tree keeps no
 * locations, hence this small builder over the streaming parser.
 */
final class YamlTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode root;
    private final Map<String, Integer> lines;

    private YamlTree(ObjectNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Parses {@code text}; syntax errors, duplicate keys and a non-mapping document are reported through {@code problems}. */
    static YamlTree parse(String text, Problems problems) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw problems.fileError("the file is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw problems.fileError(
                        "must be a YAML mapping of sections (innago:, uisp:, ...) (line " + line(parser) + ")");
            }
            lines.put("", line(parser));
            ObjectNode root = readObject(parser, "", lines, problems);
            return new YamlTree(root, lines);
        } catch (StreamReadException e) {
            String problem = e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null
                    ? marked.getProblem()
                    : e.getOriginalMessage();
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw problems.fileError("YAML syntax error: " + problem + (line > 0 ? " (line " + line + ")" : ""));
        } catch (IOException e) {
            throw problems.fileError("cannot be read: " + e.getMessage());
        }
    }

    /** The document's top-level mapping. */
    ObjectNode root() {
        return root;
    }

    /** The line where the key or list item at {@code path} ("billing.grace_period_day", "packages[1]") is written. */
    Optional<Integer> line(String path) {
        return Optional.ofNullable(lines.get(path));
    }

    private static ObjectNode readObject(JsonParser parser, String path, Map<String, Integer> lines, Problems problems)
            throws IOException {
        ObjectNode node = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String childPath = path.isEmpty() ? name : path + "." + name;
            int line = line(parser);
            if (node.has(name)) {
                throw problems.error(
                        childPath, "duplicate key (line " + line + ", first at line " + lines.get(childPath) + ")");
            }
            lines.put(childPath, line);
            parser.nextToken();
            node.set(name, readValue(parser, childPath, lines, problems));
        }
        return node;
    }

    private static ArrayNode readArray(JsonParser parser, String path, Map<String, Integer> lines, Problems problems)
            throws IOException {
        ArrayNode node = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String itemPath = path + "[" + index++ + "]";
            lines.put(itemPath, line(parser));
            node.add(readValue(parser, itemPath, lines, problems));
        }
        return node;
    }

    private static JsonNode readValue(JsonParser parser, String path, Map<String, Integer> lines, Problems problems)
            throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser, path, lines, problems);
            case START_ARRAY -> readArray(parser, path, lines, problems);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
                // Kept exact (45.50 stays 45.50): money is compared and printed as written.
            case VALUE_NUMBER_FLOAT -> DecimalNode.valueOf(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw problems.error(
                    path, "unexpected YAML content " + parser.currentToken() + " (line " + line(parser) + ")");
        };
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}

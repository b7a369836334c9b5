package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.FileErrors;
import com.erefiber.vicvil.error.VicvilException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The holds file (config {@code holds.path}, DESIGN §4): operator decisions, not cache, so they live in a small YAML
 * file beside the config that survives the loss of the database, written by {@code vicvil hold}/{@code release}
 * (atomically: a temporary file moved into place) and editable by hand. A missing file is "no holds"; a file that
 * cannot be read or understood is a configuration error (exit 3), never "no holds", since a hold dropped by a
 * typo would let check-rent suspend a household the operator exempted.
 */
public final class HoldsFile {
    private static final String HEADER =
            "# vicvil holds: units exempt from rent suspension through 'until' (inclusive).\n"
                    + "# Written by `vicvil hold` and `vicvil release`; may be edited by hand (one entry per unit).\n";

    private final Path file;

    public HoldsFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The holds in the file, by unit (expired ones included: they are history until released or replaced). */
    public Map<UnitKey, Hold> load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw invalid(FileErrors.reason(e));
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid("not valid YAML (" + e.getOriginalMessage() + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        JsonNode list = root.path("holds");
        if (!root.isObject() || !(list.isArray() || list.isNull() || list.isMissingNode())) {
            throw invalid("must be a mapping with a 'holds:' list");
        }
        Map<UnitKey, Hold> holds = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode entry : list) {
            index++;
            Hold hold = hold(entry, index);
            if (holds.putIfAbsent(hold.unit(), hold) != null) {
                throw invalid("entry " + index + ": " + hold.unit() + " is held twice");
            }
        }
        return holds;
    }

    /** Writes {@code holds} (sorted by unit), replacing the file atomically. */
    public void save(Map<UnitKey, Hold> holds) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        ObjectNode root = yaml.createObjectNode();
        ArrayNode list = root.putArray("holds");
        holds.values().stream().sorted(Comparator.comparing(Hold::unit)).forEach(hold -> list.addObject()
                .put("unit", hold.unit().toString())
                .put("until", hold.until().toString())
                .put("reason", hold.reason())
                .put("set_on", hold.setOn().toString()));
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".holds", ".tmp");
            Files.writeString(temporary, HEADER + yaml.writeValueAsString(root), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new VicvilException(
                    ExitCodes.CONFIG, "holds file " + file + " cannot be written: " + FileErrors.reason(e), e);
        }
    }

    private Hold hold(JsonNode entry, int index) {
        String where = "entry " + index;
        if (!entry.isObject()) {
            throw invalid(where + " is not a mapping (unit, until, reason)");
        }
        UnitKey unit;
        try {
            unit = UnitKey.fromCanonical(text(entry, "unit", where));
        } catch (IllegalArgumentException e) {
            throw invalid(where + ": unit " + e.getMessage());
        }
        LocalDate until = date(entry, "until", where + " (" + unit + ")");
        String reason = text(entry, "reason", where + " (" + unit + ")");
        LocalDate setOn = entry.hasNonNull("set_on") ? date(entry, "set_on", where) : until;
        return new Hold(unit, until, reason, setOn);
    }

    private String text(JsonNode entry, String key, String where) {
        JsonNode value = entry.get(key);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw invalid(where + " has no '" + key + "'");
        }
        return value.asText().strip();
    }

    private LocalDate date(JsonNode entry, String key, String where) {
        String text = text(entry, key, where);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(where + ": '" + key + "' is \"" + text + "\", not a date (YYYY-MM-DD)");
        }
    }

    private VicvilException invalid(String problem) {
        return new VicvilException(ExitCodes.CONFIG, "holds file " + file + ": " + problem);
    }
}

package com.erefiber.vicvil.config;

import com.erefiber.vicvil.domain.EditDistance;
import com.erefiber.vicvil.error.FileErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the YAML config (DESIGN §6) into a validated {@link AppConfig}: {@code ${ENV}} references are
 * expanded from the given environment (completed by the optional {@code env_file}), unknown and renamed
 * keys are refused with a hint, and every error is a {@link ConfigException} naming file, key path and line.
 */
public final class ConfigLoader {
    /** The file used when neither --config nor VICVIL_CONFIG names one. */
    public static final Path DEFAULT_FILE = Path.of("config.yaml");

    private static final Set<String> SECRET_KEYS =
            Set.of("client_secret", "api_key", "crm_api_key", "nms_api_key", "smtp_pass");
    private static final Map<String, String> RENAMED = Map.of(
            "innago.property_id", "renamed to innago.properties (a list of building names or uids)",
            "billing.base_rate", "renamed: the rate is packages[].base_price",
            "polling.interval_minutes", "removed: cron runs vicvil, see crontab.example",
            "polling", "removed: cron runs vicvil, see crontab.example");
    private static final String ENV_FILE = "env_file";

    private ConfigLoader() {}

    /** The config file: the --config flag, else $VICVIL_CONFIG, else ./config.yaml. */
    public static Path locate(Optional<Path> flag, Map<String, String> env) {
        if (flag.isPresent()) {
            return flag.get();
        }
        String fromEnv = env.get("VICVIL_CONFIG");
        return fromEnv == null || fromEnv.isBlank() ? DEFAULT_FILE : Path.of(fromEnv.strip());
    }

    /**
     * Loads and validates {@code file}. {@code env} is the environment to expand references from (never
     * read from the process here, so tests pass their own); {@code warnings} receives one-line warnings
     * (a secret file readable by others, plain http).
     */
    public static AppConfig load(Path file, Map<String, String> env, Consumer<String> warnings) {
        Problems problems = Problems.of(file.toString());
        YamlTree tree = YamlTree.parse(read(file, problems), problems);
        problems = problems.withLines(tree);
        ObjectNode root = tree.root();
        checkRenamedKeys(root, problems);

        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Map<String, String> variables = withEnvFile(root, env, folder, problems, warnings);
        if (expand(root, "", variables, problems)) {
            warnIfOthersCanRead(absolute, "it holds literal secrets (better: ${ENV} references)", warnings);
        }
        return new ConfigValidator(problems, folder, warnings).validate(bind(root, problems), absolute);
    }

    private static String read(Path file, Problems problems) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw problems.fileError("config file not found (name one with --config FILE or VICVIL_CONFIG; "
                    + "config.example.yaml is a starting point)");
        } catch (CharacterCodingException e) {
            throw problems.fileError("is not UTF-8 text");
        } catch (IOException e) {
            throw problems.fileError("cannot be read: " + FileErrors.reason(e));
        }
    }

    private static void checkRenamedKeys(ObjectNode root, Problems problems) {
        RENAMED.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(path -> !root.at("/" + path.replace('.', '/')).isMissingNode())
                .findFirst()
                .ifPresent(path -> {
                    throw problems.error(path, RENAMED.get(path));
                });
    }

    /** The environment, completed by the env_file's variables for names the environment lacks. */
    private static Map<String, String> withEnvFile(
            ObjectNode root, Map<String, String> env, Path folder, Problems problems, Consumer<String> warnings) {
        JsonNode node = root.get(ENV_FILE);
        if (node == null || node.isNull()) {
            return env;
        }
        if (!node.isTextual()) {
            throw problems.error(ENV_FILE, "must be a file path");
        }
        String name =
                EnvReferences.expand(node.asText(), env, ENV_FILE, problems).strip();
        root.put(ENV_FILE, name);
        Path file = folder.resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            throw problems.error(ENV_FILE, "file not found: " + file);
        }
        warnIfOthersCanRead(file, "it holds secrets", warnings);
        Map<String, String> merged = new HashMap<>(EnvFile.read(file, ENV_FILE, problems));
        merged.putAll(env);
        return merged;
    }

    /** Expands references in every string value below {@code node}; true when a secret key holds literal text. */
    private static boolean expand(JsonNode node, String path, Map<String, String> env, Problems problems) {
        boolean literalSecret = false;
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String childPath = path.isEmpty() ? name : path + "." + name;
                JsonNode child = object.get(name);
                if (child.isTextual()) {
                    object.set(name, TextNode.valueOf(EnvReferences.expand(child.asText(), env, childPath, problems)));
                    literalSecret |= SECRET_KEYS.contains(name) && EnvReferences.hasLiteralText(child.asText());
                } else {
                    literalSecret |= SECRET_KEYS.contains(name) && child.isValueNode() && !child.isNull();
                    literalSecret |= expand(child, childPath, env, problems);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String itemPath = path + "[" + i + "]";
                if (array.get(i).isTextual()) {
                    array.set(
                            i,
                            TextNode.valueOf(EnvReferences.expand(array.get(i).asText(), env, itemPath, problems)));
                } else {
                    literalSecret |= expand(array.get(i), itemPath, env, problems);
                }
            }
        }
        return literalSecret;
    }

    private static ConfigWire bind(ObjectNode root, Problems problems) {
        try {
            return mapper().treeToValue(root, ConfigWire.class);
        } catch (UnrecognizedPropertyException e) {
            String path = pathOf(e);
            throw problems.error(path, "unknown key" + suggestion(e.getPropertyName(), e.getKnownPropertyIds()));
        } catch (MismatchedInputException e) {
            throw problems.error(pathOf(e), expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            // Jackson's own message is not shown: it may quote the value.
            throw problems.error(
                    pathOf(e),
                    e.getCause() instanceof InputCoercionException ? "number out of range" : "invalid value");
        } catch (JsonProcessingException e) {
            throw problems.fileError(
                    "cannot be read as a vicvil config (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // 5.5 days of grace is a typo, not a 5.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        // "" (e.g. ${SMTP_PORT:-}) is not a number or a section; and 1 is not "true".
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "wrong type";
        } else if (type == Integer.class || type == Long.class || type == BigInteger.class) {
            return "must be a whole number";
        } else if (type == BigDecimal.class) {
            return "must be a number";
        } else if (type == Boolean.class) {
            return "must be true or false";
        } else if (type == String.class) {
            return "must be a single value, not a list or a section";
        } else if (Collection.class.isAssignableFrom(type)) {
            return "must be a list (lines starting with \"- \")";
        }
        return "must be a section (indented key: value lines)";
    }

    /** " (did you mean x?)" for the known key nearest to a typo, else the list of known keys. */
    static String suggestion(String unknown, Collection<Object> known) {
        List<String> names = known.stream().map(String::valueOf).sorted().toList();
        Optional<String> nearest = names.stream()
                .min(Comparator.comparingInt(name -> EditDistance.between(unknown, name)))
                .filter(name -> EditDistance.between(unknown, name) <= Math.max(2, name.length() / 3));
        return nearest.map(name -> " (did you mean " + name + "?)")
                .orElse(" (known keys: " + String.join(", ", names) + ")");
    }

    private static void warnIfOthersCanRead(Path file, String why, Consumer<String> warnings) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return; // not a POSIX file system: no mode to check
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                warnings.accept(file + " can be read by group/others (mode " + mode(permissions) + ") and " + why
                        + ": run chmod 600 " + file);
            }
        } catch (IOException e) {
            warnings.accept("cannot check the permissions of " + file + ": " + FileErrors.reason(e));
        }
    }

    private static String mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= 1 << (8 - permission.ordinal());
        }
        return String.format("%04o", mode);
    }
}

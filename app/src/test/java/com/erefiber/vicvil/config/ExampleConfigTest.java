package com.erefiber.vicvil.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.erefiber.vicvil.testing.SharedFolder;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped config.example.yaml loads as documented, with secrets only as ${ENV} references. */
class ExampleConfigTest {
    private static final Map<String, String> ENV = Map.of(
            "INNAGO_CLIENT_ID", "example-client",
            "INNAGO_CLIENT_SECRET", "example-secret",
            "INNAGO_API_KEY", "example-api-key",
            "UISP_CRM_API_KEY", "example-crm-key",
            "UISP_NMS_API_KEY", "example-nms-key",
            "SMTP_PASS", "example-smtp-pass");

    private final Path example = SharedFolder.repoRoot().resolve("config.example.yaml");

    @Test
    void theExampleLoadsWithTheSecretsFromTheEnvironment() {
        List<String> warnings = new ArrayList<>();

        AppConfig config = ConfigLoader.load(example, ENV, warnings::add);

        assertThat(config.complex().name()).isEqualTo("Victorian Village");
        assertThat(config.complex().address()).contains("Nelsonville");
        assertThat(config.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(config.packages())
                .extracting(
                        AppConfig.Package::name,
                        AppConfig.Package::uispPlan,
                        AppConfig.Package::basePrice,
                        AppConfig.Package::tenantAddon,
                        AppConfig.Package::isDefault)
                .containsExactly(
                        tuple(
                                "Village Fiber 500",
                                "Village Fiber 500",
                                new BigDecimal("45"),
                                new BigDecimal("0"),
                                true),
                        tuple(
                                "Village Fiber 1G",
                                "Village Fiber 1G",
                                new BigDecimal("55"),
                                new BigDecimal("10"),
                                false),
                        tuple(
                                "Village Fiber 2G",
                                "Village Fiber 2G",
                                new BigDecimal("60"),
                                new BigDecimal("15"),
                                false));
        assertThat(config.innago().clientId()).isEqualTo("example-client");
        assertThat(config.innago().clientSecret().reveal()).isEqualTo("example-secret");
        assertThat(config.email().orElseThrow().smtpPass().orElseThrow().reveal())
                .isEqualTo("example-smtp-pass");
        assertThat(config.healthchecks())
                .as("healthcheck URLs are commented out")
                .isEmpty();
        assertThat(config.inventory().path()).isEqualTo(example.getParent().resolve("inventory/onus.csv"));
    }

    @Test
    void everySecretIsAnEnvironmentReference() throws Exception {
        Pattern secretLine =
                Pattern.compile("^\\s*(client_secret|api_key|crm_api_key|nms_api_key|smtp_pass):\\s*(.*)$");
        List<String> secretValues = Files.readAllLines(example).stream()
                .map(secretLine::matcher)
                .filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(2))
                .toList();

        assertThat(secretValues).hasSize(5).allMatch(value -> value.matches("\\$\\{[A-Z_]+}"));
    }

    @Test
    void everyKeyTheLoaderKnowsIsInTheExample() throws Exception {
        String text = Files.readString(example);
        List<String> keys = new ArrayList<>();
        collectKeys(ConfigWire.class, "", keys);

        assertThat(keys).hasSizeGreaterThan(50);
        assertThat(keys).allSatisfy(key -> {
            String name = key.substring(key.lastIndexOf('.') + 1);
            assertThat(Pattern.compile("^[\\s#]*(- )?" + Pattern.quote(name) + ":", Pattern.MULTILINE)
                            .matcher(text)
                            .find())
                    .as("%s is shown in config.example.yaml", key)
                    .isTrue();
        });
        assertThat(text).contains("unlawful");
    }

    /** The YAML keys of a wire record, as the loader's snake_case binding names them. */
    private static void collectKeys(Class<?> type, String prefix, List<String> keys) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            String key = prefix
                    + (renamed != null
                            ? renamed.value()
                            : component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
            keys.add(key);
            Class<?> valueType = component.getType();
            if (List.class.isAssignableFrom(valueType)
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                valueType = element;
            }
            if (valueType.isRecord()) {
                collectKeys(valueType, key + ".", keys);
            }
        }
    }
}

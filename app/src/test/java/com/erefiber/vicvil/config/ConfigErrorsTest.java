package com.erefiber.vicvil.config;

import static com.erefiber.vicvil.testing.TestConfigs.MINIMAL;
import static com.erefiber.vicvil.testing.TestConfigs.lineOf;
import static com.erefiber.vicvil.testing.TestConfigs.replacing;
import static com.erefiber.vicvil.testing.TestConfigs.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.testing.TestConfigs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every class of config error exits 3 with a message naming the file, the key path and (where known) the line. */
class ConfigErrorsTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private ConfigException loadFailure(String yaml) {
        return loadFailure(yaml, TestConfigs.ENV);
    }

    private ConfigException loadFailure(String yaml, Map<String, String> env) {
        Path file = TestConfigs.write(dir, yaml);
        ConfigException failure =
                catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file, env, warnings::add));
        assertThat(failure).as("loading should fail").isNotNull();
        assertThat(failure.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(failure.getMessage()).startsWith(file + ": ").doesNotContain("\n");
        return failure;
    }

    @ParameterizedTest
    @CsvSource({
        "client_id:, innago.client_id, innago:",
        "client_secret:, innago.client_secret, innago:",
        "api_key:, innago.api_key, innago:",
        "url:, uisp.url, uisp:",
        "crm_api_key:, uisp.crm_api_key, uisp:",
        "nms_api_key:, uisp.nms_api_key, uisp:",
        "parent_site_id:, uisp.parent_site_id, uisp:",
        "name: Victorian Village, complex.name, complex:",
    })
    void aMissingRequiredKeyIsNamedWithItsSectionsLine(String line, String keyPath, String section) {
        String yaml = without(line);
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("config.yaml: " + keyPath
                        + ": required key is missing or empty (in " + section.replace(":", "") + " at line "
                        + lineOf(yaml, section) + ")");
    }

    @Test
    void aMissingLocationIsNamed() {
        String yaml = MINIMAL.replace("  location:\n    latitude: 39.4586\n    longitude: -82.2318\n", "");
        assertThat(loadFailure(yaml).getMessage())
                .contains("config.yaml: complex.location: required section is missing");
    }

    @Test
    void missingPackagesAreNamed() {
        String yaml = MINIMAL.substring(0, MINIMAL.indexOf("packages:"));
        assertThat(loadFailure(yaml).getMessage()).contains("config.yaml: packages: required: at least one package");
    }

    @Test
    void anEmptyRequiredValueCountsAsMissing() {
        String yaml = replacing("client_id: vicvil-client", "client_id: \"  \"");
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("innago.client_id: required key is missing or empty (line 2)");
    }

    @Test
    void aWrongTypeNamesKeyAndLine() {
        String yaml = MINIMAL + "billing:\n  grace_period_day: five\n";
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("config.yaml: billing.grace_period_day: must be a whole number (line "
                        + lineOf(yaml, "grace_period_day") + ")");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "billing:\\n  grace_period_day: 5.5| billing.grace_period_day| must be a whole number",
                "billing:\\n  grace_period_day: 99999999999| billing.grace_period_day| number out of range",
                "suspend:\\n  enabled: 1| suspend.enabled| must be true or false",
                "billing:\\n  min_unpaid: [1]| billing.min_unpaid| must be a number",
                "billing: monthly| billing| must be a section",
                "keywords:\\n  exclude: drain| keywords.exclude| must be a list",
                "inventory:\\n  path: {a: b}| inventory.path| must be a single value",
            })
    void otherWrongTypesAreNamed(String section, String keyPath, String expected) {
        String yaml = MINIMAL + section.replace("\\n", "\n") + "\n";
        String lastKey = keyPath.substring(keyPath.lastIndexOf('.') + 1) + ":";
        assertThat(loadFailure(yaml).getMessage())
                .contains("config.yaml: " + keyPath + ": " + expected)
                .endsWith("(line " + lineOf(yaml, lastKey) + ")");
    }

    @Test
    void anUnknownKeySuggestsTheNearestKnownKeyWithItsLine() {
        String yaml = MINIMAL + "billing:\n  grace_period_days: 5\n";
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("config.yaml: billing.grace_period_days: unknown key (did you mean grace_period_day?) (line "
                        + lineOf(yaml, "grace_period_days") + ")");
    }

    @Test
    void anUnknownKeyInAListItemIsNamedWithItsIndex() {
        String yaml = replacing("    tenant_addon: 10", "    tenant_addon: 10\n    defualt: false");
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("packages[1].defualt: unknown key (did you mean default?) (line " + lineOf(yaml, "defualt")
                        + ")");
    }

    @Test
    void anUnknownKeyFarFromAnyListsTheKnownKeys() {
        String yaml = MINIMAL + "upgrades:\n  colour: blue\n";
        assertThat(loadFailure(yaml).getMessage()).contains("upgrades.colour: unknown key (known keys: approval)");
    }

    @Test
    void anUnknownTopLevelSectionIsRefused() {
        String yaml = MINIMAL + "biling:\n  grace_period_day: 5\n";
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("biling: unknown key (did you mean billing?) (line " + lineOf(yaml, "biling") + ")");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "innago:| innago:\\n  property_id: 12| innago.property_id| renamed to innago.properties (a list of building names or uids)",
                "complex:| billing:\\n  base_rate: 45\\ncomplex:| billing.base_rate| renamed: the rate is packages[].base_price",
                "complex:| polling:\\n  interval_minutes: 5\\ncomplex:| polling.interval_minutes| removed: cron runs vicvil, see crontab.example",
                "complex:| polling: 5\\ncomplex:| polling| removed: cron runs vicvil, see crontab.example",
            })
    void aRenamedSeedKeyGetsAHint(String from, String to, String keyPath, String hint) {
        String yaml = replacing(from, to.replace("\\n", "\n"));
        String key = keyPath.substring(keyPath.lastIndexOf('.') + 1) + ":";
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("config.yaml: " + keyPath + ": " + hint + " (line " + lineOf(yaml, key) + ")");
    }

    @Test
    void aMissingEnvironmentVariableIsNamedWithTheKey() {
        Map<String, String> env = new HashMap<>(TestConfigs.ENV);
        env.remove("INNAGO_CLIENT_SECRET");
        assertThat(loadFailure(MINIMAL, env).getMessage())
                .endsWith("config.yaml: innago.client_secret: environment variable INNAGO_CLIENT_SECRET is not set "
                        + "(set it, give it in the env_file, or write ${INNAGO_CLIENT_SECRET:-default}) (line 3)");
    }

    @Test
    void aMalformedReferenceIsRefused() {
        String yaml = replacing("${INNAGO_API_KEY}", "${INNAGO_API_KEY");
        assertThat(loadFailure(yaml).getMessage()).contains("innago.api_key: malformed ${...} reference");
    }

    @Test
    void packagesWithoutADefaultAreRefused() {
        String yaml = without("default: true");
        assertThat(loadFailure(yaml).getMessage())
                .endsWith(
                        "config.yaml: packages: no package has default: true; exactly one must (new tenants get it) (line "
                                + lineOf(yaml, "packages:") + ")");
    }

    @Test
    void packagesWithTwoDefaultsAreRefused() {
        String yaml = replacing("    tenant_addon: 10", "    tenant_addon: 10\n    default: true");
        assertThat(loadFailure(yaml).getMessage())
                .endsWith(
                        "config.yaml: packages[1].default: more than one package has default: true (also packages[0]); "
                                + "exactly one must (line " + (lineOf(yaml, "tenant_addon: 10") + 1) + ")");
    }

    @Test
    void aDuplicatePackageNameIsRefused() {
        String yaml = replacing("Village Fiber 1G", "village fiber 500");
        assertThat(loadFailure(yaml).getMessage())
                .contains("packages[1].name: duplicate package name (also packages[0])");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 29, -1})
    void aGraceDayOutsideOneToTwentyEightIsRefused(int day) {
        String yaml = MINIMAL + "billing:\n  grace_period_day: " + day + "\n";
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("config.yaml: billing.grace_period_day: must be 1..28 (line "
                        + lineOf(yaml, "grace_period_day") + ")");
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        String yaml = MINIMAL + "billing:\n  timezone: America/Nelsonville\n";
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("config.yaml: billing.timezone: unknown time zone "
                        + "\"America/Nelsonville\" (use a tz database name such as America/New_York) (line "
                        + lineOf(yaml, "timezone") + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "150%", "-3", "25 %%", "2.5"})
    void aBadSuspensionLimitIsRefused(String limit) {
        String yaml = MINIMAL + "safety:\n  max_suspensions: \"" + limit + "\"\n";
        assertThat(loadFailure(yaml).getMessage())
                .contains("config.yaml: safety.max_suspensions: must be a number of units")
                .endsWith("(line " + lineOf(yaml, "max_suspensions") + ")");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "uisp.example.net",
                "ftp://uisp.example.net",
                "https://uisp.example.net/crm",
                "https://admin:pw@uisp.example.net",
                "https://",
                "https://uisp example"
            })
    void anInvalidUispUrlIsRefused(String url) {
        String yaml = replacing("https://uisp.example.net", url);
        assertThat(loadFailure(yaml).getMessage())
                .contains("config.yaml: uisp.url: invalid URL")
                .endsWith("(line " + lineOf(yaml, "url:") + ")")
                .doesNotContain("pw@");
    }

    @Test
    void anInvalidHealthcheckUrlIsRefused() {
        String yaml = MINIMAL + "healthcheck:\n  billing: hc-ping.com/abc\n";
        assertThat(loadFailure(yaml).getMessage()).contains("config.yaml: healthcheck.billing: invalid URL");
    }

    @Test
    void anUnknownHealthcheckJobIsRefused() {
        String yaml = MINIMAL + "healthcheck:\n  sync-lease: https://hc-ping.com/abc\n";
        assertThat(loadFailure(yaml).getMessage())
                .contains("healthcheck.sync-lease: unknown key (did you mean sync-leases?)");
    }

    @Test
    void bothUispUrlAndHostAreRefused() {
        String yaml = replacing("  url: https://uisp.example.net", "  url: https://uisp.example.net\n  host: uisp.lan");
        assertThat(loadFailure(yaml).getMessage()).contains("uisp.host: give uisp.url or uisp.host, not both");
    }

    @Test
    void aYamlSyntaxErrorGivesTheLine() {
        String yaml = MINIMAL + "billing:\n  grace_period_day: 5\n   timezone: America/New_York\n";
        assertThat(loadFailure(yaml).getMessage())
                .matches(".*config\\.yaml: YAML syntax error: .* \\(line " + lineOf(yaml, "timezone") + "\\)");
    }

    @Test
    void aDuplicateKeyIsRefused() {
        String yaml = MINIMAL + "billing:\n  grace_period_day: 5\n  grace_period_day: 7\n";
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("billing.grace_period_day: duplicate key (line " + lineOf(yaml, "grace_period_day: 7")
                        + ", first at line " + lineOf(yaml, "grace_period_day: 5") + ")");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(loadFailure("# nothing yet\n").getMessage()).endsWith("config.yaml: the file is empty");
    }

    @Test
    void aMissingFileIsRefused() {
        Path file = dir.resolve("absent.yaml");
        ConfigException failure = catchThrowableOfType(
                ConfigException.class, () -> ConfigLoader.load(file, TestConfigs.ENV, warnings::add));
        assertThat(failure.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(failure.getMessage()).startsWith(file + ": config file not found");
    }

    @Test
    void theEmailSectionNeedsWelcomeSince() {
        String yaml = MINIMAL + "email:\n  from: internet@erefiber.example\n  smtp_host: smtp.example.net\n";
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("config.yaml: email.welcome_since: required key is missing or empty (in email at line "
                        + lineOf(yaml, "email:") + ")");
    }

    @Test
    void aBadDateIsRefused() {
        String yaml = MINIMAL + "email:\n  from: a@b.example\n  smtp_host: smtp\n  welcome_since: 03/01/2026\n";
        assertThat(loadFailure(yaml).getMessage())
                .endsWith(
                        "email.welcome_since: must be a date YYYY-MM-DD (line " + lineOf(yaml, "welcome_since") + ")");
    }

    @Test
    void noticesWithoutAnEmailSectionAreRefused() {
        String yaml = MINIMAL + "suspend:\n  notices:\n    on_suspend: true\n";
        assertThat(loadFailure(yaml).getMessage()).contains("suspend.notices: notices are sent by email");
    }

    @Test
    void anOnuNameTemplateWithoutTheBuildingIsRefused() {
        String yaml = replacing(
                "  parent_site_id: site-parent-1", "  parent_site_id: site-parent-1\n  onu_name_template: ONU-{unit}");
        assertThat(loadFailure(yaml).getMessage())
                .contains("uisp.onu_name_template: must contain both {property_slug} and {unit}");
    }

    @Test
    void aMissingEnvFileIsNamed() {
        String yaml = "env_file: secrets.env\n" + MINIMAL;
        assertThat(loadFailure(yaml).getMessage())
                .contains("config.yaml: env_file: file not found: ")
                .endsWith("secrets.env (line 1)");
    }

    @Test
    void aBadEnvFileLineIsNamedWithoutQuotingIt() {
        TestConfigs.write(dir.resolve("secrets.env"), "# secrets\nINNAGO_CLIENT_SECRET hunter2-secret\n", "rw-------");
        String yaml = "env_file: secrets.env\n" + MINIMAL;
        assertThat(loadFailure(yaml).getMessage())
                .endsWith("secrets.env line 2: expected KEY=VALUE (line 1)")
                .doesNotContain("hunter2");
    }

    /** A secret never reaches an error message, whatever is wrong around it. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "client_secret: [s3cr3t-Value-42]",
                "client_secret: {value: s3cr3t-Value-42}",
                "client_secret: s3cr3t-Value-42\n  client_secrte: s3cr3t-Value-42",
                "client_secret: s3cr3t-Value-42 ${UNSET_VARIABLE}",
                "client_secret: s3cr3t-Value-42 ${BROKEN",
                "client_secret: \"s3cr3t-Value-42\n  api_key: x",
            })
    void aSecretNeverAppearsInAnErrorMessage(String secretLine) {
        String yaml = replacing("client_secret: ${INNAGO_CLIENT_SECRET}", secretLine);
        assertThat(loadFailure(yaml).getMessage()).doesNotContain("s3cr3t");
    }
}

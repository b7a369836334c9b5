package com.erefiber.vicvil.config;

import static com.erefiber.vicvil.testing.TestConfigs.MINIMAL;
import static com.erefiber.vicvil.testing.TestConfigs.replacing;
import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.testing.TestConfigs;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a valid config loads into: defaults, references, env_file, paths, warnings. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private AppConfig load(String yaml) {
        return load(yaml, TestConfigs.ENV);
    }

    private AppConfig load(String yaml, Map<String, String> env) {
        return ConfigLoader.load(TestConfigs.write(dir, yaml), env, warnings::add);
    }

    @Test
    void aMinimalConfigGetsTheDocumentedDefaults() {
        AppConfig config = load(MINIMAL);

        assertThat(config.file()).isEqualTo(dir.resolve("config.yaml").toAbsolutePath());
        assertThat(config.innago().apiUrl()).isEqualTo(URI.create("https://api-my.innago.com/openapi"));
        assertThat(config.innago().tokenUrl())
                .isEqualTo(URI.create("https://api-my.innago.com/identity/connect/token"));
        assertThat(config.innago().properties()).isEmpty();
        assertThat(config.uisp().onuNameTemplate()).isEqualTo("{property_slug}-{unit}");
        assertThat(config.uisp().tenantServicePrice()).isEqualTo(AppConfig.TenantServicePrice.ZERO);
        assertThat(config.uisp().caFile()).isEmpty();
        assertThat(config.complex().clientId()).isEmpty();
        assertThat(config.inventory().path()).isEqualTo(dir.resolve("inventory/onus.csv"));
        assertThat(config.email()).isEmpty();
        assertThat(config.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(config.billing().gracePeriodDay()).isEqualTo(5);
        assertThat(config.billing().minUnpaid()).isEqualByComparingTo("0");
        assertThat(config.billing().countRule()).isEqualTo(AppConfig.CountRule.ANY_DAY);
        assertThat(config.suspend())
                .isEqualTo(new AppConfig.Suspend(
                        true,
                        "Unpaid rent",
                        true,
                        new AppConfig.Notices(0, false, false),
                        new AppConfig.Calendar(java.util.Set.of(), java.util.Set.of())));
        assertThat(config.keywords().internetIssues())
                .contains(
                        "internet",
                        "wifi",
                        "wi-fi",
                        "fiber",
                        "router",
                        "ont",
                        "onu",
                        "outage",
                        "slow",
                        "connection",
                        "ethernet",
                        "speed");
        assertThat(config.keywords().upgradeRequests())
                .contains("upgrade", "faster", "switch", "change plan")
                .doesNotContain("mbps", "1g");
        assertThat(config.keywords().exclude())
                .contains("drain", "sink", "toilet", "leak", "dishwasher", "faucet", "shower");
        assertThat(config.upgrades().approval()).isEqualTo(AppConfig.Approval.AUTO);
        assertThat(config.safety().maxEnds()).isEqualTo(10);
        assertThat(config.safety().maxSuspensions()).isEqualTo(new AppConfig.Limit(25, true));
        assertThat(config.safety().maxConcurrency()).isEqualTo(4);
        assertThat(config.statePath()).isEqualTo(dir.resolve("vicvil.db"));
        assertThat(config.holdsPath()).isEqualTo(dir.resolve("holds.yaml"));
        assertThat(config.healthchecks()).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void packagesAreReadWithTheirDefaultAndThePlanNameFallsBackToThePackageName() {
        AppConfig config = load(MINIMAL);

        assertThat(config.packages())
                .containsExactly(
                        new AppConfig.Package(
                                "Village Fiber 500",
                                "Village Fiber 500",
                                500,
                                500,
                                new BigDecimal("45"),
                                BigDecimal.ZERO,
                                true),
                        new AppConfig.Package(
                                "Village Fiber 1G",
                                "Village Fiber 1G",
                                1000,
                                1000,
                                new BigDecimal("55"),
                                new BigDecimal("10"),
                                false));
        assertThat(config.defaultPackage().name()).isEqualTo("Village Fiber 500");
    }

    @Test
    void secretsAreReadFromTheEnvironmentAndMasked() {
        AppConfig config = load(MINIMAL);

        assertThat(config.innago().clientSecret().reveal()).isEqualTo("innago-secret-value");
        assertThat(config.innago().apiKey().reveal()).isEqualTo("innago-api-key-value");
        assertThat(config.uisp().crmApiKey().reveal()).isEqualTo("crm-key-value");
        assertThat(config.uisp().nmsApiKey().reveal()).isEqualTo("nms-key-value");
        assertThat(config.toString()).doesNotContain("secret-value", "key-value");
    }

    @Test
    void aReferenceDefaultIsUsedWhenTheVariableIsUnsetOrEmpty() {
        String yaml = replacing("parent_site_id: site-parent-1", "parent_site_id: ${PARENT_SITE:-site-from-default}");
        assertThat(load(yaml).uisp().parentSiteId()).isEqualTo("site-from-default");

        Map<String, String> env = new HashMap<>(TestConfigs.ENV);
        env.put("PARENT_SITE", "");
        assertThat(load(yaml, env).uisp().parentSiteId()).isEqualTo("site-from-default");

        env.put("PARENT_SITE", "site-from-env");
        assertThat(load(yaml, env).uisp().parentSiteId()).isEqualTo("site-from-env");
    }

    @Test
    void referencesExpandInsideTextAndInListsAndReachTypedValues() {
        Map<String, String> env = new HashMap<>(TestConfigs.ENV);
        env.put("UISP_HOST", "uisp.example.net");
        env.put("BUILDING", "300 S Harper");
        env.put("GRACE", "7");
        String yaml = replacing("url: https://uisp.example.net", "url: https://${UISP_HOST}:8443")
                        .replace(
                                "  api_key: ${INNAGO_API_KEY}\n",
                                "  api_key: ${INNAGO_API_KEY}\n  properties: [\"${BUILDING}\", 250 S Harper, \"literal $${X}\"]\n")
                + "billing:\n  grace_period_day: ${GRACE}\n";

        AppConfig config = load(yaml, env);

        assertThat(config.uisp().url()).isEqualTo(URI.create("https://uisp.example.net:8443"));
        assertThat(config.innago().properties()).containsExactly("300 S Harper", "250 S Harper", "literal ${X}");
        assertThat(config.billing().gracePeriodDay()).isEqualTo(7);
    }

    @Test
    void theEnvFileFillsInWhatTheEnvironmentLacksAndTheEnvironmentWins() {
        TestConfigs.write(
                dir.resolve("vicvil.env"),
                """
                # secrets for cron
                INNAGO_CLIENT_SECRET="from-file-secret"
                export INNAGO_API_KEY='from-file-key'
                UISP_CRM_API_KEY = spaced-value # not a comment

                UISP_NMS_API_KEY=file-nms
                """,
                "rw-------");
        Map<String, String> env = Map.of("UISP_NMS_API_KEY", "env-nms");

        AppConfig config = load("env_file: vicvil.env\n" + MINIMAL, env);

        assertThat(config.innago().clientSecret().reveal()).isEqualTo("from-file-secret");
        assertThat(config.innago().apiKey().reveal()).isEqualTo("from-file-key");
        assertThat(config.uisp().crmApiKey().reveal()).isEqualTo("spaced-value # not a comment");
        assertThat(config.uisp().nmsApiKey().reveal()).isEqualTo("env-nms");
        assertThat(warnings).isEmpty();
    }

    @Test
    void anEnvFileReadableByOthersIsWarnedAbout() {
        Path envFile = TestConfigs.write(dir.resolve("vicvil.env"), "INNAGO_CLIENT_SECRET=x\n", "rw-r--r--");

        load("env_file: vicvil.env\n" + MINIMAL);

        assertThat(warnings).singleElement().asString().contains(envFile.toString(), "mode 0644", "chmod 600");
    }

    @Test
    void aConfigWithLiteralSecretsReadableByGroupIsWarnedAbout() {
        String yaml = replacing("client_secret: ${INNAGO_CLIENT_SECRET}", "client_secret: literal-secret");
        Path file = TestConfigs.write(dir.resolve("config.yaml"), yaml, "rw-r-----");

        ConfigLoader.load(file, TestConfigs.ENV, warnings::add);

        assertThat(warnings)
                .singleElement()
                .asString()
                .contains(file.toString(), "mode 0640", "literal secrets")
                .doesNotContain("literal-secret");
    }

    @Test
    void aConfigWithOnlyReferencesMayBeReadableByOthers() {
        Path file = TestConfigs.write(dir.resolve("config.yaml"), MINIMAL, "rw-r--r--");

        ConfigLoader.load(file, TestConfigs.ENV, warnings::add);

        assertThat(warnings).isEmpty();
    }

    @Test
    void relativePathsResolveAgainstTheConfigFolderAndAbsoluteOnesStay(@TempDir Path elsewhere) throws Exception {
        Path configDir = dir.resolve("etc/vicvil");
        TestConfigs.write(configDir.resolve("ca.pem"), "pem", "rw-------");
        TestConfigs.write(configDir.resolve("templates/welcome.txt"), "Subject: hi\n", "rw-------");
        String yaml = replacing("parent_site_id: site-parent-1", "parent_site_id: site-parent-1\n  ca_file: ca.pem")
                + "inventory:\n  path: ../data/onus.csv\n"
                + "state:\n  path: " + elsewhere.resolve("state.db") + "\n"
                + "holds:\n  path: holds/holds.yaml\n"
                + "email:\n  from: internet@erefiber.example\n  smtp_host: smtp.example.net\n"
                + "  welcome_template: templates/welcome.txt\n  welcome_since: 2026-03-01\n";
        Path file = TestConfigs.write(configDir.resolve("config.yaml"), yaml, "rw-------");

        AppConfig config = ConfigLoader.load(file, TestConfigs.ENV, warnings::add);

        assertThat(config.uisp().caFile()).contains(configDir.resolve("ca.pem"));
        assertThat(config.inventory().path()).isEqualTo(dir.resolve("etc/data/onus.csv"));
        assertThat(config.statePath()).isEqualTo(elsewhere.resolve("state.db"));
        assertThat(config.holdsPath()).isEqualTo(configDir.resolve("holds/holds.yaml"));
        assertThat(config.email().orElseThrow().welcomeTemplate()).contains(configDir.resolve("templates/welcome.txt"));
    }

    @Test
    void theSeedsBareUispHostMeansHttps() {
        String yaml = replacing("url: https://uisp.example.net", "host: uisp.lan");
        assertThat(load(yaml).uisp().url()).isEqualTo(URI.create("https://uisp.lan"));
    }

    @Test
    void urlsAreNormalizedAndTheTokenUrlFollowsTheApiUrlsOrigin() {
        String yaml = replacing("url: https://uisp.example.net", "url: HTTPS://uisp.example.net:8443/")
                .replace(
                        "  client_id: vicvil-client",
                        "  client_id: vicvil-client\n  api_url: http://127.0.0.1:8081/openapi/");

        AppConfig config = load(yaml);

        assertThat(config.uisp().url()).isEqualTo(URI.create("https://uisp.example.net:8443"));
        assertThat(config.innago().apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8081/openapi"));
        assertThat(config.innago().tokenUrl()).isEqualTo(URI.create("http://127.0.0.1:8081/identity/connect/token"));
        assertThat(warnings).as("plain http to loopback is fine").isEmpty();
    }

    @Test
    void plainHttpToAnotherHostIsWarnedAbout() {
        load(replacing("url: https://uisp.example.net", "url: http://uisp.example.net"));

        assertThat(warnings).singleElement().asString().contains("uisp.url", "plain http", "uisp.example.net");
    }

    @Test
    void everyOptionalSectionIsRead() {
        String yaml = MINIMAL
                + """
                email:
                  from: ERE Fiber <internet@erefiber.example>
                  smtp_host: smtp.example.net
                  smtp_port: 465
                  smtp_user: internet@erefiber.example
                  smtp_pass: ${SMTP_PASS:-pw}
                  welcome_since: 2026-03-01
                  operator: noc@erefiber.example
                billing:
                  timezone: America/Chicago
                  grace_period_day: 10
                  min_unpaid: 25.50
                  count_rule: prorated
                  total_units: 118
                  issuer_name: ERE Fiber LLC
                  issuer_address: 1 Main St, Nelsonville, OH
                  due_days: 15
                suspend:
                  enabled: false
                  reason: Rent past due
                  hard_cut: false
                  notices: {warn_days_before: 3, on_suspend: true, on_restore: true}
                  calendar: {weekdays: [Saturday, sun], dates: [2026-12-25]}
                keywords:
                  internet_issues: [internet]
                  upgrade_requests: [upgrade]
                  exclude: []
                upgrades:
                  approval: manual
                safety:
                  max_ends: 3
                  max_suspensions: 12
                  max_concurrency: 2
                healthcheck:
                  sync-leases: https://hc-ping.com/abc
                  billing: https://hc-ping.com/def
                """;
        yaml = yaml.replace(
                "  name: Victorian Village\n",
                "  name: Victorian Village\n  address: S Harper Street\n  client_id: 77\n"
                        + "  billing_email: office@village.example\n");

        AppConfig config = load(yaml);

        assertThat(config.email())
                .contains(new AppConfig.Email(
                        "ERE Fiber <internet@erefiber.example>",
                        "smtp.example.net",
                        465,
                        Optional.of("internet@erefiber.example"),
                        Optional.of(Secret.of("pw")),
                        Optional.empty(),
                        LocalDate.of(2026, 3, 1),
                        Optional.of("noc@erefiber.example")));
        assertThat(config.billing())
                .isEqualTo(new AppConfig.Billing(
                        ZoneId.of("America/Chicago"),
                        10,
                        new BigDecimal("25.50"),
                        AppConfig.CountRule.PRORATED,
                        Optional.of(118),
                        "ERE Fiber LLC",
                        "1 Main St, Nelsonville, OH",
                        15));
        assertThat(config.suspend())
                .isEqualTo(new AppConfig.Suspend(
                        false,
                        "Rent past due",
                        false,
                        new AppConfig.Notices(3, true, true),
                        new AppConfig.Calendar(
                                java.util.Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                                java.util.Set.of(LocalDate.of(2026, 12, 25)))));
        assertThat(config.keywords())
                .isEqualTo(new AppConfig.Keywords(List.of("internet"), List.of("upgrade"), List.of()));
        assertThat(config.upgrades().approval()).isEqualTo(AppConfig.Approval.MANUAL);
        assertThat(config.safety()).isEqualTo(new AppConfig.Safety(3, new AppConfig.Limit(12, false), 2));
        assertThat(config.healthchecks())
                .containsExactly(
                        Map.entry("sync-leases", URI.create("https://hc-ping.com/abc")),
                        Map.entry("billing", URI.create("https://hc-ping.com/def")));
        assertThat(config.complex())
                .isEqualTo(new AppConfig.Complex(
                        "Victorian Village",
                        "S Harper Street",
                        new AppConfig.Location(39.4586, -82.2318),
                        Optional.of(77L),
                        Optional.of("office@village.example")));
    }

    @Test
    void theConfigIsLocatedByFlagThenEnvironmentThenDefault() {
        Path flag = Path.of("/etc/vicvil/flag.yaml");
        Map<String, String> env = Map.of("VICVIL_CONFIG", "/etc/vicvil/env.yaml");

        assertThat(ConfigLoader.locate(Optional.of(flag), env)).isEqualTo(flag);
        assertThat(ConfigLoader.locate(Optional.empty(), env)).isEqualTo(Path.of("/etc/vicvil/env.yaml"));
        assertThat(ConfigLoader.locate(Optional.empty(), Map.of("VICVIL_CONFIG", " ")))
                .isEqualTo(Path.of("config.yaml"));
        assertThat(ConfigLoader.locate(Optional.empty(), Map.of())).isEqualTo(Path.of("config.yaml"));
    }
}

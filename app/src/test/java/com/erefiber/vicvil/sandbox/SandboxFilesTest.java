package com.erefiber.vicvil.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxFilesTest {
    private Sandbox sandbox;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(9);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theConfigPointsAtTheSandboxWithSecretsFromTheEnvFile() throws Exception {
        SandboxFiles files = sandbox.writeConfig(dir);
        JsonNode config =
                new ObjectMapper(new YAMLFactory()).readTree(files.config().toFile());

        assertThat(config.get("env_file").asText()).isEqualTo("sandbox.env");
        assertThat(config.at("/innago/api_url").asText())
                .isEqualTo(sandbox.innagoApiUrl().toString())
                .endsWith("/openapi");
        assertThat(config.at("/innago/client_id").asText()).isEqualTo("${SANDBOX_INNAGO_CLIENT_ID}");
        assertThat(config.at("/innago/client_secret").asText()).isEqualTo("${SANDBOX_INNAGO_CLIENT_SECRET}");
        assertThat(config.at("/innago/api_key").asText()).isEqualTo("${SANDBOX_INNAGO_API_KEY}");
        assertThat(config.at("/uisp/url").asText())
                .isEqualTo(sandbox.uispUrl().toString())
                .startsWith("http://127.0.0.1:");
        assertThat(config.at("/uisp/crm_api_key").asText()).isEqualTo("${SANDBOX_UISP_CRM_API_KEY}");
        assertThat(config.at("/uisp/nms_api_key").asText()).isEqualTo("${SANDBOX_UISP_NMS_API_KEY}");
        assertThat(config.at("/uisp/parent_site_id").asText())
                .isEqualTo(sandbox.world().parentSiteId());
        assertThat(config.at("/complex/name").asText()).isEqualTo("Victorian Village");
        assertThat(config.at("/complex/address").asText()).isEqualTo("S Harper St, Nelsonville, OH 45764");
        assertThat(config.at("/complex/location/latitude").asDouble()).isEqualTo(39.458);
        assertThat(config.at("/complex/location/longitude").asDouble()).isEqualTo(-82.232);
        assertThat(config.at("/complex/client_id").asLong())
                .isEqualTo(sandbox.world().complexClientId());
        assertThat(config.at("/inventory/path").asText()).isEqualTo("onus.csv");
        assertThat(config.at("/billing/timezone").asText()).isEqualTo("America/New_York");
        assertThat(config.at("/state/path").asText()).isEqualTo("vicvil.db");
        assertThat(config.at("/holds/path").asText()).isEqualTo("holds.yaml");
        assertThat(config.get("packages")).hasSize(3);
        assertThat(config.at("/packages/0/default").asBoolean()).isTrue();
        assertThat(config.at("/packages/0/uisp_plan").asText()).isEqualTo("Village Fiber 500");
        assertThat(List.of(
                        config.at("/packages/0/base_price").asInt(),
                        config.at("/packages/1/base_price").asInt(),
                        config.at("/packages/2/base_price").asInt()))
                .containsExactly(45, 55, 60);
        assertThat(List.of(
                        config.at("/packages/0/tenant_addon").asInt(),
                        config.at("/packages/1/tenant_addon").asInt(),
                        config.at("/packages/2/tenant_addon").asInt()))
                .containsExactly(0, 10, 15);
        assertThat(config.at("/packages/1/default").asBoolean(false)).isFalse();
    }

    @Test
    void theEnvFileIsPrivateAndDefinesEveryVariableTheConfigUses() throws Exception {
        SandboxFiles files = sandbox.writeConfig(dir);
        String env = Files.readString(files.envFile());
        Set<String> defined = new HashSet<>();
        env.lines().forEach(line -> defined.add(line.substring(0, line.indexOf('='))));
        Matcher used = Pattern.compile("\\$\\{(\\w+)}").matcher(Files.readString(files.config()));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.envFile())))
                .isEqualTo("rw-------");
        assertThat(env)
                .contains(
                        "SANDBOX_INNAGO_CLIENT_SECRET=" + sandbox.credentials().innagoClientSecret() + "\n")
                .contains("SANDBOX_UISP_NMS_API_KEY=" + sandbox.credentials().nmsApiKey() + "\n");
        while (used.find()) {
            assertThat(defined).contains(used.group(1));
        }
        assertThat(Files.readString(files.config()))
                .doesNotContain(sandbox.credentials().innagoClientSecret());
    }

    @Test
    void theInventoryListsEveryUnitWithTheSerialOfItsOnu() throws Exception {
        SandboxFiles files = sandbox.writeConfig(dir);
        List<String> lines = Files.readAllLines(files.inventory());
        JsonNode onus = new Http(sandbox).nms("GET", "/devices?type=onu", null).json();
        Set<String> nmsSerials = new HashSet<>();
        onus.forEach(d -> nmsSerials.add(d.at("/identification/serialNumber").asText()));

        assertThat(lines.get(0))
                .isEqualTo("onu_name,serial_number,mac_address,property,unit,date_added,status,uisp_id");
        assertThat(lines).hasSize(119);
        assertThat(lines.get(4)).startsWith("300-s-harper-1,UBNT").contains(",300 S Harper,1,");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(nmsSerials).contains(line.split(",")[1]);
        }
    }

    @Test
    void writingAgainReplacesTheFiles() throws Exception {
        sandbox.writeConfig(dir);
        Files.writeString(dir.resolve("sandbox.env"), "stale");

        SandboxFiles again = sandbox.writeConfig(dir);

        assertThat(Files.readString(again.envFile())).startsWith("SANDBOX_INNAGO_CLIENT_ID=");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("config.yaml", "onus.csv", "sandbox.env");
        }
    }
}

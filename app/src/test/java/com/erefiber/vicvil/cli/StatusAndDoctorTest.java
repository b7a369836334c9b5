package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.testing.ExampleSetup;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusAndDoctorTest {
    @TempDir
    Path dir;

    @Test
    void statusJsonParsesAndListsEveryInventoryUnitWithoutCreatingTheDatabase() throws Exception {
        Path config = ExampleSetup.copyInto(dir);

        CliRun run = CliRun.run(ExampleSetup.ENV, Clock.systemUTC(), "--config", config.toString(), "status", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(json.get("units")).hasSize(7);
        assertThat(json.get("units").get(0).get("unit").asText()).isEqualTo("300 S Harper #1");
        assertThat(json.get("totals").get("withoutOnu").asInt()).isEqualTo(2);
        assertThat(json.get("storeExists").asBoolean()).isFalse();
        assertThat(dir.resolve("vicvil.db")).doesNotExist();
    }

    @Test
    void statusTableShowsTotalsAndNeverRunJobs() throws Exception {
        Path config = ExampleSetup.copyInto(dir);

        CliRun run = CliRun.run(ExampleSetup.ENV, Clock.systemUTC(), "-c", config.toString(), "status");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "350 S Harper #3",
                        "not installed",
                        "7 units in 2 buildings: 5 with an ONU installed, 2 without",
                        "sync-leases:  never");
    }

    @Test
    void configIsFoundThroughTheEnvironmentVariable() throws Exception {
        Path config = ExampleSetup.copyInto(dir);
        Map<String, String> env = new HashMap<>(ExampleSetup.ENV);
        env.put("VICVIL_CONFIG", config.toString());

        CliRun run = CliRun.run(env, Clock.systemUTC(), "status");

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void doctorPassesOnTheExampleSetup() throws Exception {
        try (Sandbox sandbox = Sandbox.start(3)) {
            Path config = onLoopback(ExampleSetup.copyInto(dir), sandbox);

            CliRun run = CliRun.run(ExampleSetup.ENV, Clock.systemUTC(), "-c", config.toString(), "doctor");

            assertThat(run.out()).contains("✔ config", "✔ inventory", "✔ state store");
        }
    }

    @Test
    void doctorFailsWithExitOneAndSkipsDependentChecksWhenTheConfigIsBroken() throws Exception {
        Path config = ExampleSetup.copyInto(dir);
        Files.writeString(config, Files.readString(config).replace("grace_period_day: 5", "grace_period_day: 40"));

        CliRun run = CliRun.run(ExampleSetup.ENV, Clock.systemUTC(), "-c", config.toString(), "doctor");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("✘ config", "billing.grace_period_day", "✘ inventory: skipped: config failed");
    }

    @Test
    void doctorFlagsABrokenInventory() throws Exception {
        try (Sandbox sandbox = Sandbox.start(3)) {
            Path config = onLoopback(ExampleSetup.copyInto(dir), sandbox);
            Files.writeString(dir.resolve("inventory/onus.csv"), "onu_name,serial_number\nx,y\n");

            CliRun run = CliRun.run(ExampleSetup.ENV, Clock.systemUTC(), "-c", config.toString(), "doctor");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("✘ inventory", "onus.csv");
        }
    }

    /**
     * Points the example's Innago and UISP URLs at the sandbox and its SMTP host at loopback: tests never reach
     * a real host, nor even look one up (the resolver is not on loopback). The sandbox refuses the example's
     * placeholder credentials, which is quick (no retry), unlike an unreachable host.
     */
    private static Path onLoopback(Path config, Sandbox sandbox) throws IOException {
        String yaml = Files.readString(config);
        String innago = "api_url: https://api-my.innago.com/openapi";
        String uisp = "url: https://uisp.erefiber.example";
        String smtp = "smtp_host: smtp.erefiber.example";
        assertThat(yaml).contains(innago, uisp, smtp);
        Files.writeString(
                config,
                yaml.replace(innago, "api_url: " + sandbox.innagoApiUrl())
                        .replace(uisp, "url: " + sandbox.uispUrl())
                        .replace(smtp, "smtp_host: 127.0.0.1"));
        return config;
    }

    @Test
    void statusWithAnInvalidConfigExitsThreeNamingTheKey() throws Exception {
        Path config = ExampleSetup.copyInto(dir);
        Files.writeString(
                config, Files.readString(config).replace("timezone: America/New_York", "timezone: Mars/Base"));

        CliRun run = CliRun.run(ExampleSetup.ENV, Clock.systemUTC(), "-c", config.toString(), "status");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("billing.timezone");
    }

    @Test
    void anInventoryThatDoesNotHoldTotalUnitsIsAnInventoryError() throws Exception {
        Path config = ExampleSetup.copyInto(dir);
        Files.writeString(config, Files.readString(config).replace("# total_units: 118", "total_units: 118"));

        CliRun run = CliRun.run(ExampleSetup.ENV, Clock.systemUTC(), "-c", config.toString(), "status");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("7 units", "billing.total_units", "118");
    }

    @Test
    void doctorChecksTheWelcomeTemplateAndThatSmtpAnswers() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (Sandbox sandbox = Sandbox.start(3)) {
            Path config = onLoopback(ExampleSetup.copyInto(dir), sandbox);
            Files.writeString(
                    config,
                    Files.readString(config)
                            .replace(
                                    "smtp_port: 587",
                                    "smtp_port: " + mail.getSmtp().getPort()));

            CliRun up = CliRun.run(ExampleSetup.ENV, Clock.systemUTC(), "-c", config.toString(), "doctor");
            assertThat(up.out())
                    .contains("✔ email: welcome template fine; SMTP 127.0.0.1:"
                            + mail.getSmtp().getPort());

            mail.stop();
            CliRun down = CliRun.run(ExampleSetup.ENV, Clock.systemUTC(), "-c", config.toString(), "doctor");
            assertThat(down.out()).contains("✘ email:", "unreachable");
            assertThat(down.exitCode()).isEqualTo(1);
        } finally {
            mail.stop();
        }
    }
}

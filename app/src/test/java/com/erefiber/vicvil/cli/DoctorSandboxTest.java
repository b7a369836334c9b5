package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** doctor against the sandbox, with credentials only from the config's env_file (an empty environment, as cron has). */
class DoctorSandboxTest {
    private static final List<String> CHECKS =
            List.of("config", "inventory", "state store", "Innago", "Innago leases", "UISP CRM", "UISP NMS", "email");
    private static final String WRONG_VALUE = "0123456789abcdef0123wrong";

    @TempDir
    Path dir;

    @Test
    void everyCheckPassesAgainstTheSandbox() throws Exception {
        CliRun run;
        try (Sandbox sandbox = Sandbox.start(23)) {
            run = doctor(sandbox.writeConfig(dir));
        }

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines()).hasSize(CHECKS.size()).allMatch(line -> line.startsWith("✔ "));
        assertThat(checkNames(run)).containsExactlyElementsOf(CHECKS);
        assertThat(line(run, "UISP NMS")).contains("parent site \"Victorian Village\" found");
        assertThat(dir.resolve("vicvil.db")).as("doctor only reads").doesNotExist();
    }

    @Test
    void theOperatorsRealCredentialsInTheEnvironmentDoNotReachTheSandboxConfig() throws Exception {
        Map<String, String> realEnvironment = Map.of(
                "INNAGO_CLIENT_ID",
                "real-id",
                "INNAGO_CLIENT_SECRET",
                "real-secret",
                "INNAGO_API_KEY",
                "real-key",
                "UISP_CRM_API_KEY",
                "real-crm",
                "UISP_NMS_API_KEY",
                "real-nms");
        CliRun run;
        try (Sandbox sandbox = Sandbox.start(23)) {
            SandboxFiles files = sandbox.writeConfig(dir);
            run = CliRun.run(
                    realEnvironment, Clock.systemUTC(), "-c", files.config().toString(), "doctor");
        }

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @ParameterizedTest(name = "wrong {0}")
    @CsvSource({
        "SANDBOX_UISP_CRM_API_KEY,     UISP CRM, UISP CRM credentials",
        "SANDBOX_INNAGO_API_KEY,       Innago,   innago.api_key",
        "SANDBOX_INNAGO_CLIENT_SECRET, Innago,   innago.client_secret",
    })
    void aWrongCredentialFailsItsCheckNamingTheApiAndTheCredentialWithoutShowingEitherValue(
            String variable, String check, String named) throws Exception {
        CliRun run;
        String rightValue;
        try (Sandbox sandbox = Sandbox.start(23)) {
            SandboxFiles files = sandbox.writeConfig(dir);
            // A first run leaves a valid Innago token in the cache beside the state file: no check may lean on it.
            assertThat(doctor(files).exitCode()).isZero();
            String env = Files.readString(files.envFile());
            rightValue = env.lines()
                    .filter(line -> line.startsWith(variable + "="))
                    .findFirst()
                    .orElseThrow()
                    .substring(variable.length() + 1);
            Files.writeString(files.envFile(), env.replace(variable + "=" + rightValue, variable + "=" + WRONG_VALUE));

            run = doctor(files);
        }

        assertThat(run.exitCode()).isEqualTo(1);
        String failed = "✘ " + check + ": ";
        assertThat(line(run, check)).startsWith(failed);
        assertThat(line(run, check).substring(failed.length())).as("the detail").contains(check, named);
        List<String> failing = new ArrayList<>(List.of(check));
        if (check.equals("Innago")) {
            assertThat(line(run, "Innago leases")).isEqualTo("✘ Innago leases: skipped: Innago or inventory failed");
            failing.add("Innago leases");
        }
        CHECKS.stream()
                .filter(name -> !failing.contains(name))
                .forEach(name -> assertThat(line(run, name)).as(run.out()).startsWith("✔ "));
        assertThat(run.out() + run.err()).doesNotContain(WRONG_VALUE, rightValue);
    }

    private static CliRun doctor(SandboxFiles files) {
        return CliRun.run(Map.of(), Clock.systemUTC(), "-c", files.config().toString(), "doctor");
    }

    /** The line of the check named {@code name} (names are unique; "Innago" is not "Innago leases"). */
    private static String line(CliRun run, String name) {
        return run.out()
                .lines()
                .filter(line -> line.substring(2).startsWith(name + ": "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in:\n" + run.out()));
    }

    private static List<String> checkNames(CliRun run) {
        return run.out()
                .lines()
                .map(line -> line.substring(2, line.indexOf(": ")))
                .toList();
    }
}

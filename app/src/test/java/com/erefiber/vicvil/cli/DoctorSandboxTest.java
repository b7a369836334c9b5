package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxCredentials;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor against the sandbox, with credentials only from the config's env_file (an empty environment, as cron has). */
class DoctorSandboxTest {
    private static final List<String> CHECKS =
            List.of("config", "inventory", "state store", "Innago", "Innago leases", "UISP CRM", "UISP NMS");
    private static final String WRONG_KEY = "0123456789abcdef0123wrong";

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private SandboxFiles files;
    private SandboxCredentials credentials;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(23);
        files = sandbox.writeConfig(dir);
        credentials = sandbox.credentials();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void everyCheckPassesAgainstTheSandbox() {
        CliRun run = doctor();

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines()).hasSize(CHECKS.size()).allMatch(line -> line.startsWith("✔ "));
        assertThat(checkNames(run)).containsExactlyElementsOf(CHECKS);
        assertThat(line(run, "UISP NMS")).contains("parent site \"Victorian Village\" found");
        assertThat(dir.resolve("vicvil.db")).as("doctor only reads").doesNotExist();
    }

    @Test
    void aWrongCrmKeyFailsOnlyTheCrmCheckNamingTheApiAndItsCredentials() throws Exception {
        String rightKey = credentials.crmApiKey();
        replaceInEnvFile("UISP_CRM_API_KEY=" + rightKey, "UISP_CRM_API_KEY=" + WRONG_KEY);

        CliRun run = doctor();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(line(run, "UISP CRM")).startsWith("✘ UISP CRM: ").contains("HTTP 401", "UISP CRM credentials");
        assertOthersPass(run, "UISP CRM");
        assertThat(run.out() + run.err()).doesNotContain(WRONG_KEY, rightKey);
    }

    @Test
    void aWrongInnagoKeyFailsTheInnagoCheckEvenWithAValidCachedToken() throws Exception {
        // A first run leaves a valid token in the cache beside the state file; the key check must not lean on it.
        assertThat(doctor().exitCode()).isZero();
        String rightKey = credentials.innagoApiKey();
        replaceInEnvFile("INNAGO_API_KEY=" + rightKey, "INNAGO_API_KEY=" + WRONG_KEY);

        CliRun run = doctor();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(line(run, "Innago")).startsWith("✘ Innago: ").contains("Innago", "innago.api_key");
        assertThat(line(run, "Innago leases")).isEqualTo("✘ Innago leases: skipped: Innago or inventory failed");
        assertOthersPass(run, "Innago", "Innago leases");
        assertThat(run.out() + run.err()).doesNotContain(WRONG_KEY, rightKey);
    }

    @Test
    void aWrongInnagoSecretIsCaughtThoughACachedTokenIsStillValid() throws Exception {
        assertThat(doctor().exitCode()).isZero();
        String rightSecret = credentials.innagoClientSecret();
        replaceInEnvFile("INNAGO_CLIENT_SECRET=" + rightSecret, "INNAGO_CLIENT_SECRET=" + WRONG_KEY);

        CliRun run = doctor();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(line(run, "Innago")).startsWith("✘ Innago: ").contains("innago.client_secret");
        assertOthersPass(run, "Innago", "Innago leases");
        assertThat(run.out() + run.err()).doesNotContain(WRONG_KEY, rightSecret);
    }

    private CliRun doctor() {
        return CliRun.run(Map.of(), Clock.systemUTC(), "-c", files.config().toString(), "doctor");
    }

    private void replaceInEnvFile(String line, String replacement) throws Exception {
        String env = Files.readString(files.envFile());
        assertThat(env).contains(line);
        Files.writeString(files.envFile(), env.replace(line, replacement));
    }

    /** The line of the check named {@code name} (names are unique; "Innago" is not "Innago leases"). */
    private static String line(CliRun run, String name) {
        return run.out().lines().filter(line -> line.substring(2).startsWith(name + ": ")).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in:\n" + run.out()));
    }

    private static List<String> checkNames(CliRun run) {
        return run.out().lines().map(line -> line.substring(2, line.indexOf(": "))).toList();
    }

    /** Every check but {@code failing} passed. */
    private static void assertOthersPass(CliRun run, String... failing) {
        List<String> expectedToFail = List.of(failing);
        CHECKS.stream().filter(name -> !expectedToFail.contains(name))
                .forEach(name -> assertThat(line(run, name)).as(run.out()).startsWith("✔ "));
    }
}

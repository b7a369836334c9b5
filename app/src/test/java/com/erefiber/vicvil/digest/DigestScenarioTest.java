package com.erefiber.vicvil.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.sandbox.World;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.testing.SandboxScenario;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** vicvil digest end to end against the sandbox (loopback only) and GreenMail. */
class DigestScenarioTest {
    @RegisterExtension
    final SandboxScenario scenario = new SandboxScenario(7);

    private UnitKey handSuspended;

    @BeforeEach
    void start() throws Exception {
        assertThat(vicvil("rename-onus").exitCode()).isZero();
        assertThat(vicvil("sync-leases").exitCode()).isZero();
        World.ServiceView service = scenario.world().crmServices().stream()
                .filter(one -> one.status() == 1 && one.attributes().containsKey(VicvilAttributes.UNIT))
                .findFirst()
                .orElseThrow();
        handSuspended = UnitKey.fromCanonical(service.attributes().get(VicvilAttributes.UNIT));
        scenario.world().suspendByHand(service.id(), "Tenant asked for a pause");
        scenario.sandbox().requests().reset();
    }

    private CliRun vicvil(String... args) {
        return scenario.vicvil(args);
    }

    private void addEmail(int port, boolean operator) throws Exception {
        Files.writeString(
                scenario.files().config(),
                Files.readString(scenario.files().config())
                        + """
                email:
                  from: ERE Fiber <noc@example.test>
                  smtp_host: 127.0.0.1
                  smtp_port: %d
                  welcome_since: 2020-01-01
                """
                                .formatted(port)
                        + (operator ? "  operator: noc@example.test\n" : ""));
    }

    @Test
    void aDryRunPrintsYesterdaysActionsAndTheDriftAndWritesNothing() {
        CliRun digest = vicvil("digest", "--dry-run");

        assertThat(digest.exitCode()).as(digest.err()).isZero();
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(digest.out())
                .startsWith("vicvil digest ")
                .contains(
                        "Actions (",
                        "by job: rename-onus ",
                        "sync-leases ",
                        "Failed actions (0): none",
                        "Drift (1;",
                        handSuspended + ": service ",
                        "by hand in UISP",
                        "check-rent",
                        "Jobs without a good run in the period");
    }

    @Test
    void theDigestIsMailedToTheOperator() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            addEmail(mail.getSmtp().getPort(), true);

            CliRun digest = vicvil("--quiet", "digest", "--no-drift");

            assertThat(digest.exitCode()).as(digest.err()).isZero();
            assertThat(digest.out()).isEmpty();
            assertThat(scenario.sandbox().requests().size()).isZero();
            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("noc@example.test");
            assertThat(received[0].getSubject()).startsWith("vicvil digest ").contains("actions");
            assertThat(received[0].getContent().toString()).contains("Drift: not read", "sync-leases");
        } finally {
            mail.stop();
        }
    }

    @Test
    void withoutAnOperatorAddressItIsAConfigError() throws Exception {
        addEmail(2525, false);

        CliRun digest = vicvil("digest", "--no-drift");

        assertThat(digest.exitCode()).isEqualTo(3);
        assertThat(digest.err()).contains("email.operator");
    }
}

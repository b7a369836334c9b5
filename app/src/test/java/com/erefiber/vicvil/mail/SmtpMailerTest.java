package com.erefiber.vicvil.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.config.Secret;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP mailer against GreenMail on loopback, and the session settings it derives from the config. */
class SmtpMailerTest {
    private static final String LOGIN = "internet@erefiber.example";
    private static final String PASSWORD = "smtp-password-value";
    private static final AppConfig.Package FIBER_500 = new AppConfig.Package(
            "Village Fiber 500", "Village Fiber 500", 500, 500, new BigDecimal("45"), BigDecimal.ZERO, true);

    private GreenMail greenMail;

    @BeforeEach
    void startServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        greenMail.setUser(LOGIN, LOGIN, PASSWORD);
    }

    @AfterEach
    void stopServer() {
        greenMail.stop();
    }

    private AppConfig.Email email(int port, Optional<String> user, String password) {
        return new AppConfig.Email(
                "ERE Fiber <" + LOGIN + ">",
                "127.0.0.1",
                port,
                user,
                user.map(u -> Secret.of(password)),
                Optional.empty(),
                LocalDate.of(2026, 3, 1),
                Optional.empty());
    }

    @Test
    void theWelcomeEmailArrivesWithTheUnitAndStartDate() throws Exception {
        Mailer mailer = new SmtpMailer(email(greenMail.getSmtp().getPort(), Optional.of(LOGIN), PASSWORD));
        WelcomeEmail.Rendered welcome = WelcomeEmail.load(Optional.empty(), List.of(FIBER_500))
                .render("Ada Tenant", new UnitKey("300 S Harper", "4"), LocalDate.of(2026, 3, 1), FIBER_500);

        mailer.send("ada@tenant.example", welcome.subject(), welcome.body());

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("Your Village Fiber Internet is Ready - Unit 300 S Harper #4");
        assertThat(message.getFrom()[0].toString()).isEqualTo("ERE Fiber <" + LOGIN + ">");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ada@tenant.example");
        assertThat(message.getContent().toString())
                .contains(
                        "Hi Ada Tenant,",
                        "active starting March 1, 2026.",
                        "Village Fiber 500 (500 Mbps)",
                        "— ERE Fiber LLC");
    }

    @Test
    void aRejectedLoginFailsWithoutShowingThePassword() {
        Mailer mailer =
                new SmtpMailer(email(greenMail.getSmtp().getPort(), Optional.of(LOGIN), "wrong-password-value"));

        MailException failure =
                catchThrowableOfType(MailException.class, () -> mailer.send("ada@tenant.example", "Subject", "Body"));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.TEMPFAIL);
        assertThat(failure.getMessage())
                .startsWith("sending mail to ada@tenant.example through 127.0.0.1:")
                .doesNotContain("wrong-password-value");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnreachableServerFailsAsTemporary() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Mailer mailer = new SmtpMailer(email(closedPort, Optional.empty(), ""));

        MailException failure =
                catchThrowableOfType(MailException.class, () -> mailer.send("ada@tenant.example", "Subject", "Body"));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.TEMPFAIL);
        assertThat(failure.getMessage()).contains("127.0.0.1:" + closedPort);
    }

    @Test
    void port587RequiresStartTlsAndLogsInOnlyWithAUser() {
        Properties submission = SmtpMailer.properties(email(587, Optional.of(LOGIN), PASSWORD));
        Properties relay = SmtpMailer.properties(email(25, Optional.empty(), ""));

        assertThat(submission)
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.auth", "true")
                .doesNotContainKey("mail.smtp.ssl.enable");
        assertThat(relay)
                .containsEntry("mail.smtp.auth", "false")
                .doesNotContainKeys("mail.smtp.starttls.enable", "mail.smtp.ssl.enable");
        assertThat(relay).containsKeys("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout");
    }

    @Test
    void port465UsesImplicitTls() {
        assertThat(SmtpMailer.properties(email(465, Optional.empty(), "")))
                .containsEntry("mail.smtp.ssl.enable", "true")
                .doesNotContainKey("mail.smtp.starttls.enable");
    }
}

package com.erefiber.vicvil.mail;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.config.Secret;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Sends mail over SMTP with Angus Mail, as the {@code email} section says: STARTTLS (required) on port
 * 587, implicit TLS on 465, a login only when {@code smtp_user} is set, and bounded timeouts so a dead
 * server cannot hang a cron run.
 */
public final class SmtpMailer implements Mailer {
    private static final String CONNECT_TIMEOUT_MS = "10000";
    private static final String IO_TIMEOUT_MS = "30000";

    private final AppConfig.Email email;
    private final Session session;

    public SmtpMailer(AppConfig.Email email) {
        this.email = email;
        this.session = Session.getInstance(properties(email));
    }

    static Properties properties(AppConfig.Email email) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", email.smtpHost());
        properties.setProperty("mail.smtp.port", Integer.toString(email.smtpPort()));
        properties.setProperty("mail.smtp.connectiontimeout", CONNECT_TIMEOUT_MS);
        properties.setProperty("mail.smtp.timeout", IO_TIMEOUT_MS);
        properties.setProperty("mail.smtp.writetimeout", IO_TIMEOUT_MS);
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        if (email.smtpPort() == 587) {
            // Submission port: never fall back to sending the password in clear text.
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        } else if (email.smtpPort() == 465) {
            properties.setProperty("mail.smtp.ssl.enable", "true");
        }
        properties.setProperty(
                "mail.smtp.auth", Boolean.toString(email.smtpUser().isPresent()));
        return properties;
    }

    @Override
    public void send(String to, String subject, String body) {
        deliver(to, subject, message -> message.setText(body, StandardCharsets.UTF_8.name()));
    }

    @Override
    public void sendHtml(String to, String subject, String html, List<Attachment> attachments) {
        deliver(to, subject, message -> {
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(html, "text/html; charset=UTF-8");
            parts.addBodyPart(body);
            for (Attachment attachment : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(
                        new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                part.setFileName(attachment.fileName());
                parts.addBodyPart(part);
            }
            message.setContent(parts);
        });
    }

    /** What fills a message's content once its headers are set. */
    @FunctionalInterface
    private interface Content {
        void fill(MimeMessage message) throws MessagingException;
    }

    private void deliver(String to, String subject, Content content) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(email.from(), true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            content.fill(message);
            message.setSentDate(new Date()); // the real sending time, even on an --as-of run
            if (email.smtpUser().isPresent()) {
                Transport.send(
                        message,
                        email.smtpUser().get(),
                        email.smtpPass().map(Secret::reveal).orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new MailException(
                    "sending mail to " + to + " through " + email.smtpHost() + ":" + email.smtpPort() + " failed: "
                            + e.getMessage(),
                    e);
        }
    }
}

package com.erefiber.vicvil.mail;

/** Sends one plain-text email; the SMTP implementation is {@link SmtpMailer}. */
public interface Mailer {
    /**
     * Sends {@code body} to {@code to}: one address, or several separated by commas (one message to all).
     *
     * @throws MailException when the message was not accepted (the caller records it and retries on a later run)
     */
    void send(String to, String subject, String body);
}

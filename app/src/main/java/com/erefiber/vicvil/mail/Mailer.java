package com.erefiber.vicvil.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;

/** Sends one email (plain text, or HTML with attachments); the SMTP implementation is {@link SmtpMailer}. */
public interface Mailer {
    /**
     * Sends {@code body} to {@code to}: one address, or several separated by commas (one message to all).
     *
     * @throws MailException when the message was not accepted (the caller records it and retries on a later run)
     */
    void send(String to, String subject, String body);

    /**
     * Sends an HTML message with attachments to {@code to} (as {@link #send}).
     *
     * @throws MailException when the message was not accepted
     */
    void sendHtml(String to, String subject, String html, List<Attachment> attachments);

    /**
     * Whether {@code address} is one bare address ({@code name@domain}, strict RFC 822 syntax) that {@link #send}
     * accepts: a malformed one would make the whole message fail, for every recipient.
     */
    static boolean isValidAddress(String address) {
        try {
            return new InternetAddress(address, true).getAddress().equals(address.strip());
        } catch (AddressException e) {
            return false;
        }
    }
}

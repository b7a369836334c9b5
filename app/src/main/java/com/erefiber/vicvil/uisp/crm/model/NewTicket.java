package com.erefiber.vicvil.uisp.crm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of a ticket create ({@code TicketWritable}): the CRM requires at least one activity with a comment.
 */
public record NewTicket(
        long clientId,
        String subject,
        int status,
        @JsonProperty("public") boolean isPublic,
        List<NewActivity> activity) {

    /** A ticket on a client with its first comment, the comment as visible as the ticket. */
    public static NewTicket of(long clientId, String subject, int status, boolean isPublic, String comment) {
        return new NewTicket(
                clientId, subject, status, isPublic, List.of(new NewActivity(isPublic, new Ticket.Comment(comment))));
    }

    /** One activity to write: a comment. */
    public record NewActivity(@JsonProperty("public") boolean isPublic, Ticket.Comment comment) {}
}

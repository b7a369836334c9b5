package com.erefiber.vicvil.uisp.crm.model;

import com.erefiber.vicvil.uisp.crm.CrmDate;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** A CRM ticket ({@code TicketReadOnly}, the fields vicvil uses) with its activity (comments, status changes). */
public record Ticket(
        @JsonProperty(required = true) long id,
        Long clientId,
        String subject,
        @JsonProperty(required = true) int status,
        @JsonProperty("public") Boolean isPublic,
        @CrmDate OffsetDateTime createdAt,
        @CrmDate OffsetDateTime lastActivity,
        List<Activity> activity) {

    public static final int NEW = 0;
    public static final int OPEN = 1;
    public static final int PENDING = 2;
    public static final int SOLVED = 3;

    public Ticket {
        activity = activity == null ? List.of() : List.copyOf(activity);
    }

    /** The bodies of the ticket's comments, oldest first as listed (where vicvil looks for its marker). */
    public List<String> commentBodies() {
        return activity.stream()
                .map(Activity::comment)
                .filter(Objects::nonNull)
                .map(Comment::body)
                .filter(Objects::nonNull)
                .toList();
    }

    /** One activity entry; {@code type} is comment|status_change|assignment|… */
    public record Activity(
            Long id,
            String type,
            @JsonProperty("public") Boolean isPublic,
            Long userId,
            @CrmDate OffsetDateTime createdAt,
            Comment comment,
            StatusChange statusChange) {}

    /** A comment's text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Comment(String body) {}

    /** A status change entry. */
    public record StatusChange(Integer previousStatus, Integer status) {}
}

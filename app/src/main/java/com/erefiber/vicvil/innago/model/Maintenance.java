package com.erefiber.vicvil.innago.model;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One maintenance ticket ({@code MaintenanceTicketModel}). {@code property} and {@code unit} are names, not
 * uids (Innago gives no unit or tenant uid); {@code personUid} is the submitter. {@code requestStatus} is
 * Innago's text ("NewRequest", "OldRequest", "Resolved", "ReOpened" per the spec; live strings unconfirmed).
 */
public record Maintenance(
        String maintenanceUid,
        String name,
        String description,
        String category,
        String personName,
        Optional<String> personUid,
        Optional<LocalDateTime> dateSubmitted,
        Optional<LocalDateTime> dateResolved,
        boolean urgent,
        String property,
        String unit,
        String propertyAddress,
        String requestStatus) {}

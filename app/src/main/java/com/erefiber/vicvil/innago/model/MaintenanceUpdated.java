package com.erefiber.vicvil.innago.model;

/** Innago's answer to a status change or a comment on a ticket: Innago's message, empty when absent. */
public record MaintenanceUpdated(String maintenanceUid, String message) {}

package com.erefiber.vicvil.innago.model;

/** Innago's answer to a created ticket: its uid and Innago's message (empty when absent). */
public record MaintenanceCreated(String maintenanceUid, String message) {}

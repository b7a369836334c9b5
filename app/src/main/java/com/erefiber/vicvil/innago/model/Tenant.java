package com.erefiber.vicvil.innago.model;

import java.util.Optional;

/**
 * A tenant, from either Innago shape: embedded in a lease ({@code tenantUid, firstName, lastName, email, phone})
 * or from {@code GET /v1/tenants} ({@code userUid, userFirstName, userLastName, userEmail, phoneNumber,
 * userRole}). Names are empty when absent; email and phone are empty Optionals when absent or blank, so
 * nothing blank is ever copied into UISP; {@code role} is only given by {@code /v1/tenants}.
 */
public record Tenant(
        String tenantUid,
        String firstName,
        String lastName,
        Optional<String> email,
        Optional<String> phone,
        Optional<String> role) {}

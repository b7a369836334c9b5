package com.erefiber.vicvil.innago.model;

import java.util.List;
import java.util.Optional;

/**
 * A ticket to create ({@code MaintenanceRequestModel}), checked against the spec's limits: a title of
 * 1–100 and a description of 1–1024 characters, at least one property, category 1–7 (1 Electrical,
 * 2 Plumbing, 3 AC, 4 Heat, 5 Kitchen, 6 Appliance, 7 Other), and units whenever the tenant is notified.
 */
public record NewMaintenance(
        String title,
        String description,
        List<String> propertyUids,
        Optional<Integer> category,
        boolean urgent,
        boolean notifyTenant,
        List<String> unitUids,
        Optional<String> tenantUid) {

    public NewMaintenance {
        propertyUids = List.copyOf(propertyUids);
        unitUids = List.copyOf(unitUids);
        requireLength("title", title, 100);
        requireLength("description", description, 1024);
        if (propertyUids.isEmpty()) {
            throw new IllegalArgumentException("a maintenance ticket needs at least one property");
        }
        category.ifPresent(code -> {
            if (code < 1 || code > 7) {
                throw new IllegalArgumentException("maintenance category must be 1-7, not " + code);
            }
        });
        if (notifyTenant && unitUids.isEmpty()) {
            throw new IllegalArgumentException("notifying the tenant needs the unit uids");
        }
    }

    private static void requireLength(String what, String text, int max) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw new IllegalArgumentException("maintenance " + what + " must be 1-" + max + " characters");
        }
    }
}

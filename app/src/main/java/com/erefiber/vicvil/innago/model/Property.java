package com.erefiber.vicvil.innago.model;

/**
 * One Innago property (for Victorian Village: one building, e.g. "300 S Harper"). Text is empty when absent.
 * {@code numberOfUnits} etc. are Innago's own counts, for reports only.
 */
public record Property(
        String propertyUid,
        String name,
        String description,
        String propertyType,
        int numberOfUnits,
        int availableUnits,
        int totalTenants,
        boolean archived,
        Address address) {}

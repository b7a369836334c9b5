package com.erefiber.vicvil.uisp.crm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A custom attribute definition ({@code CustomAttributeReadOnly}). {@code key} is what list filters take
 * ({@code customAttributeKey}); {@code attributeType} is client|invoice|payment|service.
 */
public record CustomAttribute(
        @JsonProperty(required = true) long id,
        String name,
        String key,
        String attributeType,
        String type,
        Boolean clientZoneVisible) {}

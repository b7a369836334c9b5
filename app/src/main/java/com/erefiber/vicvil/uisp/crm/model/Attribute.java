package com.erefiber.vicvil.uisp.crm.model;

import java.util.List;
import java.util.Optional;

/**
 * A custom attribute value as the CRM returns it on a client or a service ({@code ClientAttributeReadOnly},
 * {@code ServiceAttributeReadOnly}; their own {@code id} differs in type between the two and is not kept).
 */
public record Attribute(Long customAttributeId, String key, String name, String value) {

    /** The value of the attribute with {@code key} in {@code attributes} (null-safe). */
    public static Optional<String> valueOf(List<Attribute> attributes, String key) {
        return attributes.stream()
                .filter(attribute -> key.equals(attribute.key()))
                .map(Attribute::value)
                .filter(value -> value != null)
                .findFirst();
    }
}

package com.erefiber.vicvil.uisp.crm.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A client contact ({@code ClientContact}); {@code id} is null on a contact being created. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(
        Long id,
        String email,
        String phone,
        String name,
        @JsonProperty("isBilling") Boolean isBilling,
        @JsonProperty("isContact") Boolean isContact) {

    /** A new contact used for billing and other notifications. */
    public static Contact of(String name, String email, String phone) {
        return new Contact(null, email, phone, name, true, true);
    }
}

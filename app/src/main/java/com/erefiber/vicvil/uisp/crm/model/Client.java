package com.erefiber.vicvil.uisp.crm.model;

import com.erefiber.vicvil.uisp.crm.CrmDate;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A CRM client as listed ({@code ClientReadOnly}, the fields vicvil uses). Apartment numbers live in street2. */
public record Client(
        @JsonProperty(required = true) long id,
        String userIdent,
        Integer clientType,
        @JsonProperty("isLead") Boolean isLead,
        String firstName,
        String lastName,
        String companyName,
        String street1,
        String street2,
        String city,
        String zipCode,
        @JsonProperty("isArchived") Boolean isArchived,
        Boolean hasSuspendedService,
        Boolean stopServiceDue,
        @CrmDate OffsetDateTime registrationDate,
        List<Contact> contacts,
        List<Attribute> attributes) {

    public Client {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** The value of the custom attribute with this key (e.g. vicvil's unit tag). */
    public Optional<String> attribute(String key) {
        return Attribute.valueOf(attributes, key);
    }
}

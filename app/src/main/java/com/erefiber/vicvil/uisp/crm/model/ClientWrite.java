package com.erefiber.vicvil.uisp.crm.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of a client create or patch ({@code ClientWritable}); null fields are left out, so a patch
 * changes only what it names. {@code clientType} 1 is residential (firstName and lastName required).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientWrite(
        Integer clientType,
        @JsonProperty("isLead") Boolean isLead,
        String firstName,
        String lastName,
        String userIdent,
        String street1,
        String street2,
        String city,
        Long stateId,
        Long countryId,
        String zipCode,
        Boolean stopServiceDue,
        String note,
        List<Contact> contacts,
        List<AttributeValue> attributes) {

    /** Residential client type. */
    public static final int RESIDENTIAL = 1;

    /** An empty body to fill in. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fills a {@link ClientWrite} field by field. */
    public static final class Builder {
        private Integer clientType;
        private Boolean isLead;
        private String firstName;
        private String lastName;
        private String userIdent;
        private String street1;
        private String street2;
        private String city;
        private Long stateId;
        private Long countryId;
        private String zipCode;
        private Boolean stopServiceDue;
        private String note;
        private List<Contact> contacts;
        private List<AttributeValue> attributes;

        private Builder() {}

        /** A residential client (type 1) that is not a lead. */
        public Builder residential(String first, String last) {
            this.clientType = RESIDENTIAL;
            this.isLead = false;
            this.firstName = first;
            this.lastName = last;
            return this;
        }

        public Builder userIdent(String value) {
            this.userIdent = value;
            return this;
        }

        /** Street lines, city, state/country ids (null: the organization's) and ZIP code. */
        public Builder address(String line1, String line2, String cityName, Long state, Long country, String zip) {
            this.street1 = line1;
            this.street2 = line2;
            this.city = cityName;
            this.stateId = state;
            this.countryId = country;
            this.zipCode = zip;
            return this;
        }

        /** Whether UISP itself suspends on an overdue invoice (vicvil's tenants: false). */
        public Builder stopServiceDue(boolean value) {
            this.stopServiceDue = value;
            return this;
        }

        public Builder note(String value) {
            this.note = value;
            return this;
        }

        public Builder contacts(List<Contact> value) {
            this.contacts = List.copyOf(value);
            return this;
        }

        public Builder attributes(List<AttributeValue> value) {
            this.attributes = List.copyOf(value);
            return this;
        }

        public ClientWrite build() {
            return new ClientWrite(
                    clientType,
                    isLead,
                    firstName,
                    lastName,
                    userIdent,
                    street1,
                    street2,
                    city,
                    stateId,
                    countryId,
                    zipCode,
                    stopServiceDue,
                    note,
                    contacts,
                    attributes);
        }
    }
}

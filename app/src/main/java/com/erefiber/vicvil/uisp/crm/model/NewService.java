package com.erefiber.vicvil.uisp.crm.model;

import com.erefiber.vicvil.uisp.crm.CrmDate;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The body of a recurring service created under a client ({@code ServiceWritable}); null fields are left
 * out (the CRM then takes the plan's name and price, today's date, the client's address).
 * {@code price} sets an individual price (vicvil's tenants: 0); {@code unmsClientSiteId} binds an NMS site.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewService(
        long servicePlanPeriodId,
        String name,
        BigDecimal price,
        @CrmDate OffsetDateTime activeFrom,
        @CrmDate OffsetDateTime invoicingStart,
        Boolean sendEmailsAutomatically,
        String street1,
        String street2,
        String city,
        String zipCode,
        String unmsClientSiteId,
        String note,
        List<AttributeValue> attributes) {

    /** A body for the plan period {@code servicePlanPeriodId}, to fill in. */
    public static Builder builder(long servicePlanPeriodId) {
        return new Builder(servicePlanPeriodId);
    }

    /** Fills a {@link NewService} field by field. */
    public static final class Builder {
        private final long servicePlanPeriodId;
        private String name;
        private BigDecimal price;
        private OffsetDateTime activeFrom;
        private OffsetDateTime invoicingStart;
        private Boolean sendEmailsAutomatically;
        private String street1;
        private String street2;
        private String city;
        private String zipCode;
        private String unmsClientSiteId;
        private String note;
        private List<AttributeValue> attributes;

        private Builder(long servicePlanPeriodId) {
            this.servicePlanPeriodId = servicePlanPeriodId;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** An individual price (0 for tenants who pay through rent). */
        public Builder price(BigDecimal value) {
            this.price = value;
            return this;
        }

        /** When the service starts and when invoicing starts. */
        public Builder activeFrom(OffsetDateTime start, OffsetDateTime invoicing) {
            this.activeFrom = start;
            this.invoicingStart = invoicing;
            return this;
        }

        public Builder sendEmailsAutomatically(boolean value) {
            this.sendEmailsAutomatically = value;
            return this;
        }

        /** The service address (null parts: the client's). */
        public Builder address(String line1, String line2, String cityName, String zip) {
            this.street1 = line1;
            this.street2 = line2;
            this.city = cityName;
            this.zipCode = zip;
            return this;
        }

        public Builder unmsClientSiteId(String value) {
            this.unmsClientSiteId = value;
            return this;
        }

        public Builder note(String value) {
            this.note = value;
            return this;
        }

        public Builder attributes(List<AttributeValue> value) {
            this.attributes = List.copyOf(value);
            return this;
        }

        public NewService build() {
            return new NewService(
                    servicePlanPeriodId,
                    name,
                    price,
                    activeFrom,
                    invoicingStart,
                    sendEmailsAutomatically,
                    street1,
                    street2,
                    city,
                    zipCode,
                    unmsClientSiteId,
                    note,
                    attributes);
        }
    }
}

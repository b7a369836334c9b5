package com.erefiber.vicvil.uisp.crm.model;

import com.erefiber.vicvil.uisp.crm.CrmDate;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A CRM service as listed ({@code ServiceReadOnly}, the fields vicvil uses). {@code status} is kept as the
 * CRM's number so that a status vicvil does not know stays visible instead of failing the read.
 * {@code unmsClientSiteId} is the bound NMS site (a uuid).
 */
public record Service(
        @JsonProperty(required = true) long id,
        @JsonProperty(required = true) long clientId,
        @JsonProperty(required = true) int status,
        Long servicePlanId,
        Long servicePlanPeriodId,
        String servicePlanName,
        Integer servicePlanPeriod,
        String name,
        BigDecimal price,
        BigDecimal totalPrice,
        Boolean hasIndividualPrice,
        String street1,
        String street2,
        @CrmDate OffsetDateTime activeFrom,
        @CrmDate OffsetDateTime activeTo,
        Long suspensionReasonId,
        String unmsClientSiteId,
        String unmsClientSiteStatus,
        List<Attribute> attributes,
        List<SuspensionPeriod> suspensionPeriods) {

    public static final int PREPARED = 0;
    public static final int ACTIVE = 1;
    public static final int ENDED = 2;
    public static final int SUSPENDED = 3;
    public static final int PREPARED_BLOCKED = 4;
    public static final int OBSOLETE = 5;
    public static final int DEFERRED = 6;
    public static final int QUOTED = 7;
    public static final int INACTIVE = 8;

    public Service {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        suspensionPeriods = suspensionPeriods == null ? List.of() : List.copyOf(suspensionPeriods);
    }

    /** The value of the custom attribute with this key (e.g. vicvil's unit tag). */
    public Optional<String> attribute(String key) {
        return Attribute.valueOf(attributes, key);
    }

    /** A suspension of the service; {@code endDate} is null while it lasts. */
    public record SuspensionPeriod(Long id, @CrmDate OffsetDateTime startDate, @CrmDate OffsetDateTime endDate) {}
}

package com.erefiber.vicvil.uisp.crm.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of a service PATCH ({@code ServiceUpdate}); null fields are left out. A plan change is a new
 * {@code servicePlanPeriodId}: whether UISP applies it at once or defers it (status 6) is UNCONFIRMED, so
 * callers re-read the service. An attribute with a null value is removed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServicePatch(Long servicePlanPeriodId, String name, BigDecimal price, List<AttributeValue> attributes) {

    /** Moves the service to another plan period. */
    public static ServicePatch planPeriod(long servicePlanPeriodId) {
        return new ServicePatch(servicePlanPeriodId, null, null, null);
    }

    /** Sets (or, with null values, removes) custom attribute values. */
    public static ServicePatch attributes(List<AttributeValue> values) {
        return new ServicePatch(null, null, null, List.copyOf(values));
    }
}

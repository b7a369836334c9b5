package com.erefiber.vicvil.uisp.crm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A CRM service plan ({@code TariffReadOnly}, the fields vicvil uses). The price lives on each period; a
 * service references a period, not the plan. Speeds are Mbps.
 */
public record ServicePlan(
        @JsonProperty(required = true) long id,
        String name,
        String servicePlanType,
        @JsonProperty("public") Boolean isPublic,
        Boolean archived,
        BigDecimal downloadSpeed,
        BigDecimal uploadSpeed,
        List<Period> periods) {

    public ServicePlan {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    /** The enabled one-month period, which vicvil's services use. */
    public Optional<Period> monthlyPeriod() {
        return periods.stream()
                .filter(period -> period.period() == 1 && Boolean.TRUE.equals(period.enabled()))
                .findFirst();
    }

    /** One pricing period of a plan: its id (a service's servicePlanPeriodId), length in months, price. */
    public record Period(
            @JsonProperty(required = true) long id,
            @JsonProperty(required = true) int period,
            BigDecimal price,
            Boolean enabled) {}
}

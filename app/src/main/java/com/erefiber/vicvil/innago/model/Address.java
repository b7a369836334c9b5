package com.erefiber.vicvil.innago.model;

import java.math.BigDecimal;
import java.util.Optional;

/** A property's street address as Innago holds it; text parts are empty when Innago leaves them out. */
public record Address(
        String addressLine1,
        String addressLine2,
        String city,
        String state,
        String zipcode,
        String country,
        Optional<BigDecimal> latitude,
        Optional<BigDecimal> longitude) {}

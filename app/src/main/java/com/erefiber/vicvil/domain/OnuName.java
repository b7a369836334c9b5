package com.erefiber.vicvil.domain;

import java.util.Optional;

/** The name an ONU carries in NMS: the inventory's {@code onu_name}, else {@code uisp.onu_name_template} for the unit. */
public final class OnuName {
    private OnuName() {}

    /** {@code given} when there is one, else the template with {@code {property_slug}} and {@code {unit}} (the unit's slug). */
    public static String of(UnitKey unit, Optional<String> given, String template) {
        return given.filter(name -> !name.isBlank())
                .orElseGet(() -> template.replace("{property_slug}", unit.propertySlug())
                        .replace("{unit}", UnitKey.slugOf(unit.unit())));
    }
}

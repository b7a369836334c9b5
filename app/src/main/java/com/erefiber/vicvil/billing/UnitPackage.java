package com.erefiber.vicvil.billing;

import com.erefiber.vicvil.domain.UnitKey;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A tenant service vicvil tagged with a unit, reduced to what billing needs: the package its UISP plan is, and the
 * days it is in effect ({@code activeFrom} … {@code activeTo}, either open).
 */
public record UnitPackage(UnitKey unit, String packageName, Optional<LocalDate> from, Optional<LocalDate> to) {

    /** Whether the service is in effect on {@code day}. */
    boolean covers(LocalDate day) {
        return from.map(start -> !start.isAfter(day)).orElse(true)
                && to.map(end -> !day.isAfter(end)).orElse(true);
    }
}

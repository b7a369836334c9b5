package com.erefiber.vicvil.sync;

import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.uisp.crm.model.Attribute;
import com.erefiber.vicvil.uisp.crm.model.Service;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where vicvil's ONU-disabled markers are in UISP: per unit, the day vicvil disabled the ONU (from the
 * {@code vicvilOnuOff} attribute of the unit's services), the services carrying a marker (to clear it when the
 * ONU is enabled again), and the unit's latest vicvil service (where a new marker goes).
 */
public record OnuMarkers(Map<UnitKey, LocalDate> disabledOn, Map<UnitKey, List<Long>> markedServices,
                         Map<UnitKey, Long> latestService) {

    /** Reads the markers from the vicvil-tagged services. */
    public static OnuMarkers of(List<Service> services, String unitKey, String onuOffKey) {
        Map<UnitKey, LocalDate> disabledOn = new HashMap<>();
        Map<UnitKey, List<Long>> marked = new HashMap<>();
        Map<UnitKey, Long> latest = new HashMap<>();
        for (Service service : services) {
            Optional<UnitKey> unit = Attribute.valueOf(service.attributes(), unitKey).flatMap(OnuMarkers::unit);
            if (unit.isEmpty()) {
                continue;
            }
            latest.merge(unit.get(), service.id(), Math::max);
            Optional<LocalDate> day = Attribute.valueOf(service.attributes(), onuOffKey).flatMap(OnuMarkers::date);
            day.ifPresent(found -> {
                disabledOn.merge(unit.get(), found, (left, right) -> left.isAfter(right) ? left : right);
                marked.computeIfAbsent(unit.get(), key -> new ArrayList<>()).add(service.id());
            });
        }
        return new OnuMarkers(Map.copyOf(disabledOn), Map.copyOf(marked), Map.copyOf(latest));
    }

    private static Optional<UnitKey> unit(String tag) {
        try {
            return Optional.of(UnitKey.fromCanonical(tag));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.domain.LastWrites;
import com.erefiber.vicvil.domain.ServiceStatus;
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
 * {@code vicvilOnuOff} attribute of the unit's services), the services whose marker can be cleared when the ONU
 * is enabled again, and the unit's latest service a new marker can go on. UISP refuses edits to an ended
 * service, so a marker goes on before its service is ended and then stays there for good: it speaks for the unit
 * only until a later service of the unit has started (the next household's, whose ONU vicvil then enables).
 */
public record OnuMarkers(
        Map<UnitKey, LocalDate> disabledOn, Map<UnitKey, List<Long>> markedServices, Map<UnitKey, Long> latestService) {

    /** Reads the markers from the vicvil-tagged services. */
    public static OnuMarkers of(List<Service> services, String unitKey, String onuOffKey) {
        Map<UnitKey, List<Service>> byUnit = new HashMap<>();
        for (Service service : services) {
            Attribute.valueOf(service.attributes(), unitKey)
                    .flatMap(OnuMarkers::unit)
                    .ifPresent(unit -> byUnit.computeIfAbsent(unit, key -> new ArrayList<>())
                            .add(service));
        }
        Map<UnitKey, LocalDate> disabledOn = new HashMap<>();
        Map<UnitKey, List<Long>> marked = new HashMap<>();
        Map<UnitKey, Long> latest = new HashMap<>();
        byUnit.forEach((unit, own) -> {
            long lastStarted = own.stream()
                    .filter(OnuMarkers::started)
                    .mapToLong(Service::id)
                    .max()
                    .orElse(Long.MIN_VALUE);
            for (Service service : own) {
                boolean editable = !ended(service);
                if (editable) {
                    latest.merge(unit, service.id(), Math::max);
                }
                Optional<LocalDate> day =
                        Attribute.valueOf(service.attributes(), onuOffKey).flatMap(OnuMarkers::date);
                if (day.isPresent() && (editable || service.id() >= lastStarted)) {
                    disabledOn.merge(unit, day.get(), (left, right) -> left.isAfter(right) ? left : right);
                }
                if (day.isPresent() && editable) {
                    marked.computeIfAbsent(unit, key -> new ArrayList<>()).add(service.id());
                }
            }
        });
        return new OnuMarkers(Map.copyOf(disabledOn), Map.copyOf(marked), Map.copyOf(latest));
    }

    /**
     * The store's last writes with the disables these markers record added where the store knows none (a lost
     * store still lets vicvil enable the ONUs it disabled).
     */
    public Map<UnitKey, LastWrites> addedTo(Map<UnitKey, LastWrites> remembered) {
        Map<UnitKey, LastWrites> lastWrites = new HashMap<>(remembered);
        disabledOn.forEach((unit, day) -> {
            LastWrites known = lastWrites.getOrDefault(unit, LastWrites.NONE);
            if (known.onuDisabledOn().isEmpty()) {
                lastWrites.put(unit, new LastWrites(known.suspendedOn(), Optional.of(day)));
            }
        });
        return lastWrites;
    }

    /** Ended (or obsolete): UISP takes no more edits to it. */
    private static boolean ended(Service service) {
        return ServiceStatus.fromUispCode(service.status())
                .filter(ServiceStatus.ENDED::equals)
                .isPresent();
    }

    /** Past its prepared state: active, suspended or ended. */
    private static boolean started(Service service) {
        return ServiceStatus.fromUispCode(service.status())
                .filter(status -> status != ServiceStatus.PREPARED)
                .isPresent();
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

package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.CreatedIds;
import com.erefiber.vicvil.store.LeaseMemoryRepository;
import com.erefiber.vicvil.store.UnitRepository;
import com.erefiber.vicvil.uisp.UispClient;
import com.erefiber.vicvil.uisp.crm.model.AttributeValue;
import com.erefiber.vicvil.uisp.crm.model.ServicePatch;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Carries out {@link OnuSwitch} actions: the ONU in NMS, the day of vicvil's disable in the store, and the
 * {@code vicvilOnuOff} marker on the unit's latest editable service (written on a disable, cleared on an enable), so
 * that a lost store still knows which disables are vicvil's own to reverse.
 */
public final class OnuSwitchExecutor {
    private final UispClient uisp;
    private final VicvilAttributes attributes;
    private final OnuMarkers markers;
    private final LeaseMemoryRepository memory;
    private final UnitRepository units;
    private final LocalDate today;

    /** {@code attributes} must be ensured (the marker attribute exists). */
    public OnuSwitchExecutor(
            UispClient uisp,
            VicvilAttributes attributes,
            OnuMarkers markers,
            LeaseMemoryRepository memory,
            UnitRepository units,
            LocalDate today) {
        this.uisp = uisp;
        this.attributes = attributes;
        this.markers = markers;
        this.memory = memory;
        this.units = units;
        this.today = today;
    }

    /** Registers the handler for each of a job's ONU kinds. */
    public ActionExecutors registerOn(ActionExecutors executors, ActionKind... kinds) {
        for (ActionKind kind : kinds) {
            executors.on(kind, OnuSwitch.class, this::apply);
        }
        return executors;
    }

    private String apply(OnuSwitch onu, CreatedIds created) {
        uisp.nms().setOnuSystem(onu.deviceId(), onu.name(), onu.enabled());
        memory.onuDisabledOn(onu.unit(), onu.enabled() ? Optional.empty() : Optional.of(today));
        long markerAttribute = attributes.serviceOnuOff().orElseThrow().id();
        if (onu.enabled()) {
            for (long service : markers.markedServices().getOrDefault(onu.unit(), List.of())) {
                // A null value removes the attribute from the service.
                uisp.crm()
                        .patchService(
                                service, ServicePatch.attributes(List.of(new AttributeValue(markerAttribute, null))));
            }
        } else {
            Optional<Long> service = created.latestService()
                    .or(() -> Optional.ofNullable(markers.latestService().get(onu.unit())));
            // Without a vicvil service UISP still lets vicvil edit, the marker has no home; the store still knows.
            service.ifPresent(id -> uisp.crm()
                    .patchService(
                            id,
                            ServicePatch.attributes(List.of(new AttributeValue(markerAttribute, today.toString())))));
        }
        units.update(onu.unit(), ids -> ids.withNmsDeviceId(Optional.of(onu.deviceId())));
        return "ONU " + onu.deviceId() + (onu.enabled() ? " enabled" : " disabled");
    }
}

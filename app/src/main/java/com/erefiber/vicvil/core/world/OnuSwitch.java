package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.domain.UnitKey;
import java.util.Objects;

/**
 * The shared ONU step of every job that switches a unit's ONU (sync-leases on move-in and move-out, check-rent on
 * a hard-cut suspension and its restore): PUT {@code /devices/onus/{deviceId}/system} with {@code name} (its current
 * name, unchanged) and {@code enabled}, then vicvil's {@code vicvilOnuOff} marker ({@link OnuSwitchExecutor}). The
 * kind is the job's own, so that each job's guard counts it in the right bucket (a move-out's disable is an end,
 * a rent cut a suspension).
 */
public record OnuSwitch(UnitKey unit, String reason, String deviceId, String name, boolean enabled, ActionKind kind)
        implements PlannedAction {

    public OnuSwitch {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}

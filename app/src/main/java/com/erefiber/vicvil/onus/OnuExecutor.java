package com.erefiber.vicvil.onus;

import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.core.plan.CreatedIds;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.UnitIds;
import com.erefiber.vicvil.store.UnitRepository;
import com.erefiber.vicvil.uisp.UispClient;
import java.util.List;
import java.util.Optional;

/**
 * Carries out rename-onus' ONU actions ({@link OnuActions}) against UISP NMS, and records in the store the ids it
 * learned (a cache: UISP stays the truth, so a lost store is rebuilt by the next run's reads, never by repeating
 * writes).
 */
final class OnuExecutor {
    private final UispClient uisp;
    private final Inventory inventory;
    private final UnitRepository units;

    OnuExecutor(UispClient uisp, Inventory inventory, UnitRepository units) {
        this.uisp = uisp;
        this.inventory = inventory;
        this.units = units;
    }

    /** Registers the ONU actions' handlers. */
    ActionExecutors registerOn(ActionExecutors executors) {
        return executors
                .on(OnuActions.AUTHORIZE_ONU, OnuActions.AuthorizeOnu.class, this::authorize)
                .on(OnuActions.RENAME_ONU, OnuActions.RenameOnu.class, this::rename);
    }

    private String authorize(OnuActions.AuthorizeOnu authorize, CreatedIds created) {
        String siteId = created.resolve(authorize.site());
        uisp.nms().authorize(siteId, List.of(authorize.deviceId()));
        units.update(authorize.unit(), ids -> withOnu(authorize.unit(), ids, authorize.deviceId())
                .withNmsSiteId(Optional.of(siteId)));
        return "ONU " + authorize.deviceId() + " into site " + siteId;
    }

    private String rename(OnuActions.RenameOnu rename, CreatedIds created) {
        uisp.nms().setOnuSystem(rename.deviceId(), rename.name(), rename.enabled());
        units.update(rename.unit(), ids -> withOnu(rename.unit(), ids, rename.deviceId()));
        return "ONU " + rename.deviceId() + " named '" + rename.name() + "'";
    }

    /** The unit's ids with its ONU: the device id, and the serial and MAC the inventory gives it. */
    private UnitIds withOnu(UnitKey unit, UnitIds ids, String deviceId) {
        Optional<InventoryRow> row = inventory.find(unit);
        return ids.withNmsDeviceId(Optional.of(deviceId))
                .withOnuSerial(row.flatMap(InventoryRow::serial))
                .withOnuMac(row.flatMap(InventoryRow::mac));
    }
}

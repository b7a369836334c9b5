package com.erefiber.vicvil.sync;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.UnitIds;
import com.erefiber.vicvil.store.UnitRepository;
import com.erefiber.vicvil.uisp.UispClient;
import com.erefiber.vicvil.uisp.nms.model.Site;
import java.util.List;
import java.util.Optional;

/**
 * Carries out the site and ONU actions (CREATE_SITE, AUTHORIZE_ONU, RENAME_ONU, BIND_SERVICE_SITE) against
 * UISP, and after each one records in the store the ids it learned (the store is a cache: UISP stays the
 * truth, so a lost store is rebuilt by the next run's reads, never by repeating writes). sync-leases can hand
 * these kinds to it too.
 */
public final class OnuSiteExecutor implements PlanApplier.ActionExecutor {
    private final UispClient uisp;
    private final AppConfig config;
    private final Inventory inventory;
    private final UnitRepository units;

    public OnuSiteExecutor(UispClient uisp, AppConfig config, Inventory inventory, UnitRepository units) {
        this.uisp = uisp;
        this.config = config;
        this.inventory = inventory;
        this.units = units;
    }

    @Override
    public String execute(PlannedAction action, CreatedIds created) {
        if (action instanceof PlannedAction.CreateSite create) {
            AppConfig.Location location = config.complex().location();
            Site site = uisp.nms().createEndpointSite(create.name(), config.uisp().parentSiteId(),
                    new Site.Location(location.latitude(), location.longitude()), config.complex().address());
            created.site(site.id());
            units.update(create.unit(), ids -> ids.withNmsSiteId(Optional.of(site.id())));
            return "site " + site.id();
        }
        if (action instanceof PlannedAction.AuthorizeOnu authorize) {
            String siteId = created.resolve(authorize.site());
            uisp.nms().authorize(siteId, List.of(authorize.deviceId()));
            units.update(authorize.unit(), ids -> withOnu(authorize.unit(), ids, authorize.deviceId())
                    .withNmsSiteId(Optional.of(siteId)));
            return "ONU " + authorize.deviceId() + " into site " + siteId;
        }
        if (action instanceof PlannedAction.RenameOnu rename) {
            uisp.nms().setOnuSystem(rename.deviceId(), rename.name(), rename.enabled());
            units.update(rename.unit(), ids -> withOnu(rename.unit(), ids, rename.deviceId()));
            return "ONU " + rename.deviceId() + " named '" + rename.name() + "'";
        }
        if (action instanceof PlannedAction.BindServiceSite bind) {
            String siteId = created.resolve(bind.site());
            uisp.crm().bindServiceToSite(bind.serviceId(), siteId);
            units.update(bind.unit(), ids -> ids.withNmsSiteId(Optional.of(siteId)));
            return "service " + bind.serviceId() + " bound to site " + siteId;
        }
        throw new IllegalArgumentException("not a site or ONU action: " + action.kind());
    }

    /** The unit's ids with its ONU: the device id, and the serial and MAC the inventory gives it. */
    private UnitIds withOnu(UnitKey unit, UnitIds ids, String deviceId) {
        Optional<InventoryRow> row = inventory.find(unit);
        return ids.withNmsDeviceId(Optional.of(deviceId))
                .withOnuSerial(row.flatMap(InventoryRow::serial))
                .withOnuMac(row.flatMap(InventoryRow::mac));
    }

    /** Updates the unit's stored ids; writes only when something changed. */
}

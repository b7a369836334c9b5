package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.core.plan.CreatedIds;
import com.erefiber.vicvil.store.UnitRepository;
import com.erefiber.vicvil.uisp.UispClient;
import com.erefiber.vicvil.uisp.nms.model.Site;
import java.util.Optional;

/**
 * Carries out the shared endpoint-site step ({@link SiteActions}) against UISP, and records in the store the site
 * id it learned (a cache: UISP stays the truth, so a lost store is rebuilt by the next run's reads).
 */
public final class SiteExecutor {
    private final UispClient uisp;
    private final AppConfig config;
    private final UnitRepository units;

    public SiteExecutor(UispClient uisp, AppConfig config, UnitRepository units) {
        this.uisp = uisp;
        this.config = config;
        this.units = units;
    }

    /** Registers the site actions' handlers. */
    public ActionExecutors registerOn(ActionExecutors executors) {
        return executors
                .on(SiteActions.CREATE_SITE, SiteActions.CreateSite.class, this::createSite)
                .on(SiteActions.BIND_SERVICE_SITE, SiteActions.BindServiceSite.class, this::bind);
    }

    private String createSite(SiteActions.CreateSite create, CreatedIds created) {
        AppConfig.Location location = config.complex().location();
        Site site = uisp.nms()
                .createEndpointSite(
                        create.name(),
                        config.uisp().parentSiteId(),
                        new Site.Location(location.latitude(), location.longitude()),
                        config.complex().address());
        created.site(site.id());
        units.update(create.unit(), ids -> ids.withNmsSiteId(Optional.of(site.id())));
        return "site " + site.id();
    }

    private String bind(SiteActions.BindServiceSite bind, CreatedIds created) {
        String siteId = created.resolve(bind.site());
        uisp.crm().bindServiceToSite(bind.serviceId(), siteId);
        units.update(bind.unit(), ids -> ids.withNmsSiteId(Optional.of(siteId)));
        return "service " + bind.serviceId() + " bound to site " + siteId;
    }
}

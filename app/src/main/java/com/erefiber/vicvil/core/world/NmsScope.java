package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.uisp.nms.model.Device;
import com.erefiber.vicvil.uisp.nms.model.Site;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The complex's part of ERE's network in NMS (DESIGN §2), one rule for every job: ONUs in the parent site
 * ({@code uisp.parent_site_id}) or one of its child sites, and unassigned ONUs the inventory names. An ONU the
 * inventory names that sits anywhere else in the network (a stale row, a mistyped serial) is reported and never
 * written; every other ONU is not even looked at.
 */
public final class NmsScope {
    private final Map<String, Site> sitesById;
    private final Set<String> complexSites = new HashSet<>();

    private NmsScope(String parentSiteId, List<Site> sites) {
        this.sitesById = sites.stream().collect(Collectors.toMap(Site::id, Function.identity(), (a, b) -> a));
        complexSites.add(parentSiteId);
        sites.stream()
                .filter(site -> site.parentId().filter(parentSiteId::equals).isPresent())
                .forEach(site -> complexSites.add(site.id()));
    }

    /** The scope under the configured parent site; exit 3 when NMS has no such site. */
    public static NmsScope of(AppConfig config, List<Site> sites) {
        String parentId = config.uisp().parentSiteId();
        if (sites.stream().noneMatch(site -> site.id().equals(parentId))) {
            throw new VicvilException(
                    ExitCodes.CONFIG,
                    "uisp.parent_site_id " + parentId + " is not a site in UISP NMS (" + config.file() + ")");
        }
        return new NmsScope(parentId, sites);
    }

    /** The ONUs in scope, and a DATA notice for each ONU the inventory names outside it. */
    public record Selection(List<Device> onus, List<Notice> notices) {}

    /** Splits NMS's ONU list into the complex's ONUs and the inventory's ONUs found elsewhere. */
    public Selection select(List<Device> onus, Inventory inventory) {
        List<Device> inScope = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        for (Device onu : onus) {
            Optional<InventoryRow> row = inventory.findOnu(
                    onu.identification().serialNumber(), onu.identification().mac());
            if (onu.siteId().map(complexSites::contains).orElse(row.isPresent())) {
                inScope.add(onu);
            } else {
                row.ifPresent(claimant -> notices.add(Notice.data(
                        claimant.unit(),
                        "ONU " + label(onu) + " is in site '"
                                + onu.siteId().map(this::siteName).orElseThrow()
                                + "', outside the complex's parent site: left alone")));
            }
        }
        return new Selection(List.copyOf(inScope), List.copyOf(notices));
    }

    /** "id (serial X)", as notices name an ONU. */
    public static String label(Device onu) {
        return onu.id()
                + Optional.ofNullable(onu.identification().serialNumber())
                        .map(serial -> " (serial " + serial + ")")
                        .orElse("");
    }

    private String siteName(String id) {
        return Optional.ofNullable(sitesById.get(id))
                .map(Site::identification)
                .map(Site.Identification::name)
                .orElse(id);
    }
}

package com.erefiber.vicvil.onus;

import com.erefiber.vicvil.core.world.NmsSite;
import com.erefiber.vicvil.domain.UnitKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything rename-onus plans from, read in bulk beforehand.
 *
 * @param rows         the inventory rows
 * @param nameTemplate {@code uisp.onu_name_template}, with {@code {property_slug}} and {@code {unit}}
 * @param parentSiteId {@code uisp.parent_site_id}
 * @param devices      ONUs in NMS: those under the parent site or its endpoint sites, and unassigned ones
 * @param sites        the endpoint sites under the parent site
 * @param services     UISP CRM services tagged by vicvil, with the site they are connected to
 */
public record RenameOnusInput(
        List<InventoryRow> rows,
        String nameTemplate,
        String parentSiteId,
        List<NmsDevice> devices,
        List<NmsSite> sites,
        List<ServiceSite> services) {

    public RenameOnusInput {
        rows = List.copyOf(rows);
        Objects.requireNonNull(nameTemplate, "nameTemplate");
        Objects.requireNonNull(parentSiteId, "parentSiteId");
        devices = List.copyOf(devices);
        sites = List.copyOf(sites);
        services = List.copyOf(services);
    }

    /** One inventory row: its unit, its {@code onu_name} if set, its serial and MAC if the ONU is installed. */
    public record InventoryRow(UnitKey unit, Optional<String> onuName, Optional<String> serial, Optional<String> mac) {
        public InventoryRow {
            Objects.requireNonNull(unit, "unit");
            onuName = blankless(onuName);
            serial = blankless(serial);
            mac = blankless(mac);
        }

        /** The parts of an inventory file's row that rename-onus plans with. */
        public static InventoryRow of(com.erefiber.vicvil.inventory.InventoryRow row) {
            return new InventoryRow(row.unit(), row.onuName(), row.serial(), row.mac());
        }
    }

    /** An ONU in NMS ({@code GET /devices?type=onu}): id, serial, MAC, name, its site (empty: unassigned), enabled. */
    public record NmsDevice(
            String id,
            Optional<String> serial,
            Optional<String> mac,
            String name,
            Optional<String> siteId,
            boolean enabled) {
        public NmsDevice {
            Objects.requireNonNull(id, "id");
            serial = blankless(serial);
            mac = blankless(mac);
            Objects.requireNonNull(name, "name");
            siteId = blankless(siteId);
        }
    }

    /** A CRM service: id, UISP status code, vicvil's tag value, and its {@code unmsClientSiteId}. */
    public record ServiceSite(long id, int statusCode, Optional<String> tag, Optional<String> siteId) {
        public ServiceSite {
            tag = blankless(tag);
            siteId = blankless(siteId);
        }
    }

    private static Optional<String> blankless(Optional<String> text) {
        return Objects.requireNonNull(text).map(String::strip).filter(value -> !value.isEmpty());
    }
}

package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.Occupancy;
import com.erefiber.vicvil.domain.OnuName;
import com.erefiber.vicvil.domain.UnitIndex;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.crm.model.SuspensionReason;
import com.erefiber.vicvil.uisp.nms.model.Device;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts what the bulk reads hold on the inventory's units ({@link UnitPicture}): leases by unit, services by vicvil's
 * tag, ONUs by serial or MAC within {@link NmsScope}, endpoint sites as rename-onus matches them. No request of its
 * own: every list comes from the run's {@link UispReads}.
 */
public final class UnitPictures {
    private UnitPictures() {}

    /** Every inventory unit, as the leases and the read model show it at {@code at} (in the complex's zone). */
    public static List<UnitPicture> of(
            AppConfig config, Inventory inventory, List<Lease> leases, UispReads uisp, ZonedDateTime at) {
        Map<UnitKey, List<Lease>> leasesByUnit = new HashMap<>();
        leases.forEach(lease -> leasesByUnit
                .computeIfAbsent(lease.unit(), unit -> new ArrayList<>())
                .add(lease));
        String tagKey = uisp.attributes().serviceUnitKey();
        Map<UnitKey, List<Service>> servicesByUnit = new HashMap<>();
        for (Service service : uisp.services()) {
            // A tag edited by hand into something that names no unit is no unit's.
            service.attribute(tagKey)
                    .filter(tag -> tag.contains(" #"))
                    .flatMap(tag -> inventory.find(UnitKey.fromCanonical(tag)))
                    .ifPresent(row -> servicesByUnit
                            .computeIfAbsent(row.unit(), unit -> new ArrayList<>())
                            .add(service));
        }
        Map<Long, String> identByClient = new HashMap<>();
        uisp.clients().forEach(client -> Optional.ofNullable(client.userIdent())
                .ifPresent(ident -> identByClient.put(client.id(), ident)));
        Map<UnitKey, Device> onuByUnit = new HashMap<>();
        uisp.onus().onus().forEach(device -> inventory
                .findOnu(
                        device.identification().serialNumber(),
                        device.identification().mac())
                .ifPresent(row -> onuByUnit.putIfAbsent(row.unit(), device)));
        List<UnitKey> keys = inventory.rows().stream().map(InventoryRow::unit).toList();
        Map<UnitKey, Optional<NmsSite>> sites = EndpointSites.byUnit(
                EndpointSites.under(config.uisp().parentSiteId(), uisp.sites()),
                keys,
                UnitIndex.of(keys),
                new ArrayList<Notice>());
        Optional<Long> vicvilReason = uisp.suspensionReasons().stream()
                .filter(reason -> config.suspend().reason().equalsIgnoreCase(reason.name()))
                .map(SuspensionReason::id)
                .findFirst();
        ZonedDateTime local = at.withZoneSameInstant(config.zone());
        return inventory.rows().stream()
                .sorted(Comparator.comparing(InventoryRow::unit))
                .map(row -> new UnitPicture(
                        row.unit(),
                        Occupancy.at(row.unit(), leasesByUnit.getOrDefault(row.unit(), List.of()), local),
                        servicesByUnit.getOrDefault(row.unit(), List.of()).stream()
                                .sorted(Comparator.comparingLong(Service::id).reversed())
                                .toList(),
                        clientIdents(servicesByUnit.getOrDefault(row.unit(), List.of()), identByClient),
                        row.hasOnu() ? Optional.ofNullable(onuByUnit.get(row.unit())) : Optional.empty(),
                        OnuName.of(row.unit(), row.onuName(), config.uisp().onuNameTemplate()),
                        row.hasOnu(),
                        sites.getOrDefault(row.unit(), Optional.empty()),
                        vicvilReason))
                .toList();
    }

    private static Map<Long, String> clientIdents(List<Service> services, Map<Long, String> identByClient) {
        Map<Long, String> idents = new HashMap<>();
        services.forEach(service -> Optional.ofNullable(identByClient.get(service.clientId()))
                .ifPresent(ident -> idents.put(service.clientId(), ident)));
        return idents;
    }
}

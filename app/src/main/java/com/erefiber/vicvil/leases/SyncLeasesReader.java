package com.erefiber.vicvil.leases;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.world.EndpointSites;
import com.erefiber.vicvil.core.world.LeaseReader;
import com.erefiber.vicvil.core.world.NmsScope;
import com.erefiber.vicvil.core.world.NmsSite;
import com.erefiber.vicvil.core.world.OnuMarkers;
import com.erefiber.vicvil.core.world.ReadAhead;
import com.erefiber.vicvil.core.world.UispReads;
import com.erefiber.vicvil.core.world.UispReads.Read;
import com.erefiber.vicvil.core.world.UnitLeases;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.UnitIndex;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.LeaseMemory;
import com.erefiber.vicvil.uisp.crm.CrmDates;
import com.erefiber.vicvil.uisp.crm.model.Attribute;
import com.erefiber.vicvil.uisp.crm.model.Client;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.crm.model.SuspensionReason;
import com.erefiber.vicvil.uisp.nms.model.Device;
import com.erefiber.vicvil.uisp.nms.model.Site;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read step of sync-leases: every list once (leases, CRM custom attributes, clients, services, suspension
 * reasons, NMS ONUs and sites; no per-unit request), mapped into the planner's input. Only the ONUs of
 * {@link NmsScope} are mapped to units, as in rename-onus.
 */
public final class SyncLeasesReader {
    private final AppConfig config;
    private final Inventory inventory;
    private final LeaseReader leaseReader;
    private final UispReads uisp;

    /** What sync-leases reads whatever it finds: the owner's leases and these UISP lists. */
    public static final ReadAhead READS = ReadAhead.uisp(
                    Read.ATTRIBUTES, Read.CLIENTS, Read.SERVICES, Read.SUSPENSION_REASONS, Read.SITES, Read.ONUS)
            .andLeases();

    public SyncLeasesReader(AppConfig config, Inventory inventory, LeaseReader leaseReader, UispReads uisp) {
        this.config = config;
        this.inventory = inventory;
        this.leaseReader = leaseReader;
        this.uisp = uisp;
    }

    /**
     * The world as read, plus the tag attributes (the apply step needs their ids) and what the read found that
     * the operator must hear of (an endpoint site several units claim, an inventory ONU outside the complex's part
     * of NMS).
     */
    public record Snapshot(
            SyncLeasesInput input,
            VicvilAttributes attributes,
            OnuMarkers markers,
            Map<Long, List<com.erefiber.vicvil.uisp.crm.model.Contact>> contactsByClient,
            List<Notice> notices) {}

    /** Reads everything and builds the planner's input. */
    public Snapshot read(LeaseMemory remembered, ZonedDateTime asOf, boolean force, Optional<UnitKey> onlyUnit) {
        uisp.prefetch(READS.uisp());
        // A lease whose unit no row names keeps Innago's names, so the planner reports it and holds that building's
        // cuts.
        List<Lease> leases = UnitLeases.read(leaseReader, config, inventory, remembered.provisioned());
        VicvilAttributes attributes = uisp.attributes();
        List<Client> clients = uisp.clients();
        List<Service> services = uisp.services();
        Optional<Long> vicvilReason = uisp.suspensionReasons().stream()
                .filter(reason -> config.suspend().reason().equalsIgnoreCase(reason.name()))
                .map(SuspensionReason::id)
                .findFirst();
        List<Site> sites = uisp.sites();
        NmsScope.Selection scope = uisp.onus();

        OnuMarkers markers = OnuMarkers.of(services, attributes.serviceUnitKey(), attributes.serviceOnuOffKey());
        LeaseMemory memory = withUispMarkers(remembered, services, attributes.serviceWelcomedKey(), markers);
        Map<UnitKey, Device> onuByUnit = new HashMap<>();
        scope.onus().forEach(device -> inventory
                .findOnu(
                        device.identification().serialNumber(),
                        device.identification().mac())
                .ifPresent(row -> onuByUnit.putIfAbsent(row.unit(), device)));
        List<Notice> notices = new ArrayList<>();
        Map<UnitKey, Optional<NmsSite>> siteByUnit = endpointSites(sites, notices);
        List<SyncLeasesInput.InventoryUnit> units = inventory.rows().stream()
                .map(row -> inventoryUnit(row, Optional.ofNullable(onuByUnit.get(row.unit())), siteByUnit, memory))
                .toList();
        // ERE's own client for the complex (complex.client_id, the one the complex is billed on) is never a tenant's:
        // it is addressed to the complex, so an email match would otherwise adopt the complex's billing account.
        Optional<Long> complexClient = config.complex().clientId();
        List<SyncLeasesInput.CrmClient> crmClients = clients.stream()
                .filter(client -> !complexClient.equals(Optional.of(client.id())))
                .map(client -> crmClient(client, attributes.clientUnitKey()))
                .toList();
        List<SyncLeasesInput.CrmService> crmServices = services.stream()
                .map(service -> crmService(service, attributes.serviceUnitKey(), vicvilReason))
                .toList();
        SyncLeasesInput input = new SyncLeasesInput(
                units,
                leases,
                crmClients,
                crmServices,
                memory,
                asOf,
                zone(),
                config.email().map(AppConfig.Email::welcomeSince),
                config.defaultPackage().name(),
                config.safety().maxEnds(),
                force,
                onlyUnit,
                config.complex().address());
        Map<Long, List<com.erefiber.vicvil.uisp.crm.model.Contact>> contacts = new HashMap<>();
        clients.forEach(client -> contacts.put(client.id(), client.contacts()));
        notices.addAll(scope.notices());
        notices.removeIf(notice -> onlyUnit.isPresent()
                && notice.unit().isPresent()
                && !notice.unit().equals(onlyUnit));
        return new Snapshot(input, attributes, markers, contacts, notices);
    }

    private ZoneId zone() {
        return config.zone();
    }

    private SyncLeasesInput.InventoryUnit inventoryUnit(
            InventoryRow row, Optional<Device> device, Map<UnitKey, Optional<NmsSite>> sites, LeaseMemory remembered) {
        Optional<SyncLeasesInput.NmsOnu> onu = row.hasOnu()
                ? device.map(found -> new SyncLeasesInput.NmsOnu(
                        found.id(),
                        Optional.ofNullable(found.identification().name()).orElse(""),
                        Boolean.TRUE.equals(found.enabled()),
                        remembered.lastWritesOf(row.unit()).onuDisabledOn().isPresent()))
                : Optional.empty();
        Optional<NmsSite> site = sites.getOrDefault(row.unit(), Optional.empty());
        boolean ambiguous = sites.containsKey(row.unit()) && site.isEmpty();
        return new SyncLeasesInput.InventoryUnit(row.unit(), row.hasOnu(), onu, site.map(NmsSite::id), ambiguous);
    }

    /** The units' endpoint sites under the complex's parent site, matched as rename-onus matches them. */
    private Map<UnitKey, Optional<NmsSite>> endpointSites(List<Site> sites, List<Notice> notices) {
        List<NmsSite> children = EndpointSites.under(config.uisp().parentSiteId(), sites);
        List<UnitKey> keys = inventory.rows().stream().map(InventoryRow::unit).toList();
        return EndpointSites.byUnit(children, keys, UnitIndex.of(keys), notices);
    }

    private static SyncLeasesInput.CrmClient crmClient(Client client, String tagKey) {
        List<Contact> contacts = client.contacts().stream()
                .map(contact -> new Contact(
                        Optional.ofNullable(contact.name()).orElse(""),
                        Optional.ofNullable(contact.email()),
                        Optional.ofNullable(contact.phone())))
                .toList();
        return new SyncLeasesInput.CrmClient(
                client.id(),
                Optional.ofNullable(client.userIdent()),
                contacts,
                Optional.ofNullable(client.street1()),
                Optional.ofNullable(client.street2()),
                client.attribute(tagKey));
    }

    private SyncLeasesInput.CrmService crmService(Service service, String tagKey, Optional<Long> vicvilReason) {
        boolean ours = service.suspensionReasonId() != null
                && vicvilReason
                        .filter(id -> id.equals(service.suspensionReasonId()))
                        .isPresent();
        return new SyncLeasesInput.CrmService(
                service.id(),
                service.clientId(),
                service.status(),
                Attribute.valueOf(service.attributes(), tagKey),
                Optional.ofNullable(service.activeFrom()).map(CrmDates::day),
                ours,
                Optional.ofNullable(service.street1()),
                Optional.ofNullable(service.street2()),
                Optional.ofNullable(service.unmsClientSiteId()));
    }

    /**
     * Adds the markers found on UISP services: welcome emails sent (a lost store never re-sends one; a welcome the
     * store records stays unmarked only while its service lacks the marker) and ONUs vicvil disabled (a lost store
     * still lets vicvil enable them for the next tenant).
     */
    private static LeaseMemory withUispMarkers(
            LeaseMemory remembered, List<Service> services, String welcomedKey, OnuMarkers markers) {
        Set<Long> welcomedServices = new HashSet<>(remembered.welcomedServices());
        Set<String> welcomedLeases = new HashSet<>(remembered.welcomedLeases());
        Map<Long, String> unmarkedWelcomes = new HashMap<>(remembered.unmarkedWelcomes());
        for (Service service : services) {
            Attribute.valueOf(service.attributes(), welcomedKey).ifPresent(lease -> {
                welcomedServices.add(service.id());
                welcomedLeases.add(lease);
                unmarkedWelcomes.remove(service.id());
            });
        }
        return new LeaseMemory(
                remembered.provisioned(),
                remembered.endedByVicvil(),
                welcomedLeases,
                welcomedServices,
                unmarkedWelcomes,
                markers.addedTo(remembered.lastWrites()));
    }
}

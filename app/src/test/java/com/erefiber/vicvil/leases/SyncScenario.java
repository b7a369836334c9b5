package com.erefiber.vicvil.leases;

import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.domain.LastWrites;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.LeaseFixtures;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.leases.SyncLeasesInput.CrmClient;
import com.erefiber.vicvil.leases.SyncLeasesInput.CrmService;
import com.erefiber.vicvil.leases.SyncLeasesInput.InventoryUnit;
import com.erefiber.vicvil.leases.SyncLeasesInput.NmsOnu;
import com.erefiber.vicvil.store.LeaseMemory;
import com.erefiber.vicvil.store.Provisioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A mutable sync-leases input for tests: units with ONUs, leases, UISP clients and services, store memory. */
final class SyncScenario {

    static final int PREPARED = 0;
    static final int ACTIVE = 1;
    static final int ENDED = 2;
    static final int SUSPENDED = 3;

    final List<InventoryUnit> units = new ArrayList<>();
    final List<Lease> leases = new ArrayList<>();
    final List<CrmClient> clients = new ArrayList<>();
    final List<CrmService> services = new ArrayList<>();
    final List<Provisioned> provisioned = new ArrayList<>();
    final Set<Long> endedByVicvil = new HashSet<>();
    final Set<String> welcomedLeases = new HashSet<>();
    final Set<Long> welcomedServices = new HashSet<>();
    final Map<Long, String> unmarkedWelcomes = new HashMap<>();
    final Map<UnitKey, LastWrites> lastWrites = new HashMap<>();
    Optional<LocalDate> welcomeSince = Optional.of(LocalDate.parse("2026-06-01"));
    int maxEnds = 10;
    boolean force;
    Optional<UnitKey> onlyUnit = Optional.empty();
    String complexAddress = "S Harper Street, Nelsonville, OH 45764";

    static String onuId(UnitKey unit) {
        return "onu-" + unit.slug();
    }

    static String siteId(UnitKey unit) {
        return "site-" + unit.slug();
    }

    /** A unit with an installed ONU (enabled or not) and an endpoint site. */
    SyncScenario unit(UnitKey unit, boolean onuEnabled) {
        return unit(unit, onuEnabled, false);
    }

    SyncScenario unit(UnitKey unit, boolean onuEnabled, boolean disabledByVicvil) {
        units.add(new InventoryUnit(
                unit,
                true,
                Optional.of(new NmsOnu(onuId(unit), unit.slug(), onuEnabled, disabledByVicvil)),
                Optional.of(siteId(unit))));
        return this;
    }

    /** A unit whose inventory row has no serial yet. */
    SyncScenario unitWithoutOnu(UnitKey unit) {
        units.add(new InventoryUnit(unit, false, Optional.empty(), Optional.empty()));
        return this;
    }

    SyncScenario lease(Lease lease) {
        leases.add(lease);
        return this;
    }

    /** A vicvil-tagged client of {@code unit} whose userIdent is {@code userIdent}, with the given tenants as contacts. */
    CrmClient taggedClient(long id, UnitKey unit, String userIdent, String... contactTenants) {
        CrmClient client = new CrmClient(
                id,
                Optional.of(userIdent),
                contacts(contactTenants),
                Optional.of(unit.property()),
                Optional.of("Apt " + unit.unit()),
                Optional.of(unit.toString()));
        clients.add(client);
        return client;
    }

    /** A hand-made client: no tag, the given userIdent (may be null), contacts and address. */
    CrmClient handMadeClient(long id, String userIdent, String street1, String street2, String... contactTenants) {
        CrmClient client = new CrmClient(
                id,
                Optional.ofNullable(userIdent),
                contacts(contactTenants),
                Optional.ofNullable(street1),
                Optional.ofNullable(street2),
                Optional.empty());
        clients.add(client);
        return client;
    }

    private static List<Contact> contacts(String... tenantUids) {
        return List.of(tenantUids).stream()
                .map(uid -> Contact.of(LeaseFixtures.tenant(uid)))
                .toList();
    }

    /** The household vicvil set up for {@code unit}: client 10 (userIdent = {@code tenant}) and its service 100 in {@code status}. */
    SyncScenario served(UnitKey unit, String tenant, int status) {
        taggedClient(10, unit, tenant, tenant);
        taggedService(100, 10, unit, status);
        return this;
    }

    /** A vicvil-tagged service of {@code unit}. */
    CrmService taggedService(long id, long clientId, UnitKey unit, int status) {
        return service(new CrmService(
                id,
                clientId,
                status,
                Optional.of(unit.toString()),
                Optional.of(LocalDate.parse("2025-07-01")),
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.of(siteId(unit))));
    }

    /** A service vicvil suspended. */
    CrmService suspendedByVicvil(long id, long clientId, UnitKey unit) {
        return service(new CrmService(
                id,
                clientId,
                SUSPENDED,
                Optional.of(unit.toString()),
                Optional.of(LocalDate.parse("2025-07-01")),
                true,
                Optional.empty(),
                Optional.empty(),
                Optional.of(siteId(unit))));
    }

    /** A hand-made (untagged) service with an optional address. */
    CrmService handMadeService(long id, long clientId, int status, String street1, String street2) {
        return service(new CrmService(
                id,
                clientId,
                status,
                Optional.empty(),
                Optional.of(LocalDate.parse("2024-01-01")),
                false,
                Optional.ofNullable(street1),
                Optional.ofNullable(street2),
                Optional.empty()));
    }

    CrmService service(CrmService service) {
        services.add(service);
        return service;
    }

    SyncScenario remember(UnitKey unit, String leaseUid, long clientId, Long serviceId, boolean adopted) {
        provisioned.add(new Provisioned(unit, leaseUid, clientId, Optional.ofNullable(serviceId), adopted));
        return this;
    }

    SyncLeasesInput input(String asOf) {
        return new SyncLeasesInput(
                units,
                leases,
                clients,
                services,
                new LeaseMemory(
                        provisioned, endedByVicvil, welcomedLeases, welcomedServices, unmarkedWelcomes, lastWrites),
                LeaseFixtures.at(asOf),
                LeaseFixtures.ZONE,
                welcomeSince,
                "500 Mbps",
                maxEnds,
                force,
                onlyUnit,
                complexAddress);
    }

    Plan plan(String asOf) {
        return SyncLeasesPlanner.plan(input(asOf));
    }
}

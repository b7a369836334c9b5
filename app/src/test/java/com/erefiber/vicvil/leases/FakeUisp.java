package com.erefiber.vicvil.leases;

import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.core.world.OnuSwitch;
import com.erefiber.vicvil.core.world.SiteActions;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.leases.SyncLeasesInput.CrmClient;
import com.erefiber.vicvil.leases.SyncLeasesInput.CrmService;
import com.erefiber.vicvil.leases.SyncLeasesInput.InventoryUnit;
import com.erefiber.vicvil.leases.SyncLeasesInput.NmsOnu;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a plan to a {@link SyncScenario} the way the apply step and UISP would (new ids, tags, statuses,
 * store entries), so that a test can plan again on the result.
 */
final class FakeUisp {

    private long nextId = 10_000;

    void apply(Plan plan, SyncScenario scenario, LocalDate today) {
        Map<String, Long> createdClients = new HashMap<>();
        Map<String, Long> createdServices = new HashMap<>();
        for (PlannedAction action : plan.actions()) {
            UnitKey unit = action.unit();
            if (action instanceof LeaseActions.CreateClient create) {
                long id = nextId++;
                createdClients.put(create.leaseUid(), id);
                scenario.clients.add(new CrmClient(
                        id,
                        Optional.of(create.userIdent()),
                        create.contacts(),
                        Optional.of(create.street1()),
                        Optional.of(create.street2()),
                        Optional.of(unit.toString())));
                scenario.remember(unit, create.leaseUid(), id, null, false);
            } else if (action instanceof LeaseActions.AdoptClient adopt) {
                CrmClient old = client(scenario, adopt.clientId());
                scenario.clients.set(
                        scenario.clients.indexOf(old),
                        new CrmClient(
                                old.id(),
                                adopt.setUserIdent().or(old::userIdent),
                                old.contacts(),
                                old.street1(),
                                old.street2(),
                                Optional.of(unit.toString())));
            } else if (action instanceof LeaseActions.UpdateContacts update) {
                CrmClient old = client(scenario, update.clientId());
                List<Contact> contacts = new java.util.ArrayList<>(old.contacts());
                contacts.addAll(update.add());
                scenario.clients.set(
                        scenario.clients.indexOf(old),
                        new CrmClient(old.id(), old.userIdent(), contacts, old.street1(), old.street2(), old.tag()));
            } else if (action instanceof LeaseActions.CreateService create) {
                long id = nextId++;
                long clientId = create.client()
                        .existingId()
                        .orElseGet(() -> createdClients.get(create.client().leaseUid()));
                createdServices.put(create.leaseUid(), id);
                int status = create.activeFrom().isAfter(today) ? SyncScenario.PREPARED : SyncScenario.ACTIVE;
                scenario.services.add(new CrmService(
                        id,
                        clientId,
                        status,
                        Optional.of(unit.toString()),
                        Optional.of(create.activeFrom()),
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        create.site().map(site -> site.existingId().orElseGet(() -> SyncScenario.siteId(unit)))));
                scenario.remember(unit, create.leaseUid(), clientId, id, false);
            } else if (action instanceof LeaseActions.AdoptService adopt) {
                CrmService old = service(scenario, adopt.serviceId());
                scenario.services.set(
                        scenario.services.indexOf(old),
                        new CrmService(
                                old.id(),
                                old.clientId(),
                                old.statusCode(),
                                Optional.of(unit.toString()),
                                old.activeFrom(),
                                old.suspendedByVicvil(),
                                old.street1(),
                                old.street2(),
                                old.siteId()));
                scenario.remember(unit, adopt.leaseUid(), adopt.clientId(), adopt.serviceId(), true);
            } else if (action instanceof LeaseActions.EndService end) {
                CrmService old = service(scenario, end.serviceId());
                scenario.services.set(
                        scenario.services.indexOf(old),
                        new CrmService(
                                old.id(),
                                old.clientId(),
                                SyncScenario.ENDED,
                                old.tag(),
                                old.activeFrom(),
                                false,
                                old.street1(),
                                old.street2(),
                                old.siteId()));
                scenario.endedByVicvil.add(old.id());
            } else if (action instanceof SiteActions.BindServiceSite bind) {
                CrmService old = service(scenario, bind.serviceId());
                scenario.services.set(
                        scenario.services.indexOf(old),
                        new CrmService(
                                old.id(),
                                old.clientId(),
                                old.statusCode(),
                                old.tag(),
                                old.activeFrom(),
                                old.suspendedByVicvil(),
                                old.street1(),
                                old.street2(),
                                bind.site().existingId()));
            } else if (action instanceof SiteActions.CreateSite) {
                InventoryUnit old = scenario.units.stream()
                        .filter(each -> each.unit().equals(unit))
                        .findFirst()
                        .orElseThrow();
                scenario.units.set(
                        scenario.units.indexOf(old),
                        new InventoryUnit(unit, old.onuInstalled(), old.onu(), Optional.of(SyncScenario.siteId(unit))));
            } else if (action instanceof OnuSwitch set) {
                InventoryUnit old = scenario.units.stream()
                        .filter(each -> each.unit().equals(unit))
                        .findFirst()
                        .orElseThrow();
                NmsOnu onu = old.onu().orElseThrow();
                scenario.units.set(
                        scenario.units.indexOf(old),
                        new InventoryUnit(
                                unit,
                                true,
                                Optional.of(new NmsOnu(onu.id(), onu.name(), set.enabled(), !set.enabled())),
                                old.siteId()));
            } else if (action instanceof LeaseActions.SendWelcome welcome) {
                scenario.welcomedLeases.add(welcome.lease().uid());
                welcome.service()
                        .existingId()
                        .or(() -> Optional.ofNullable(
                                createdServices.get(welcome.service().leaseUid())))
                        .ifPresent(scenario.welcomedServices::add);
            } else if (action instanceof LeaseActions.MarkWelcomed mark) {
                scenario.unmarkedWelcomes.remove(mark.serviceId());
            } else {
                throw new IllegalArgumentException("sync-leases does not plan " + action.kind());
            }
        }
    }

    private static CrmClient client(SyncScenario scenario, long id) {
        return scenario.clients.stream()
                .filter(client -> client.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static CrmService service(SyncScenario scenario, long id) {
        return scenario.services.stream()
                .filter(service -> service.id() == id)
                .findFirst()
                .orElseThrow();
    }
}

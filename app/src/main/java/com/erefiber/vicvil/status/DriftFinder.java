package com.erefiber.vicvil.status;

import com.erefiber.vicvil.core.world.UnitPicture;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Occupancy;
import com.erefiber.vicvil.domain.ServiceStatus;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.nms.model.Device;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Compares each unit's lease with its CRM services and its ONU in NMS (a pure function of the {@link UnitPicture}s)
 * and names, for each mismatch, what fixes it: the vicvil command that would, or hand work in UISP where vicvil
 * deliberately leaves things alone (a hand suspension, a service ended by hand).
 */
public final class DriftFinder {
    private static final String BY_HAND = "by hand in UISP";

    private DriftFinder() {}

    /** Every mismatch, by class, then unit. */
    public static List<Drift> find(List<UnitPicture> units) {
        List<Drift> found = new ArrayList<>();
        for (UnitPicture unit : units) {
            service(unit, found);
            onu(unit, found);
            unit.services().stream()
                    .filter(unit::suspendedByHand)
                    .forEach(service -> found.add(new Drift(
                            Drift.Kind.SUSPENDED_BY_HAND,
                            unit.unit(),
                            "service " + service.id() + " is suspended with a reason that is not vicvil's",
                            BY_HAND + ": lift it, or keep it on purpose (vicvil never lifts a suspension it did not"
                                    + " make)")));
        }
        found.sort(Comparator.comparing(Drift::kind).thenComparing(Drift::unit));
        return List.copyOf(found);
    }

    private static void service(UnitPicture unit, List<Drift> found) {
        Occupancy occupancy = unit.occupancy();
        String syncUnit = "vicvil sync-leases --unit \"" + unit.unit() + "\"";
        if (occupancy.current().isPresent()) {
            Lease lease = occupancy.current().orElseThrow();
            if (unit.liveService().isPresent()) {
                return;
            }
            Optional<Service> endedOwn = unit.services().stream()
                    .filter(service -> UnitPicture.status(service) == ServiceStatus.ENDED)
                    .filter(service ->
                            occupancy.renewalChain(lease).stream().anyMatch(chained -> unit.serves(service, chained)))
                    .findFirst();
            found.add(endedOwn.map(service -> new Drift(
                            Drift.Kind.OCCUPIED_WITHOUT_SERVICE,
                            unit.unit(),
                            "lease " + lease.uid() + " is current but its service " + service.id() + " is ended",
                            BY_HAND + ": reactivate the service, or end the lease in Innago (vicvil never recreates"
                                    + " a service ended outside it)"))
                    .orElseGet(() -> new Drift(
                            Drift.Kind.OCCUPIED_WITHOUT_SERVICE,
                            unit.unit(),
                            "lease " + lease.uid() + " is current since " + lease.start() + " but has no service",
                            syncUnit)));
            return;
        }
        if (occupancy.inRenewalGap() || occupancy.endBlocked()) {
            return; // vicvil keeps the service on purpose then (DESIGN §2)
        }
        unit.services().stream()
                .filter(service -> {
                    ServiceStatus status = UnitPicture.status(service);
                    return status == ServiceStatus.ACTIVE || status == ServiceStatus.SUSPENDED;
                })
                .forEach(service -> found.add(new Drift(
                        Drift.Kind.VACANT_BUT_ACTIVE,
                        unit.unit(),
                        "no current lease"
                                + occupancy
                                        .vacantSince()
                                        .map(day -> " (vacant since " + day + ")")
                                        .orElse("")
                                + " but service " + service.id() + " is "
                                + UnitPicture.status(service).name().toLowerCase(java.util.Locale.ROOT),
                        unit.suspendedByHand(service)
                                ? BY_HAND + ": end the service (suspended by hand, so vicvil leaves it alone)"
                                : syncUnit)));
    }

    private static void onu(UnitPicture unit, List<Drift> found) {
        if (!unit.onuExpected()) {
            return;
        }
        if (unit.onu().isEmpty()) {
            found.add(new Drift(
                    Drift.Kind.ONU_NOT_IN_SITE,
                    unit.unit(),
                    "the inventory's ONU is not in the complex's part of NMS",
                    BY_HAND + ": check the inventory row's serial and MAC against NMS (vicvil doctor)"));
            return;
        }
        Device onu = unit.onu().orElseThrow();
        String name = Optional.ofNullable(onu.identification().name()).orElse("");
        if (!name.equals(unit.onuName())) {
            found.add(new Drift(
                    Drift.Kind.ONU_NOT_NAMED,
                    unit.unit(),
                    "ONU " + onu.id() + " is named '" + name + "', not '" + unit.onuName() + "'",
                    "vicvil rename-onus"));
        }
        boolean inSite = unit.site()
                .filter(site -> onu.siteId().filter(site.id()::equals).isPresent())
                .isPresent();
        if (!inSite) {
            found.add(new Drift(
                    Drift.Kind.ONU_NOT_IN_SITE,
                    unit.unit(),
                    "ONU " + onu.id() + " is "
                            + onu.siteId().map(site -> "in site " + site).orElse("unassigned")
                            + unit.site()
                                    .map(site -> ", not in '" + site.name() + "'")
                                    .orElse(", and the unit has no endpoint site"),
                    "vicvil rename-onus"));
        }
    }
}

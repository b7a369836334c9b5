package com.erefiber.vicvil.billing;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.world.Buildings;
import com.erefiber.vicvil.core.world.LeaseReader;
import com.erefiber.vicvil.core.world.UispReads;
import com.erefiber.vicvil.core.world.UispReads.Read;
import com.erefiber.vicvil.core.world.UnitLeases;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.Provisioned;
import com.erefiber.vicvil.uisp.crm.CrmDates;
import com.erefiber.vicvil.uisp.crm.model.Service;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The read step of billing: the leases of the buildings in scope (Innago lists expired leases too, so a past month can
 * be recomputed) and UISP's services tagged with a unit (the package each was on), two bulk reads.
 */
public final class BillingReader {
    private final AppConfig config;
    private final Inventory inventory;
    private final LeaseReader leaseReader;
    private final UispReads uisp;

    public BillingReader(AppConfig config, Inventory inventory, LeaseReader leaseReader, UispReads uisp) {
        this.config = config;
        this.inventory = inventory;
        this.leaseReader = leaseReader;
        this.uisp = uisp;
    }

    /** Reads what the month's bill needs, counting through {@code countThrough}. */
    public BillingInput read(YearMonth month, LocalDate countThrough, Collection<Provisioned> known) {
        uisp.prefetch(EnumSet.of(Read.ATTRIBUTES, Read.SERVICES));
        List<Lease> leases = UnitLeases.read(leaseReader, config, inventory, known);
        String tagKey = uisp.attributes().serviceUnitKey();
        List<UnitPackage> services = uisp.services().stream()
                .filter(service -> service.status() != Service.QUOTED)
                .flatMap(service -> unitPackage(service, tagKey).stream())
                .toList();
        return new BillingInput(
                month, countThrough, config.billing().countRule(), units(), leases, services, config.packages());
    }

    /** The denominator: the inventory's units in the buildings in scope. */
    private List<UnitKey> units() {
        Set<String> buildings = Buildings.inScope(config, inventory).stream()
                .map(UnitKey::slugOf)
                .collect(Collectors.toSet());
        return inventory.rows().stream()
                .map(InventoryRow::unit)
                .filter(unit -> buildings.contains(unit.propertySlug()))
                .toList();
    }

    /** A service vicvil tagged with an inventory unit, as the package its plan is (by plan name or id). */
    private Optional<UnitPackage> unitPackage(Service service, String tagKey) {
        Optional<UnitKey> unit = service.attribute(tagKey).flatMap(this::inventoryUnit);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        String plan = Optional.ofNullable(service.servicePlanName()).orElse("");
        String packageName = config.packages().stream()
                .filter(pack -> pack.uispPlan().equalsIgnoreCase(plan.strip())
                        || pack.uispPlan().equals(String.valueOf(service.servicePlanId())))
                .map(AppConfig.Package::name)
                .findFirst()
                .orElse(plan.isBlank() ? "plan " + service.servicePlanId() : plan);
        return Optional.of(new UnitPackage(
                unit.get(),
                packageName,
                Optional.ofNullable(service.activeFrom()).map(CrmDates::day),
                Optional.ofNullable(service.activeTo()).map(CrmDates::day)));
    }

    private Optional<UnitKey> inventoryUnit(String tag) {
        try {
            return inventory.find(UnitKey.fromCanonical(tag)).map(InventoryRow::unit);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a tag someone edited by hand: not a unit of this complex
        }
    }
}

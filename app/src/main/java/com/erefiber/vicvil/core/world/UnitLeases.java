package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Tenant;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.Provisioned;
import java.util.Collection;
import java.util.List;

/**
 * The complex's leases as the jobs plan from them: read in bulk ({@link LeaseReader}) and put on their inventory
 * units. A lease whose unit no inventory row names keeps Innago's names, so a job can report it (a renamed unit is
 * no vacancy).
 */
public final class UnitLeases {
    private UnitLeases() {}

    /** Reads the leases of the buildings in scope; a building whose {@code known} leases the owner's list lacks is read on its own. */
    public static List<Lease> read(
            LeaseReader reader, AppConfig config, Inventory inventory, Collection<Provisioned> known) {
        LeaseReader.Result result = reader.read(Buildings.inScope(config, inventory), known);
        return map(result.leases(), inventory);
    }

    /** Innago's leases on their inventory units. */
    public static List<Lease> map(List<com.erefiber.vicvil.innago.model.Lease> leases, Inventory inventory) {
        return leases.stream().map(lease -> map(lease, inventory)).toList();
    }

    private static Lease map(com.erefiber.vicvil.innago.model.Lease lease, Inventory inventory) {
        UnitKey named =
                new UnitKey(lease.propertyName(), lease.propertyUnitName().isBlank() ? "?" : lease.propertyUnitName());
        UnitKey unit = inventory.find(named).map(InventoryRow::unit).orElse(named);
        List<Tenant> tenants = lease.tenants().stream()
                .map(tenant -> new Tenant(
                        tenant.tenantUid(), tenant.firstName(), tenant.lastName(), tenant.email(), tenant.phone()))
                .toList();
        return new Lease(
                lease.leaseUid(),
                unit,
                lease.startDate(),
                lease.endDate(),
                lease.activeLease(),
                tenants,
                lease.dueOn().orElse(1));
    }
}

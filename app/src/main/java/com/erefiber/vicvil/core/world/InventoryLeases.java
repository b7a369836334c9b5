package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Tenant;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.innago.InnagoClient;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.Provisioned;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The leases of the buildings in scope ({@link LeaseReader}: in bulk), each on its inventory unit; a lease whose
 * unit no inventory row names keeps Innago's names, so that a job reports it rather than guessing a unit.
 */
public final class InventoryLeases {
    private InventoryLeases() {}

    /** Reads the leases; {@code known} are the leases vicvil provisioned (see {@link LeaseReader#read}). */
    public static List<Lease> read(
            AppConfig config, Inventory inventory, InnagoClient innago, Collection<Provisioned> known) {
        LeaseReader.Result result = new LeaseReader(innago).read(Buildings.inScope(config, inventory), known);
        List<Lease> mapped = new ArrayList<>();
        for (com.erefiber.vicvil.innago.model.Lease lease : result.leases()) {
            UnitKey named = new UnitKey(
                    lease.propertyName(), lease.propertyUnitName().isBlank() ? "?" : lease.propertyUnitName());
            UnitKey unit = inventory.find(named).map(InventoryRow::unit).orElse(named);
            List<Tenant> tenants = lease.tenants().stream()
                    .map(tenant -> new Tenant(
                            tenant.tenantUid(), tenant.firstName(), tenant.lastName(), tenant.email(), tenant.phone()))
                    .toList();
            mapped.add(new Lease(
                    lease.leaseUid(),
                    unit,
                    lease.startDate(),
                    lease.endDate(),
                    lease.activeLease(),
                    tenants,
                    lease.dueOn().orElse(1)));
        }
        return mapped;
    }
}

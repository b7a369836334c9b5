package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Tenant;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.innago.InnagoClient;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.Provisioned;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The complex's leases as every job plans from them: read in bulk by {@link LeaseReader}, each put on its inventory
 * unit (Innago's property and unit names, through the inventory's aliases); a lease whose unit no row names keeps
 * Innago's names, so a planner can report it and hold that building's cuts (a renamed unit is no vacancy). The
 * rent amounts Innago states ride alongside (the domain lease has no money in it).
 */
public record ComplexLeases(List<Lease> leases, Map<String, BigDecimal> rentByLease) {

    public ComplexLeases {
        leases = List.copyOf(leases);
        rentByLease = Map.copyOf(rentByLease);
    }

    /** Reads the leases of the configured buildings; {@code provisioned}: what the store knows vicvil set up. */
    public static ComplexLeases read(
            InnagoClient innago, AppConfig config, Inventory inventory, List<Provisioned> provisioned) {
        LeaseReader.Result result = new LeaseReader(innago).read(Buildings.inScope(config, inventory), provisioned);
        List<Lease> mapped = new ArrayList<>();
        Map<String, BigDecimal> rent = new HashMap<>();
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
            lease.rentAmount().ifPresent(amount -> rent.put(lease.leaseUid(), amount));
        }
        return new ComplexLeases(mapped, rent);
    }
}

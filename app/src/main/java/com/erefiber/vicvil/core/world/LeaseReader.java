package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.core.Lazy;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.innago.InnagoClient;
import com.erefiber.vicvil.innago.model.Lease;
import com.erefiber.vicvil.innago.model.Property;
import com.erefiber.vicvil.store.Provisioned;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the leases of the complex's buildings in bulk (DESIGN §3). {@code GET /v1/leases} without a
 * property should list all of the owner's leases, but that is not confirmed live: the owner's list is
 * used for every building it covers, and only the buildings missing from it are read one property at a time.
 * A building is covered only when the owner's list has leases of it and every lease vicvil provisioned
 * there (the store's record): one lease of a building says nothing about the others.
 *
 * <p>The owner's list is read once per reader, on first use: the run's context hands every job the same reader
 * until something is written, so the jobs of one {@code vicvil cycle} share that read (vicvil never writes leases).
 */
public final class LeaseReader {
    private final InnagoClient innago;
    private final Lazy<List<Lease>> ownerList;

    public LeaseReader(InnagoClient innago) {
        this.innago = innago;
        this.ownerList = Lazy.of(innago::leases);
    }

    /** Starts reading the owner's list in the background, for a job that will need it ({@link ReadAhead}). */
    public void readAhead() {
        Lazy.startAll("leases", 1, List.of(ownerList));
    }

    /** The leases read, and which buildings needed a call of their own. */
    public record Result(List<Lease> leases, List<String> readPerBuilding) {
        /** True when the owner's list alone covered every building. */
        public boolean ownerListSufficed() {
            return readPerBuilding.isEmpty();
        }
    }

    /** Reads the leases of {@code buildings} (Innago property names, or property uids), knowing none of them yet. */
    public Result read(Collection<String> buildings) {
        return read(buildings, List.of());
    }

    /**
     * Reads the leases of {@code buildings} (Innago property names, or property uids); a building whose
     * {@code known} leases the owner's list lacks is read on its own.
     */
    public Result read(Collection<String> buildings, Collection<Provisioned> known) {
        List<Lease> listed = ownerList.get();
        Set<String> listedUids = listed.stream().map(Lease::leaseUid).collect(Collectors.toSet());
        Set<String> covered = listed.stream()
                .map(lease -> UnitKey.slugOf(lease.propertyName()))
                .collect(Collectors.toCollection(HashSet::new));
        known.stream()
                .filter(entry -> !listedUids.contains(entry.leaseUid()))
                .forEach(entry -> covered.remove(entry.unit().propertySlug()));
        List<String> missing = buildings.stream()
                .filter(building -> !covered.contains(UnitKey.slugOf(building)))
                .toList();
        Map<String, Lease> byUid = new LinkedHashMap<>();
        listed.stream().filter(lease -> inScope(lease, buildings)).forEach(lease -> byUid.put(lease.leaseUid(), lease));
        if (!missing.isEmpty()) {
            List<Property> properties = innago.properties();
            for (String building : missing) {
                Property property = find(properties, building)
                        .orElseThrow(() -> new VicvilException(
                                ExitCodes.CONFIG,
                                "Innago has no property named \"" + building
                                        + "\" (check the inventory's property column,"
                                        + " inventory.aliases or innago.properties)"));
                for (Lease lease : innago.leases(property.propertyUid())) {
                    byUid.putIfAbsent(lease.leaseUid(), withProperty(lease, property.name()));
                }
            }
        }
        return new Result(new ArrayList<>(byUid.values()), missing);
    }

    private static boolean inScope(Lease lease, Collection<String> buildings) {
        String slug = UnitKey.slugOf(lease.propertyName());
        return buildings.stream().anyMatch(building -> UnitKey.slugOf(building).equals(slug));
    }

    private static Optional<Property> find(List<Property> properties, String building) {
        return properties.stream()
                .filter(property -> property.propertyUid().equalsIgnoreCase(building)
                        || UnitKey.slugOf(property.name()).equals(UnitKey.slugOf(building)))
                .findFirst();
    }

    /** A lease read by property may lack the property name (none is promised); it is the property asked for. */
    private static Lease withProperty(Lease lease, String propertyName) {
        if (!lease.propertyName().isBlank()) {
            return lease;
        }
        return new Lease(
                lease.leaseUid(),
                lease.startDate(),
                lease.endDate(),
                propertyName,
                lease.propertyAddress(),
                lease.propertyUnitName(),
                lease.rentAmount(),
                lease.depositAmount(),
                lease.dueOn(),
                lease.paymentFrequency(),
                lease.activeLease(),
                lease.expiredLease(),
                lease.expiringLease(),
                lease.futureLease(),
                lease.listingArchived(),
                lease.noOfTenants(),
                lease.tenants());
    }
}

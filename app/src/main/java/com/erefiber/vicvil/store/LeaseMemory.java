package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.LastWrites;
import com.erefiber.vicvil.domain.UnitKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the store remembers for sync-leases (and later check-rent), as a job plans from it. {@code provisioned}: which client and service vicvil set up (created, or
 * adopted) for which lease. {@code endedByVicvil}: services vicvil ended. {@code welcomedLeases} /
 * {@code welcomedServices}: welcome emails already sent (or given up on). {@code unmarkedWelcomes}: the
 * welcomes the store records whose service lacks its UISP marker (service id → lease uid; as loaded from the
 * store all of them, until the reader has seen the markers). {@code lastWrites}: per unit.
 */
public record LeaseMemory(
        List<Provisioned> provisioned,
        Set<Long> endedByVicvil,
        Set<String> welcomedLeases,
        Set<Long> welcomedServices,
        Map<Long, String> unmarkedWelcomes,
        Map<UnitKey, LastWrites> lastWrites) {

    /** A lost or new store. */
    public static final LeaseMemory EMPTY =
            new LeaseMemory(List.of(), Set.of(), Set.of(), Set.of(), Map.of(), Map.of());

    public LeaseMemory {
        provisioned = List.copyOf(provisioned);
        endedByVicvil = Set.copyOf(endedByVicvil);
        welcomedLeases = Set.copyOf(welcomedLeases);
        welcomedServices = Set.copyOf(welcomedServices);
        unmarkedWelcomes = Map.copyOf(unmarkedWelcomes);
        lastWrites = Map.copyOf(lastWrites);
    }

    /** What vicvil last wrote for {@code unit}. */
    public LastWrites lastWritesOf(UnitKey unit) {
        return lastWrites.getOrDefault(unit, LastWrites.NONE);
    }
}

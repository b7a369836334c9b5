package com.erefiber.vicvil.core.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ids of the objects one unit's earlier actions created in this run, so that a later action of the same
 * unit can refer to them (a service for the client just made, an ONU authorized into the site just made).
 * One instance per unit; a unit's actions run on one thread.
 */
public final class CreatedIds {
    private final Map<String, Long> clientsByLease = new HashMap<>();
    private final Map<String, Long> servicesByLease = new HashMap<>();
    private String site;

    public void client(String leaseUid, long id) {
        clientsByLease.put(leaseUid, id);
    }

    public void service(String leaseUid, long id) {
        servicesByLease.put(leaseUid, id);
    }

    /** The newest service made for this unit in this run, if any. */
    public Optional<Long> latestService() {
        return servicesByLease.values().stream().max(Long::compare);
    }

    public void site(String id) {
        site = id;
    }

    /** The client an action refers to: the existing one, or the one made for its lease in this run. */
    public long resolve(ClientRef ref) {
        return ref.existingId()
                .or(() -> Optional.ofNullable(clientsByLease.get(ref.leaseUid())))
                .orElseThrow(() -> new IllegalStateException("no client was created for lease " + ref.leaseUid()));
    }

    /** The service an action refers to: the existing one, or the one made for its lease in this run. */
    public long resolve(ServiceRef ref) {
        return ref.existingId()
                .or(() -> Optional.ofNullable(servicesByLease.get(ref.leaseUid())))
                .orElseThrow(() -> new IllegalStateException("no service was created for lease " + ref.leaseUid()));
    }

    /** The site an action refers to: the existing one, or the one made for the unit in this run. */
    public String resolve(SiteRef ref) {
        return ref.existingId()
                .or(() -> Optional.ofNullable(site))
                .orElseThrow(() -> new IllegalStateException("no site was created for this unit"));
    }
}

package com.erefiber.vicvil.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a vicvil-tagged UISP client serves a lease's household (DESIGN §2), one rule for every job: the store
 * remembers provisioning it for the lease or a lease it renews; else its {@code userIdent} is a tenant of one of
 * them (a {@code userIdent} naming a tenant of another lease of the unit rules it out); else, for a client adopted
 * with someone else's {@code userIdent}, a contact email that is a tenant's.
 */
public final class Household {

    private Household() {}

    /**
     * @param remembered    the store records this client for a lease of {@code renewed}
     * @param userIdent     the client's {@code userIdent} (a tenant uid for the clients vicvil made)
     * @param contactEmails the client's contact emails
     * @param renewed       the lease and the leases it renews ({@link Occupancy#renewalChain})
     * @param unitLeases    every lease of the unit
     */
    public static boolean serves(
            boolean remembered,
            Optional<String> userIdent,
            Set<String> contactEmails,
            List<Lease> renewed,
            List<Lease> unitLeases) {
        if (remembered) {
            return true;
        }
        if (userIdent.isPresent()) {
            String ident = userIdent.get();
            if (renewed.stream().anyMatch(lease -> lease.hasTenant(ident))) {
                return true;
            }
            if (unitLeases.stream().anyMatch(lease -> lease.hasTenant(ident))) {
                return false;
            }
        }
        return sharesEmail(contactEmails, renewed);
    }

    /** Whether one of the emails is a tenant email of one of the leases (case-insensitive). */
    public static boolean sharesEmail(Set<String> contactEmails, List<Lease> leases) {
        Set<String> emails = contactEmails.stream()
                .map(email -> email.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return leases.stream()
                .flatMap(lease -> lease.tenants().stream())
                .flatMap(tenant -> tenant.email().stream())
                .anyMatch(email -> emails.contains(email.toLowerCase(Locale.ROOT)));
    }
}

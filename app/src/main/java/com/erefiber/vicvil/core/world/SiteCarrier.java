package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.domain.ServiceStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a unit's vicvil services its endpoint site carries: one rule for rename-onus and sync-leases, so that
 * neither job moves what the other placed and one cron cycle converges (DESIGN §3). The site carries the newest
 * running (active or suspended) service: the household living there now (a new household's service is newer than
 * the old one's, a lease that won an overlap has the newer service). A prepared service, made for a lease still
 * to come, takes the site when the lease starts and UISP turns it active; a service a plan is about to create
 * counts as the newest.
 */
public final class SiteCarrier {
    private SiteCarrier() {}

    /** One service: what it refers to, its status, and its UISP id (empty while it is still to be created). */
    public record Candidate<T>(T ref, ServiceStatus status, Optional<Long> id) {}

    /** The service the unit's site carries, if any of {@code candidates} is running. */
    public static <T> Optional<T> choose(List<Candidate<T>> candidates) {
        return candidates.stream()
                .filter(candidate ->
                        candidate.status() == ServiceStatus.ACTIVE || candidate.status() == ServiceStatus.SUSPENDED)
                .max(Comparator.comparing(candidate -> candidate.id().orElse(Long.MAX_VALUE)))
                .map(Candidate::ref);
    }
}

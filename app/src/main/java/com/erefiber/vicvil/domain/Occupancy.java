package com.erefiber.vicvil.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who lives in one unit at one instant, from the unit's leases (DESIGN §2). Dates are whole days in the
 * property's time zone: a lease is current from 00:00 of its start day through 23:59:59 of its end day.
 * <ul>
 *   <li>current: start ≤ today ≤ end (or no end); a lease past its end that Innago still flags active is a
 *       holdover and stays current (reported as drift: the flag and the dates disagree);</li>
 *   <li>several current leases (overlap): the latest start wins, then the latest end, then the uid;
 *       the others are listed as {@link #overlapping()} and reported;</li>
 *   <li>future: starts after today, earliest first;</li>
 *   <li>renewal: a lease sharing at least one tenant with its predecessor (the lease that started just
 *       before it in the same unit).</li>
 * </ul>
 */
public final class Occupancy {

    /** Lease order within a unit: by start day, then uid, so that the predecessor of a lease is well defined. */
    private static final Comparator<Lease> BY_START =
            Comparator.comparing(Lease::start).thenComparing(Lease::uid);

    /** Which of several current leases wins: latest start, then latest end (open-ended last), then uid. */
    private static final Comparator<Lease> WINNER_LAST = Comparator.comparing(Lease::start)
            .thenComparing(lease -> lease.end().orElse(LocalDate.MAX))
            .thenComparing(Lease::uid);

    private final UnitKey unit;
    private final LocalDate today;
    private final List<Lease> leases;
    private final Optional<Lease> current;
    private final List<Lease> overlapping;
    private final List<Lease> future;
    private final List<Notice> notices;

    private Occupancy(
            UnitKey unit,
            LocalDate today,
            List<Lease> leases,
            Optional<Lease> current,
            List<Lease> overlapping,
            List<Lease> future,
            List<Notice> notices) {
        this.unit = unit;
        this.today = today;
        this.leases = leases;
        this.current = current;
        this.overlapping = overlapping;
        this.future = future;
        this.notices = notices;
    }

    /**
     * Evaluates a unit's leases at an instant. {@code at} must already be in the property's time zone (its
     * local date is "today"). Every lease must belong to {@code unit}.
     */
    public static Occupancy at(UnitKey unit, Collection<Lease> unitLeases, ZonedDateTime at) {
        Objects.requireNonNull(unit, "unit");
        LocalDate today = at.toLocalDate();
        for (Lease lease : unitLeases) {
            if (!lease.unit().equals(unit)) {
                throw new IllegalArgumentException(
                        "lease " + lease.uid() + " is for " + lease.unit() + ", not " + unit);
            }
        }
        // A lease listed twice (Innago pages can shift while we read them) counts once.
        List<Lease> sorted = unitLeases.stream()
                .collect(Collectors.toMap(Lease::uid, lease -> lease, (first, again) -> first))
                .values()
                .stream()
                .sorted(BY_START)
                .toList();
        List<Notice> notices = new ArrayList<>();
        List<Lease> currentLeases = new ArrayList<>();
        List<Lease> future = new ArrayList<>();
        for (Lease lease : sorted) {
            if (lease.start().isAfter(today)) {
                future.add(lease);
                if (lease.activeFlag()) {
                    notices.add(Notice.drift(
                            unit,
                            "Innago marks lease " + lease.uid() + " active but it starts on " + lease.start()
                                    + "; not served before then, and nothing is ended meanwhile"));
                }
            } else if (lease.coversByDates(today)) {
                currentLeases.add(lease);
                if (!lease.activeFlag()) {
                    notices.add(Notice.drift(
                            unit,
                            "Innago marks lease " + lease.uid() + " inactive although its dates ("
                                    + lease.start() + " to "
                                    + lease.end().map(LocalDate::toString).orElse("open") + ") cover "
                                    + today + "; still served"));
                }
            } else if (lease.activeFlag()) {
                currentLeases.add(lease);
                notices.add(Notice.drift(
                        unit,
                        "holdover: lease " + lease.uid() + " ended on "
                                + lease.end().orElseThrow() + " but Innago still marks it active; still served"));
            }
        }
        Optional<Lease> winner = currentLeases.stream().max(WINNER_LAST);
        List<Lease> overlapping = currentLeases.stream()
                .filter(lease -> !lease.equals(winner.orElseThrow()))
                .sorted(BY_START)
                .toList();
        if (!overlapping.isEmpty()) {
            notices.add(Notice.drift(
                    unit,
                    "overlapping current leases " + uids(currentLeases) + "; serving the latest, "
                            + winner.orElseThrow().uid() + "; the others' services are kept"));
        }
        return new Occupancy(unit, today, sorted, winner, overlapping, List.copyOf(future), List.copyOf(notices));
    }

    private static String uids(List<Lease> leases) {
        return leases.stream().map(Lease::uid).collect(Collectors.joining(", "));
    }

    public UnitKey unit() {
        return unit;
    }

    /** The day (in the property's time zone) the occupancy was evaluated for. */
    public LocalDate today() {
        return today;
    }

    /** All the unit's leases, by start day. */
    public List<Lease> leases() {
        return leases;
    }

    /** The lease that is served now; empty when the unit is vacant. */
    public Optional<Lease> current() {
        return current;
    }

    /** Other leases that are current too (an overlap in Innago's data); never served, never ended. */
    public List<Lease> overlapping() {
        return overlapping;
    }

    /** Leases that start after today, earliest first. */
    public List<Lease> future() {
        return future;
    }

    /** The earliest future lease. */
    public Optional<Lease> next() {
        return future.stream().findFirst();
    }

    public boolean isVacant() {
        return current.isEmpty();
    }

    /** Findings about the leases themselves (holdover, inactive flag, overlap, active-flagged future lease). */
    public List<Notice> notices() {
        return notices;
    }

    /**
     * Whether ending service is unsafe although no lease is current: a future lease is flagged active, so
     * Innago's flag and its dates disagree (DESIGN §2: never end service then, report drift).
     */
    public boolean endBlocked() {
        return isVacant() && future.stream().anyMatch(Lease::activeFlag);
    }

    /** The lease that started just before {@code lease} in this unit (start day, then uid). */
    public Optional<Lease> predecessorOf(Lease lease) {
        int index = leases.indexOf(lease);
        if (index < 0) {
            throw new IllegalArgumentException("lease " + lease.uid() + " is not one of " + unit + "'s leases");
        }
        return index == 0 ? Optional.empty() : Optional.of(leases.get(index - 1));
    }

    /** Whether {@code lease} renews its predecessor: they share at least one tenant. */
    public boolean isRenewal(Lease lease) {
        return predecessorOf(lease).map(lease::sharesTenantWith).orElse(false);
    }

    /**
     * The lease and the leases it renews, newest first: {@code lease}, its predecessor if it is a renewal of
     * it, that one's predecessor if it renews it, and so on. A client or service made for any of them serves
     * {@code lease} too.
     */
    public List<Lease> renewalChain(Lease lease) {
        List<Lease> chain = new ArrayList<>();
        Lease link = lease;
        chain.add(link);
        while (isRenewal(link)) {
            link = predecessorOf(link).orElseThrow();
            chain.add(link);
        }
        return List.copyOf(chain);
    }

    /** Whether the unit is vacant between a lease and its renewal (a gap in the dates, the same household). */
    public boolean inRenewalGap() {
        return isVacant() && next().map(this::isRenewal).orElse(false);
    }

    /**
     * When vacant: the day after the latest end among leases that have ended. Empty when occupied, or when
     * the unit has never had a lease that ended (vacant as far as the data goes).
     */
    public Optional<LocalDate> vacantSince() {
        if (!isVacant()) {
            return Optional.empty();
        }
        return leases.stream()
                .filter(lease -> lease.endedBefore(today))
                .map(lease -> lease.end().orElseThrow().plusDays(1))
                .max(Comparator.naturalOrder());
    }
}

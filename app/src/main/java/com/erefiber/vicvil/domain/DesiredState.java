package com.erefiber.vicvil.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one desired-state function of DESIGN §2, used by every job so that no job undoes another.
 *
 * <table>
 *   <caption>What vicvil wants, by situation</caption>
 *   <tr><th>situation</th><th>service of the current lease</th><th>ONU</th></tr>
 *   <tr><td>vacant</td><td>NONE (old tenants' services: {@link #forStale} → ENDED)</td><td>DISABLED</td></tr>
 *   <tr><td>future lease only</td><td>NONE (its own service: {@link #forFuture} → PREPARED)</td><td>DISABLED</td></tr>
 *   <tr><td>current lease, rent fine</td><td>ACTIVE</td><td>ENABLED</td></tr>
 *   <tr><td>current lease, rent delinquent</td><td>SUSPENDED</td><td>DISABLED with hard cut, else ENABLED</td></tr>
 *   <tr><td>current lease, on hold</td><td>ACTIVE (vicvil's suspension lifted)</td><td>ENABLED</td></tr>
 * </table>
 *
 * Rules on top: vicvil reverses only what vicvil set (a hand suspension, a hand-disabled ONU, a hand-ended
 * service stay so, reported as drift); a suspension or disable of vicvil's undone by hand is not redone for
 * the same cause (see {@link LastWrites}); {@link RentStatus#UNKNOWN} neither suspends nor restores; the
 * calendar guard defers new suspensions only; switching rent suspension off, a hold, or paid rent lift
 * vicvil's own suspension; no end or disable while a renewal gap or an active-flagged lease says the
 * household may still be there; a cut with no ONU is reported "not enforced".
 */
public final class DesiredState {

    /** What the rent side asks for. */
    private enum RentDecision {
        SUSPEND,
        RESTORE,
        KEEP
    }

    private DesiredState() {}

    /** The desired state of a unit's current-lease service and ONU. */
    public static Desired evaluate(UnitSituation situation) {
        Occupancy occupancy = situation.occupancy();
        List<Notice> notices = new ArrayList<>(occupancy.notices());
        if (occupancy.current().isEmpty()) {
            return new Desired(ServiceStatus.NONE, vacantOnu(situation, notices), notices);
        }
        Lease lease = occupancy.current().orElseThrow();
        RentDecision rent = decideRent(situation, notices);
        ServiceStatus service = currentService(situation, lease, rent, notices);
        OnuTarget onu = currentOnu(situation, lease, rent, service, notices);
        return new Desired(service, onu, notices);
    }

    /**
     * A live service of the unit that serves neither the current lease nor a future one (an old tenant's):
     * ENDED, unless it was suspended by hand or ending is unsafe ({@link Occupancy#endBlocked()}).
     */
    public static ServiceDecision forStale(Occupancy occupancy, ObservedService service) {
        if (!service.status().isLive()) {
            return new ServiceDecision(service.status(), List.of());
        }
        if (occupancy.endBlocked()) {
            return new ServiceDecision(service.status(), List.of());
        }
        if (service.suspendedByHand()) {
            return new ServiceDecision(
                    service.status(),
                    List.of(Notice.drift(
                            occupancy.unit(),
                            "an old tenant's service is suspended outside vicvil; not ended, left alone")));
        }
        return new ServiceDecision(ServiceStatus.ENDED, List.of());
    }

    /**
     * The service of a future lease: PREPARED when there is none yet (created with {@code activeFrom} = the
     * lease start); an existing one is kept as it is (a renewal keeps its service); one ended by hand stays ended.
     */
    public static ServiceDecision forFuture(UnitKey unit, ObservedService service) {
        return switch (service.status()) {
            case NONE -> new ServiceDecision(ServiceStatus.PREPARED, List.of());
            case ENDED -> new ServiceDecision(
                    ServiceStatus.ENDED,
                    List.of(Notice.drift(
                            unit, "the service prepared for a future lease was ended outside vicvil; not recreated")));
            default -> new ServiceDecision(service.status(), List.of());
        };
    }

    private static RentDecision decideRent(UnitSituation situation, List<Notice> notices) {
        RentContext rent = situation.rent();
        LocalDate today = situation.occupancy().today();
        UnitKey unit = situation.occupancy().unit();
        if (!rent.policy().enabled()) {
            return RentDecision.RESTORE;
        }
        if (rent.heldOn(today)) {
            if (rent.status() == RentStatus.DELINQUENT) {
                notices.add(Notice.info(
                        unit,
                        "rent unpaid, but on hold until " + rent.holdUntil().orElseThrow()));
            }
            return RentDecision.RESTORE;
        }
        return switch (rent.status()) {
            case OK -> RentDecision.RESTORE;
            case UNKNOWN -> RentDecision.KEEP;
            case DELINQUENT -> {
                if (rent.policy().calendar().blocks(today)
                        && !situation.observed().service().suspendedByVicvilNow()) {
                    notices.add(Notice.info(unit, "rent unpaid; calendar guard: no new suspension on " + today));
                    yield RentDecision.KEEP;
                }
                yield RentDecision.SUSPEND;
            }
        };
    }

    private static ServiceStatus currentService(
            UnitSituation situation, Lease lease, RentDecision rent, List<Notice> notices) {
        ObservedService observed = situation.observed().service();
        UnitKey unit = situation.occupancy().unit();
        switch (observed.status()) {
            case NONE, PREPARED:
                // A prepared service turns active by itself on its activeFrom day; a missing one is created active.
                return ServiceStatus.ACTIVE;
            case ACTIVE:
                if (rent != RentDecision.SUSPEND) {
                    return ServiceStatus.ACTIVE;
                }
                Optional<LocalDate> liftedSuspension =
                        sameCause(situation.lastWrites().suspendedOn(), rentCycleStart(situation, lease));
                if (liftedSuspension.isPresent()) {
                    notices.add(Notice.drift(
                            unit,
                            "rent unpaid, but vicvil's suspension of " + liftedSuspension.get()
                                    + " was lifted outside vicvil; not suspended again this rent cycle"));
                    return ServiceStatus.ACTIVE;
                }
                return ServiceStatus.SUSPENDED;
            case SUSPENDED:
                if (observed.suspendedByHand()) {
                    notices.add(Notice.drift(unit, "service suspended outside vicvil; left alone"));
                    return ServiceStatus.SUSPENDED;
                }
                return rent == RentDecision.RESTORE ? ServiceStatus.ACTIVE : ServiceStatus.SUSPENDED;
            default:
                notices.add(Notice.drift(
                        unit,
                        "the service of current lease " + lease.uid() + " was ended outside vicvil; not recreated"));
                return ServiceStatus.ENDED;
        }
    }

    private static OnuTarget currentOnu(
            UnitSituation situation, Lease lease, RentDecision rent, ServiceStatus service, List<Notice> notices) {
        boolean vicvilCut = service == ServiceStatus.SUSPENDED
                && !situation.observed().service().suspendedByHand();
        if (!vicvilCut) {
            return enableOnu(situation, notices);
        }
        if (rent == RentDecision.KEEP) {
            // Not judging rent now: keep a disable that is there, never add one.
            return OnuTarget.LEAVE;
        }
        return situation.rent().policy().hardCut()
                ? disableOnu(situation, rentCycleStart(situation, lease), notices)
                : enableOnu(situation, notices);
    }

    private static OnuTarget vacantOnu(UnitSituation situation, List<Notice> notices) {
        Occupancy occupancy = situation.occupancy();
        if (occupancy.endBlocked()) {
            return OnuTarget.LEAVE;
        }
        if (occupancy.inRenewalGap()) {
            Lease renewal = occupancy.next().orElseThrow();
            notices.add(Notice.info(
                    occupancy.unit(),
                    "no current lease, but renewal " + renewal.uid() + " starts on " + renewal.start()
                            + ": service and ONU kept through the gap"));
            return OnuTarget.LEAVE;
        }
        return disableOnu(situation, occupancy.vacantSince().orElse(LocalDate.MIN), notices);
    }

    private static OnuTarget enableOnu(UnitSituation situation, List<Notice> notices) {
        Observed observed = situation.observed();
        if (observed.onu() != OnuState.DISABLED) {
            return observed.onu() == OnuState.ENABLED ? OnuTarget.ENABLED : OnuTarget.LEAVE;
        }
        if (observed.onuDisabledByVicvil()) {
            return OnuTarget.ENABLED;
        }
        notices.add(Notice.drift(situation.occupancy().unit(), "ONU disabled outside vicvil; left alone"));
        return OnuTarget.LEAVE;
    }

    /** Disables the ONU for a cause that began on {@code causeSince}, unless a disable of vicvil's for it was undone by hand. */
    private static OnuTarget disableOnu(UnitSituation situation, LocalDate causeSince, List<Notice> notices) {
        Observed observed = situation.observed();
        UnitKey unit = situation.occupancy().unit();
        switch (observed.onu()) {
            case ABSENT:
                notices.add(Notice.notEnforced(unit, "not enforced: no ONU"));
                return OnuTarget.LEAVE;
            case DISABLED:
                return OnuTarget.DISABLED;
            default:
                Optional<LocalDate> undone = sameCause(situation.lastWrites().onuDisabledOn(), causeSince);
                if (undone.isPresent()) {
                    notices.add(Notice.drift(
                            unit,
                            "vicvil disabled the ONU on " + undone.get()
                                    + " and it was enabled outside vicvil; left enabled"));
                    return OnuTarget.LEAVE;
                }
                return OnuTarget.DISABLED;
        }
    }

    /** The day of vicvil's write when it was made for the cause that began on {@code causeSince}. */
    private static Optional<LocalDate> sameCause(Optional<LocalDate> writtenOn, LocalDate causeSince) {
        return writtenOn.filter(day -> !day.isBefore(causeSince));
    }

    private static LocalDate rentCycleStart(UnitSituation situation, Lease lease) {
        return lease.lastDueDate(situation.occupancy().today());
    }
}

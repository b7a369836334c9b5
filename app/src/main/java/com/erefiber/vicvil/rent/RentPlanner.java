package com.erefiber.vicvil.rent;

import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.domain.Desired;
import com.erefiber.vicvil.domain.DesiredState;
import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.Household;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.Observed;
import com.erefiber.vicvil.domain.ObservedService;
import com.erefiber.vicvil.domain.Occupancy;
import com.erefiber.vicvil.domain.OnuState;
import com.erefiber.vicvil.domain.OnuTarget;
import com.erefiber.vicvil.domain.RentContext;
import com.erefiber.vicvil.domain.RentJudgement;
import com.erefiber.vicvil.domain.RentStatus;
import com.erefiber.vicvil.domain.ServiceStatus;
import com.erefiber.vicvil.domain.Tenant;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.domain.UnitSituation;
import com.erefiber.vicvil.mail.Mailer;
import com.erefiber.vicvil.rent.RentInput.RentUnit;
import com.erefiber.vicvil.rent.RentInput.TenantClient;
import com.erefiber.vicvil.rent.RentInput.TenantService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plan step of check-rent (DESIGN §2, §4), a pure function of {@link RentInput}. Per occupied unit: the service
 * that serves the current lease (a vicvil-tagged service whose client serves the lease's household, by the same
 * {@link Household} rule as sync-leases), the rent judged for that lease and the unit's hold go into the one
 * {@link DesiredState} function, so that neither job undoes the other; check-rent only suspends and restores (and
 * switches the ONU with it), never creates or ends. A vacant unit is never suspended, a suspension made by hand is
 * never lifted, an unjudged lease changes nothing, and more new suspensions than {@code safety.max_suspensions} of
 * the occupied units refuse the run.
 */
public final class RentPlanner {

    private RentPlanner() {}

    /** The plan for one run. */
    public static Plan plan(RentInput input) {
        Map<UnitKey, List<Lease>> leases = input.leases().stream().collect(Collectors.groupingBy(Lease::unit));
        List<PlannedAction> actions = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        int occupied = 0;
        for (RentUnit unit : input.units()) {
            Occupancy occupancy = Occupancy.at(unit.unit(), leases.getOrDefault(unit.unit(), List.of()), input.asOf());
            if (occupancy.current().isPresent()) {
                occupied++;
            }
            boolean selected = input.onlyUnit().map(unit.unit()::equals).orElse(true);
            if (selected && occupancy.current().isPresent()) {
                planUnit(input, unit, occupancy, actions, notices);
            }
        }
        return new Plan(actions, notices, guard(input, actions, occupied));
    }

    private static void planUnit(
            RentInput input, RentUnit unit, Occupancy occupancy, List<PlannedAction> actions, List<Notice> notices) {
        UnitKey key = unit.unit();
        Lease lease = occupancy.current().orElseThrow();
        Optional<RentJudgement> judged = Optional.ofNullable(input.judgements().get(lease.uid()));
        Optional<TenantService> service = servingService(input, occupancy, lease);
        if (service.isEmpty()) {
            judged.filter(judgement -> judgement.status() == RentStatus.DELINQUENT)
                    .ifPresent(judgement -> notices.add(Notice.info(
                            key,
                            "rent unpaid, but no vicvil service serves lease " + lease.uid()
                                    + " yet (sync-leases provisions it); nothing suspended")));
            return;
        }
        TenantService serving = service.get();
        Optional<ServiceStatus> status = ServiceStatus.fromUispCode(serving.statusCode());
        if (status.filter(s -> s == ServiceStatus.ACTIVE || s == ServiceStatus.SUSPENDED)
                .isEmpty()) {
            return; // prepared, ended, or a status vicvil does not handle: sync-leases' business and its notices
        }
        judged.filter(judgement -> judgement.status() == RentStatus.UNKNOWN)
                .ifPresent(judgement -> notices.add(Notice.data(key, judgement.why() + "; nothing suspended")));
        Optional<Hold> hold = Optional.ofNullable(input.holds().get(key));
        RentContext rent = new RentContext(
                judged.map(RentJudgement::status).orElse(RentStatus.UNKNOWN), hold.map(Hold::until), input.policy());
        OnuState onuState = unit.onu()
                .map(onu -> onu.enabled() ? OnuState.ENABLED : OnuState.DISABLED)
                .orElse(OnuState.ABSENT);
        ObservedService observed = new ObservedService(status.get(), serving.suspendedByVicvil());
        Desired desired = DesiredState.evaluate(new UnitSituation(
                occupancy,
                rent,
                new Observed(
                        observed,
                        onuState,
                        input.memory().lastWritesOf(key).onuDisabledOn().isPresent()),
                input.memory().lastWritesOf(key)));
        // The leases' own findings (holdover, flags and dates at odds) are sync-leases' to report: cron would mail
        // them twice every five minutes otherwise.
        desired.notices().stream()
                .filter(notice -> !occupancy.notices().contains(notice))
                .forEach(notices::add);
        String why = reason(input, rent, judged, hold, occupancy);
        Optional<Boolean> suspending = Optional.empty();
        if (observed.status() == ServiceStatus.ACTIVE && desired.service() == ServiceStatus.SUSPENDED) {
            actions.add(new RentActions.SuspendService(key, why, serving.id(), lease.uid()));
            suspending = Optional.of(true);
        } else if (observed.suspendedByVicvilNow() && desired.service() == ServiceStatus.ACTIVE) {
            actions.add(new RentActions.RestoreService(key, why, serving.id(), lease.uid()));
            suspending = Optional.of(false);
        }
        unit.onu()
                .filter(onu ->
                        desired.onu() != OnuTarget.LEAVE && (desired.onu() == OnuTarget.ENABLED) != onu.enabled())
                .ifPresent(onu -> actions.add(
                        RentActions.switchOnu(key, why, onu.id(), onu.name(), desired.onu() == OnuTarget.ENABLED)));
        // Mail last in the unit (DESIGN §3): a failed notice never holds back the suspension or the restore.
        suspending
                .filter(suspend ->
                        suspend ? input.notices().onSuspend() : input.notices().onRestore())
                .flatMap(suspend -> notice(key, lease, suspend, why))
                .ifPresent(actions::add);
        boolean exempt = !input.policy().enabled() || rent.heldOn(occupancy.today());
        Optional.ofNullable(input.warnings().get(lease.uid()))
                .filter(warning -> observed.status() == ServiceStatus.ACTIVE && !exempt)
                .ifPresent(warning -> recipients(lease)
                        .ifPresent(to -> actions.add(new RentActions.SendRentWarning(
                                key,
                                "internet will be suspended on " + warning.suspensionDay() + " unless paid: "
                                        + warning.judgement().why(),
                                lease.uid(),
                                warning.dueDate(),
                                warning.suspensionDay(),
                                tenantName(lease),
                                to))));
    }

    private static Optional<List<String>> recipients(Lease lease) {
        List<String> recipients = lease.tenants().stream()
                .flatMap(tenant -> tenant.email().stream())
                .filter(Mailer::isValidAddress)
                .distinct()
                .toList();
        return recipients.isEmpty() ? Optional.empty() : Optional.of(recipients);
    }

    private static String tenantName(Lease lease) {
        return lease.primaryTenant().map(Tenant::fullName).orElse("neighbour");
    }

    /** The tenants' notice of a suspension or restore (mail comes last in its unit); none without a valid address. */
    private static Optional<PlannedAction> notice(UnitKey unit, Lease lease, boolean suspended, String why) {
        return recipients(lease)
                .map(to -> new RentActions.SendRentNotice(unit, why, lease.uid(), suspended, tenantName(lease), to));
    }

    /** Why the unit's rent state is what it is, for the plan and the journal. */
    private static String reason(
            RentInput input,
            RentContext rent,
            Optional<RentJudgement> judged,
            Optional<Hold> hold,
            Occupancy occupancy) {
        if (!input.policy().enabled()) {
            return "rent suspension is off (suspend.enabled: false)";
        }
        if (rent.heldOn(occupancy.today())) {
            Hold held = hold.orElseThrow();
            return "on hold until " + held.until() + " (" + held.reason() + ")";
        }
        return judged.map(RentJudgement::why).orElse("rent not judged this run");
    }

    /**
     * The vicvil service that serves the current lease: tagged for the unit, live, of a client that serves the
     * lease's household; the one the store provisioned first, else the oldest.
     */
    private static Optional<TenantService> servingService(RentInput input, Occupancy occupancy, Lease lease) {
        UnitKey unit = occupancy.unit();
        List<Lease> renewed = occupancy.renewalChain(lease);
        List<Long> clients = input.clients().stream()
                .filter(client -> client.unit().equals(unit))
                .filter(client -> Household.serves(
                        remembered(input, unit, renewed, client),
                        client.userIdent(),
                        client.emails(),
                        renewed,
                        occupancy.leases()))
                .map(TenantClient::id)
                .toList();
        return input.services().stream()
                .filter(service -> service.unit().equals(unit) && clients.contains(service.clientId()))
                .filter(service -> ServiceStatus.fromUispCode(service.statusCode())
                        .map(ServiceStatus::isLive)
                        .orElse(false))
                .min(Comparator.comparing((TenantService service) -> !rememberedService(input, renewed, service))
                        .thenComparing(TenantService::id));
    }

    private static boolean remembered(RentInput input, UnitKey unit, List<Lease> renewed, TenantClient client) {
        return input.memory().provisioned().stream()
                .anyMatch(entry -> entry.unit().equals(unit)
                        && entry.clientId() == client.id()
                        && renewed.stream().anyMatch(lease -> lease.uid().equals(entry.leaseUid())));
    }

    private static boolean rememberedService(RentInput input, List<Lease> renewed, TenantService service) {
        return input.memory().provisioned().stream()
                .anyMatch(entry -> entry.serviceId().equals(Optional.of(service.id()))
                        && renewed.stream().anyMatch(lease -> lease.uid().equals(entry.leaseUid())));
    }

    /**
     * DESIGN §4: more new rent suspensions than {@code safety.max_suspensions} of the occupied units is an outage or
     * a data problem, not a fact ("every tenant late at once"): the run is refused unless {@code --force}.
     */
    private static Optional<Plan.Refusal> guard(RentInput input, List<PlannedAction> actions, int occupied) {
        List<PlannedAction> suspensions = actions.stream()
                .filter(action -> action.kind() == RentActions.SUSPEND_SERVICE)
                .toList();
        int limit = input.maxSuspensions().of(occupied);
        if (input.force() || suspensions.size() <= limit) {
            return Optional.empty();
        }
        return Optional.of(new Plan.Refusal(
                suspensions.size() + " rent suspensions, more than safety.max_suspensions (" + input.maxSuspensions()
                        + " of " + occupied + " occupied units = " + limit + "); check Innago's invoices, then rerun"
                        + " with --force",
                actions.stream()
                        .filter(action ->
                                action.kind().guard() == com.erefiber.vicvil.core.plan.ActionKind.Guard.SUSPENSION)
                        .toList()));
    }
}

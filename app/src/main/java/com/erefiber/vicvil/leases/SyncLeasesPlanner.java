package com.erefiber.vicvil.leases;

import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.ClientRef;
import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.core.plan.ServiceRef;
import com.erefiber.vicvil.core.plan.SiteRef;
import com.erefiber.vicvil.core.world.EndpointSites;
import com.erefiber.vicvil.core.world.SiteActions;
import com.erefiber.vicvil.core.world.SiteCarrier;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.ComplexAddress;
import com.erefiber.vicvil.domain.Desired;
import com.erefiber.vicvil.domain.DesiredState;
import com.erefiber.vicvil.domain.Household;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.Observed;
import com.erefiber.vicvil.domain.ObservedService;
import com.erefiber.vicvil.domain.Occupancy;
import com.erefiber.vicvil.domain.OnuState;
import com.erefiber.vicvil.domain.OnuTarget;
import com.erefiber.vicvil.domain.RentContext;
import com.erefiber.vicvil.domain.ServiceDecision;
import com.erefiber.vicvil.domain.ServiceStatus;
import com.erefiber.vicvil.domain.Tenant;
import com.erefiber.vicvil.domain.UnitIndex;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.domain.UnitSituation;
import com.erefiber.vicvil.leases.SyncLeasesInput.CrmClient;
import com.erefiber.vicvil.leases.SyncLeasesInput.CrmService;
import com.erefiber.vicvil.leases.SyncLeasesInput.InventoryUnit;
import com.erefiber.vicvil.mail.Mailer;
import com.erefiber.vicvil.store.Provisioned;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The plan step of sync-leases (DESIGN §2–§4), a pure function of {@link SyncLeasesInput}.
 * <p>
 * Per unit, the current lease and each future lease that does not renew an earlier one form a "chain" that
 * one client and one service serve. A chain's client is a vicvil-tagged client of the unit that served the
 * lease or a lease it renews (known from the store, from {@code userIdent} = a tenant uid, or, for adopted
 * clients, from a contact email); failing that a hand-made client matching the lease (by {@code userIdent},
 * then email, then street address; never when ambiguous) and placed here (addressed to the unit or the complex,
 * or with a service on the unit's site) is adopted; failing that one is created. The
 * chain's service is the client's live tagged service, else a hand-made one that is plausibly for this unit
 * (adopted), else a new one ({@code activeFrom} = lease start). A live tagged service that no chain claims
 * belongs to an old tenant and is ended (a new tenant, or a move-out), unless a lease that is also current
 * (an overlap, a holdover) still claims it. The ONU follows {@link DesiredState}; rent is not judged here
 * ({@link RentContext#keepAsIs()}), so check-rent's suspensions are never undone. Anything vicvil did not tag
 * and cannot match is never touched. Then the safety guards of DESIGN §4.
 */
public final class SyncLeasesPlanner {

    private SyncLeasesPlanner() {}

    /** The plan for one run. */
    public static Plan plan(SyncLeasesInput input) {
        return new Run(input).plan();
    }

    /** How a hand-made client was matched to a lease, strongest first. */
    private enum MatchBasis {
        USER_IDENT("userIdent"),
        EMAIL("email"),
        ADDRESS("street address");

        private final String label;

        MatchBasis(String label) {
            this.label = label;
        }
    }

    /** One lease that one client and one service serve in this run (the current lease, or a future one). */
    private static final class Chain {
        final Lease lease;
        final boolean current;
        final List<CrmClient> continuing = new ArrayList<>();
        Optional<CrmClient> adopt = Optional.empty();
        MatchBasis adoptBasis;
        boolean blocked;

        Chain(Lease lease, boolean current) {
            this.lease = lease;
            this.current = current;
        }

        boolean needsAdoptionOrCreation() {
            return continuing.isEmpty() && !blocked;
        }
    }

    /** One unit's occupancy and chains, between the passes. */
    private static final class UnitWork {
        final InventoryUnit inventory;
        final Occupancy occupancy;
        final List<Chain> chains = new ArrayList<>();
        final List<Notice> notices = new ArrayList<>();
        boolean frozen;
        /** A live vicvil service of the unit has no ended lease to show for its household: nothing is cut here. */
        boolean cutsHeld;

        UnitWork(InventoryUnit inventory, Occupancy occupancy) {
            this.inventory = inventory;
            this.occupancy = occupancy;
        }

        UnitKey unit() {
            return inventory.unit();
        }
    }

    /** A service the unit's site may carry once the plan is applied: one UISP has, or one the plan creates. */
    private sealed interface SiteCandidate permits Existing, Created {}

    private record Existing(CrmService service) implements SiteCandidate {}

    private record Created(LeaseActions.CreateService action) implements SiteCandidate {}

    /** The planning of one run: indexes over the input, then three passes (chains, adoption, actions). */
    private static final class Run {
        private final SyncLeasesInput input;
        private final ZonedDateTime now;
        private final UnitIndex unitIndex;
        private final ComplexAddress complexAddress;
        private final List<Notice> generalNotices = new ArrayList<>();
        private final Map<UnitKey, List<Lease>> leasesByUnit = new HashMap<>();
        private final Map<UnitKey, List<CrmClient>> taggedClients = new HashMap<>();
        private final List<CrmClient> untaggedClients = new ArrayList<>();
        private final Map<Long, CrmClient> clientsById = new HashMap<>();
        private final Map<UnitKey, List<CrmService>> taggedServices = new HashMap<>();
        private final Map<Long, List<CrmService>> servicesByClient = new HashMap<>();
        private final Map<Long, CrmService> servicesById = new HashMap<>();
        /** Buildings (property slugs) where no service is ended and no ONU disabled this run. */
        private final Set<String> heldBuildings = new HashSet<>();

        Run(SyncLeasesInput input) {
            this.input = input;
            this.now = input.asOf().withZoneSameInstant(input.zone());
            Set<UnitKey> units = input.units().stream().map(InventoryUnit::unit).collect(Collectors.toSet());
            this.unitIndex = UnitIndex.of(units);
            this.complexAddress = ComplexAddress.of(input.complexAddress(), units);
            for (Lease lease : input.leases()) {
                if (units.contains(lease.unit())) {
                    leasesByUnit
                            .computeIfAbsent(lease.unit(), unit -> new ArrayList<>())
                            .add(lease);
                } else {
                    unlisted(lease);
                }
            }
            for (CrmClient client : input.clients()) {
                clientsById.put(client.id(), client);
                if (client.tag().isEmpty()) {
                    untaggedClients.add(client);
                } else {
                    taggedUnit(client.tag().get(), "client " + client.id()).ifPresent(unit -> taggedClients
                            .computeIfAbsent(unit, key -> new ArrayList<>())
                            .add(client));
                }
            }
            for (CrmService service : input.services()) {
                servicesById.put(service.id(), service);
                servicesByClient
                        .computeIfAbsent(service.clientId(), id -> new ArrayList<>())
                        .add(service);
                service.tag()
                        .flatMap(tag -> taggedUnit(tag, "service " + service.id()))
                        .ifPresent(unit -> taggedServices
                                .computeIfAbsent(unit, key -> new ArrayList<>())
                                .add(service));
            }
        }

        /**
         * A lease whose unit no inventory row names (a unit renamed in Innago, "2" → "Apt 2"): a data problem,
         * not a vacancy. While it is current or still to come, its building's ends and disables wait (DESIGN §3).
         */
        private void unlisted(Lease lease) {
            LocalDate today = now.toLocalDate();
            String dates = lease.start() + " to "
                    + lease.end().map(LocalDate::toString).orElse("open");
            if (lease.activeFlag() || !lease.endedBefore(today)) {
                heldBuildings.add(lease.unit().propertySlug());
                generalNotices.add(Notice.data(
                        lease.unit(),
                        "lease " + lease.uid() + " (" + dates + ") is for a unit the"
                                + " inventory does not list: no service ended and no ONU disabled in "
                                + lease.unit().property()
                                + " until Innago or the inventory names the unit"));
            } else {
                generalNotices.add(Notice.info(
                        lease.unit(),
                        "ended lease " + lease.uid() + " (" + dates + ") is for a unit"
                                + " the inventory does not list; ignored"));
            }
        }

        private Optional<UnitKey> taggedUnit(String tag, String what) {
            Optional<UnitKey> unit = unitIndex.find(tag);
            if (unit.isEmpty()) {
                generalNotices.add(Notice.general(
                        Notice.Kind.DATA,
                        what + " is tagged '" + tag + "', which names no inventory unit; left alone"));
            }
            return unit;
        }

        Plan plan() {
            List<UnitWork> work = input.units().stream()
                    .filter(unit -> input.onlyUnit()
                            .map(only -> only.equals(unit.unit()))
                            .orElse(true))
                    .sorted(Comparator.comparing(InventoryUnit::unit))
                    .map(this::chains)
                    .toList();
            resolveAdoptions(work);
            List<PlannedAction> actions = new ArrayList<>();
            List<Notice> notices = new ArrayList<>(generalNotices);
            for (UnitWork unit : work) {
                if (!unit.frozen) {
                    actions.addAll(withoutHeldCuts(unit, actions(unit)));
                }
                notices.addAll(unit.notices);
            }
            return new Plan(actions, notices, guard(actions, work));
        }

        // ---- pass 1: occupancy, chains, the tagged clients that continue them

        private UnitWork chains(InventoryUnit inventory) {
            UnitKey unit = inventory.unit();
            UnitWork work =
                    new UnitWork(inventory, Occupancy.at(unit, leasesByUnit.getOrDefault(unit, List.of()), now));
            for (CrmService service : taggedServices.getOrDefault(unit, List.of())) {
                if (ServiceStatus.fromUispCode(service.statusCode()).isEmpty()) {
                    work.notices.add(Notice.data(
                            unit,
                            "service " + service.id() + " has UISP status " + service.statusCode()
                                    + ", which vicvil does not handle; unit left alone"));
                    work.frozen = true;
                }
            }
            List<Lease> served = new ArrayList<>();
            work.occupancy.current().ifPresent(served::add);
            for (Lease future : work.occupancy.future()) {
                List<Lease> renews = work.occupancy.renewalChain(future);
                if (served.stream().noneMatch(renews::contains)) {
                    served.add(future);
                }
            }
            for (Lease lease : served) {
                Chain chain = new Chain(
                        lease, work.occupancy.current().map(lease::equals).orElse(false));
                chain.continuing.addAll(continuingClients(work.occupancy, lease));
                if (chain.continuing.isEmpty() && lease.tenants().isEmpty()) {
                    work.notices.add(Notice.data(
                            unit,
                            "lease " + lease.uid() + " lists no tenants: no client made, and no "
                                    + "service ended, until Innago names them"));
                    chain.blocked = true;
                }
                work.chains.add(chain);
            }
            return work;
        }

        /** The unit's tagged clients that serve {@code lease} or a lease it renews; the store's choice first, then the oldest. */
        private List<CrmClient> continuingClients(Occupancy occupancy, Lease lease) {
            List<Lease> renewed = occupancy.renewalChain(lease);
            return taggedClients.getOrDefault(occupancy.unit(), List.of()).stream()
                    .filter(client -> serves(client, renewed, occupancy))
                    .sorted(Comparator.comparing(
                                    (CrmClient client) -> !remembered(occupancy.unit(), client.id(), renewed))
                            .thenComparing(CrmClient::id))
                    .toList();
        }

        private boolean serves(CrmClient client, List<Lease> renewed, Occupancy occupancy) {
            return Household.serves(
                    remembered(occupancy.unit(), client.id(), renewed),
                    client.userIdent(),
                    emails(client),
                    renewed,
                    occupancy.leases());
        }

        private boolean remembered(UnitKey unit, long clientId, List<Lease> leases) {
            return input.store().provisioned().stream()
                    .anyMatch(entry -> entry.unit().equals(unit)
                            && entry.clientId() == clientId
                            && leases.stream().anyMatch(lease -> lease.uid().equals(entry.leaseUid())));
        }

        // ---- pass 2: adoption of hand-made clients, refused when a client fits several leases or a lease several
        // clients

        private void resolveAdoptions(List<UnitWork> work) {
            Map<Long, List<Chain>> chainsPerClient = new HashMap<>();
            Map<Chain, List<CrmClient>> candidatesPerChain = new LinkedHashMap<>();
            Map<Chain, UnitWork> owner = new HashMap<>();
            for (UnitWork unit : work) {
                if (unit.frozen) {
                    continue;
                }
                for (Chain chain : unit.chains) {
                    if (!chain.needsAdoptionOrCreation()) {
                        continue;
                    }
                    Map<CrmClient, MatchBasis> elsewhere = new LinkedHashMap<>();
                    for (MatchBasis basis : MatchBasis.values()) {
                        List<CrmClient> matching = untaggedClients.stream()
                                .filter(client ->
                                        matches(client, basis, unit.unit(), unit.occupancy.renewalChain(chain.lease)))
                                .toList();
                        List<CrmClient> found = matching.stream()
                                .filter(client -> placedHere(client, unit))
                                .toList();
                        matching.stream()
                                .filter(client -> !found.contains(client))
                                .forEach(client -> elsewhere.putIfAbsent(client, basis));
                        if (!found.isEmpty()) {
                            chain.adoptBasis = basis;
                            candidatesPerChain.put(chain, found);
                            owner.put(chain, unit);
                            found.forEach(client -> chainsPerClient
                                    .computeIfAbsent(client.id(), id -> new ArrayList<>())
                                    .add(chain));
                            break;
                        }
                    }
                    if (!candidatesPerChain.containsKey(chain)) {
                        // A tenant's own account elsewhere (a town subscriber): never tagged, never written to.
                        elsewhere.forEach((client, basis) -> unit.notices.add(Notice.info(
                                unit.unit(),
                                "client " + client.id()
                                        + " matches lease " + chain.lease.uid() + " by " + basis.label
                                        + " but is addressed neither to"
                                        + " the unit nor to the complex and has no service on the unit's site: not adopted, left as is;"
                                        + " the lease gets a client of its own")));
                    }
                }
            }
            candidatesPerChain.forEach((chain, candidates) -> {
                UnitWork unit = owner.get(chain);
                if (candidates.size() > 1) {
                    chain.blocked = true;
                    unit.notices.add(Notice.data(
                            unit.unit(),
                            "clients " + ids(candidates) + " all match lease " + chain.lease.uid() + " by "
                                    + chain.adoptBasis.label
                                    + "; none adopted, none created: tag the right one by hand"));
                } else if (chainsPerClient.get(candidates.get(0).id()).size() > 1) {
                    chain.blocked = true;
                    unit.notices.add(Notice.data(
                            unit.unit(),
                            "client " + candidates.get(0).id() + " matches lease " + chain.lease.uid()
                                    + " and other leases; not adopted, none created: tag it by hand"));
                } else {
                    chain.adopt = Optional.of(candidates.get(0));
                }
            });
        }

        /** Whether a hand-made client matches a lease (or a lease it renews) on {@code basis}, and is not addressed elsewhere. */
        private boolean matches(CrmClient client, MatchBasis basis, UnitKey unit, List<Lease> renewed) {
            Optional<UnitKey> addressed = unitIndex.findAddress(client.street1(), client.street2());
            if (addressed.isPresent() && !addressed.get().equals(unit)) {
                return false;
            }
            return switch (basis) {
                case USER_IDENT -> client.userIdent()
                        .map(ident -> renewed.stream().anyMatch(lease -> lease.hasTenant(ident)))
                        .orElse(false);
                case EMAIL -> Household.sharesEmail(emails(client), renewed);
                    // An address alone names a unit, not a household: only a client whose service still runs there.
                case ADDRESS -> addressed.isPresent()
                        && servicesByClient.getOrDefault(client.id(), List.of()).stream()
                                .anyMatch(service -> status(service)
                                        .map(ServiceStatus::isLive)
                                        .orElse(false));
            };
        }

        /**
         * Whether a hand-made client belongs here, not only to one of the lease's tenants: addressed to the unit or to
         * the complex, or with a service on the unit's site or addressed to the unit (DESIGN §2 "Adoption").
         */
        private boolean placedHere(CrmClient client, UnitWork work) {
            UnitKey unit = work.unit();
            return unitIndex
                            .findAddress(client.street1(), client.street2())
                            .map(unit::equals)
                            .orElse(false)
                    || complexAddress.names(client.street1(), client.street2())
                    || servicesByClient.getOrDefault(client.id(), List.of()).stream()
                            .anyMatch(service -> service.siteId().isPresent()
                                            && service.siteId().equals(work.inventory.siteId())
                                    || unitIndex
                                            .findAddress(service.street1(), service.street2())
                                            .map(unit::equals)
                                            .orElse(false));
        }

        // ---- pass 3: actions

        private List<PlannedAction> actions(UnitWork work) {
            UnitKey unit = work.unit();
            List<PlannedAction> actions = new ArrayList<>();
            Set<Long> claimed = new HashSet<>();
            ObservedService currentService = ObservedService.NONE;
            boolean currentBlocked = false;
            for (Chain chain : work.chains) {
                Optional<ObservedService> observed = chainActions(work, chain, actions, claimed);
                if (chain.current) {
                    currentBlocked = observed.isEmpty();
                    currentService = observed.orElse(ObservedService.NONE);
                }
            }
            for (Lease overlapping : work.occupancy.overlapping()) {
                continuingClients(work.occupancy, overlapping)
                        .forEach(client -> claimed.addAll(liveServiceIds(unit, client)));
            }
            List<PlannedAction> ends = new ArrayList<>();
            endStaleServices(work, claimed, currentBlocked, ends);
            Desired desired = DesiredState.evaluate(new UnitSituation(
                    work.occupancy,
                    RentContext.keepAsIs(),
                    new Observed(
                            currentService,
                            onuState(work.inventory),
                            work.inventory
                                    .onu()
                                    .map(SyncLeasesInput.NmsOnu::disabledByVicvil)
                                    .orElse(false)),
                    input.store().lastWritesOf(unit)));
            work.notices.addAll(desired.notices());
            if (work.inventory.onuInstalled() && work.inventory.onu().isEmpty()) {
                work.notices.add(Notice.data(
                        unit, "the inventory lists an ONU but NMS has none for the unit; nothing enabled or disabled"));
            }
            placeOnUnitSite(work, actions, ends);
            // The ONU before the ends: its marker is written to (or cleared from) the unit's service, which UISP
            // refuses once ended.
            onuAction(work, desired.onu()).ifPresent(actions::add);
            actions.addAll(ends);
            // Mail last (DESIGN §3), in a stable sort: a welcome waits for the unit's network actions, never the
            // reverse.
            actions.sort(Comparator.comparing(action -> action.kind().isMail()));
            return actions;
        }

        /**
         * The client, contacts, service and welcome actions of one chain; returns the chain's service as
         * observed (NONE when it is being created), or empty when the chain could not be resolved.
         */
        private Optional<ObservedService> chainActions(
                UnitWork work, Chain chain, List<PlannedAction> actions, Set<Long> claimed) {
            UnitKey unit = work.unit();
            Lease lease = chain.lease;
            if (chain.blocked) {
                return Optional.empty();
            }
            CrmClient client;
            if (!chain.continuing.isEmpty()) {
                client = chain.continuing.get(0);
                chain.continuing.forEach(other -> claimed.addAll(liveServiceIds(unit, other)));
                if (chain.continuing.size() > 1) {
                    work.notices.add(Notice.drift(
                            unit,
                            "clients " + ids(chain.continuing) + " all serve lease " + lease.uid() + "; using "
                                    + client.id()));
                }
            } else if (chain.adopt.isPresent()) {
                client = chain.adopt.get();
                actions.add(new LeaseActions.AdoptClient(
                        unit,
                        "client " + client.id() + " made by hand matches lease " + lease.uid() + " (" + names(lease)
                                + ") by " + chain.adoptBasis.label,
                        client.id(),
                        lease.uid(),
                        client.userIdent().isEmpty() ? lease.primaryTenant().map(Tenant::uid) : Optional.empty()));
            } else {
                return createClientAndService(work, chain, actions);
            }
            missingContacts(client, lease)
                    .ifPresent(add -> actions.add(new LeaseActions.UpdateContacts(
                            unit,
                            "tenants of lease " + lease.uid() + " missing from client " + client.id() + "'s contacts: "
                                    + add.stream().map(Contact::name).collect(Collectors.joining(", ")),
                            client.id(),
                            add)));
            return chainService(work, chain, client, actions, claimed);
        }

        private Optional<ObservedService> createClientAndService(
                UnitWork work, Chain chain, List<PlannedAction> actions) {
            UnitKey unit = work.unit();
            Lease lease = chain.lease;
            Tenant primary = lease.primaryTenant().orElseThrow();
            if (primary.firstName().isEmpty() || primary.lastName().isEmpty()) {
                work.notices.add(Notice.data(
                        unit,
                        "the first tenant of lease " + lease.uid() + " has no full name in Innago;"
                                + " no client made"));
                return Optional.empty();
            }
            actions.add(new LeaseActions.CreateClient(
                    unit,
                    (chain.current ? "current" : "future") + " lease " + lease.uid() + " of " + names(lease) + " (from "
                            + lease.start() + ") has no client",
                    lease.uid(),
                    primary.uid(),
                    primary.firstName(),
                    primary.lastName(),
                    unit.property(),
                    "Apt " + unit.unit(),
                    lease.tenants().stream().map(Contact::of).toList()));
            createService(work, chain, new ClientRef(Optional.empty(), lease.uid()), actions);
            return Optional.of(ObservedService.NONE);
        }

        private Optional<ObservedService> chainService(
                UnitWork work, Chain chain, CrmClient client, List<PlannedAction> actions, Set<Long> claimed) {
            UnitKey unit = work.unit();
            Lease lease = chain.lease;
            List<Lease> renewed = work.occupancy.renewalChain(lease);
            List<CrmService> live = taggedServices.getOrDefault(unit, List.of()).stream()
                    .filter(service -> service.clientId() == client.id()
                            && status(service).orElseThrow().isLive())
                    .sorted(Comparator.comparing(
                                    (CrmService service) -> !rememberedService(unit, service.id(), renewed))
                            .thenComparing(CrmService::id))
                    .toList();
            ObservedService observed;
            if (!live.isEmpty()) {
                CrmService service = live.get(0);
                live.forEach(each -> claimed.add(each.id()));
                if (live.size() > 1) {
                    work.notices.add(Notice.drift(
                            unit,
                            "client " + client.id() + " has several vicvil services for the unit, "
                                    + live.stream()
                                            .map(each -> Long.toString(each.id()))
                                            .collect(Collectors.joining(", "))
                                    + "; using " + service.id() + ", the others left alone"));
                }
                ServiceStatus liveStatus = status(service).orElseThrow();
                observed = new ObservedService(liveStatus, service.suspendedByVicvil());
                service.activeFrom()
                        .filter(from -> liveStatus == ServiceStatus.PREPARED && !from.equals(lease.start()))
                        .ifPresent(from -> work.notices.add(Notice.drift(
                                unit,
                                "service " + service.id() + " is prepared from " + from + " but lease " + lease.uid()
                                        + " starts on " + lease.start() + "; change activeFrom in UISP")));
                retryWelcome(work, service, renewed, actions);
            } else {
                List<CrmService> adoptable = adoptableServices(unit, work.inventory, client);
                if (adoptable.size() > 1) {
                    work.notices.add(Notice.data(
                            unit,
                            "client " + client.id() + " has several services made by hand that may"
                                    + " serve the unit ("
                                    + adoptable.stream()
                                            .map(each -> Long.toString(each.id()))
                                            .collect(Collectors.joining(", "))
                                    + "); none adopted, none created: tag the right one by hand"));
                    return Optional.empty();
                }
                if (adoptable.size() == 1) {
                    CrmService service = adoptable.get(0);
                    claimed.add(service.id());
                    actions.add(new LeaseActions.AdoptService(
                            unit,
                            "service " + service.id() + " made by hand serves lease " + lease.uid(),
                            service.id(),
                            client.id(),
                            lease.uid()));
                    observed = new ObservedService(status(service).orElseThrow(), service.suspendedByVicvil());
                } else if (endedByHand(unit, client, renewed)) {
                    observed = ObservedService.of(ServiceStatus.ENDED);
                } else {
                    observed = ObservedService.NONE;
                }
            }
            if (chain.current) {
                // The desired state proper (ONU, drift) is evaluated once per unit; a current lease needs a service.
                if (observed.status() == ServiceStatus.NONE) {
                    createService(work, chain, new ClientRef(Optional.of(client.id()), lease.uid()), actions);
                }
            } else {
                ServiceDecision decision = DesiredState.forFuture(unit, observed);
                work.notices.addAll(decision.notices());
                if (observed.status() == ServiceStatus.NONE && decision.target() == ServiceStatus.PREPARED) {
                    createService(work, chain, new ClientRef(Optional.of(client.id()), lease.uid()), actions);
                }
            }
            return Optional.of(observed);
        }

        private void createService(UnitWork work, Chain chain, ClientRef client, List<PlannedAction> actions) {
            Lease lease = chain.lease;
            actions.add(new LeaseActions.CreateService(
                    work.unit(),
                    "lease " + lease.uid() + " has no service: " + input.defaultPackage() + ", active from "
                            + lease.start(),
                    client,
                    lease.uid(),
                    lease.start(),
                    input.defaultPackage(),
                    Optional.empty()));
            welcome(work, lease, new ServiceRef(Optional.empty(), lease.uid()), "new service")
                    .ifPresent(actions::add);
        }

        /**
         * Puts the service the unit's endpoint site carries after this plan ({@link SiteCarrier}, the rule
         * rename-onus binds by) on that site: UISP's suspension and shaping act through it. A service being created
         * is created on the site (made first when missing, the step shared with rename-onus); an existing or adopted
         * one is bound to it. Several sites naming the unit: none is used.
         */
        private void placeOnUnitSite(UnitWork work, List<PlannedAction> actions, List<PlannedAction> ends) {
            if (work.inventory.siteAmbiguous()) {
                return;
            }
            Set<Long> ending = ends.stream()
                    .filter(LeaseActions.EndService.class::isInstance)
                    .map(action -> ((LeaseActions.EndService) action).serviceId())
                    .collect(Collectors.toSet());
            List<SiteCarrier.Candidate<SiteCandidate>> candidates = new ArrayList<>();
            taggedServices.getOrDefault(work.unit(), List.of()).stream()
                    .filter(service -> !ending.contains(service.id()))
                    .forEach(service -> candidates.add(existing(service)));
            for (PlannedAction action : actions) {
                if (action instanceof LeaseActions.AdoptService adopt) {
                    candidates.add(existing(servicesById.get(adopt.serviceId())));
                } else if (action instanceof LeaseActions.CreateService create) {
                    candidates.add(new SiteCarrier.Candidate<>(
                            new Created(create),
                            create.activeFrom().isAfter(now.toLocalDate())
                                    ? ServiceStatus.PREPARED
                                    : ServiceStatus.ACTIVE,
                            Optional.empty()));
                }
            }
            Optional<SiteCandidate> carrier = SiteCarrier.choose(candidates);
            Optional<String> site = work.inventory.siteId();
            SiteRef ref = new SiteRef(site);
            SiteActions.CreateSite createSite = new SiteActions.CreateSite(
                    work.unit(), "the unit has no endpoint site yet", EndpointSites.siteName(work.unit()));
            if (carrier.isPresent() && carrier.get() instanceof Created created) {
                int at = actions.indexOf(created.action());
                LeaseActions.CreateService create = created.action();
                actions.set(
                        at,
                        new LeaseActions.CreateService(
                                create.unit(),
                                create.reason(),
                                create.client(),
                                create.leaseUid(),
                                create.activeFrom(),
                                create.packageName(),
                                Optional.of(ref)));
                if (site.isEmpty()) {
                    actions.add(at, createSite);
                }
            } else if (carrier.isPresent()
                    && carrier.get() instanceof Existing existing
                    && !(site.isPresent() && site.equals(existing.service().siteId()))) {
                CrmService service = existing.service();
                if (site.isEmpty()) {
                    actions.add(createSite);
                }
                actions.add(new SiteActions.BindServiceSite(
                        work.unit(),
                        "service " + service.id() + " is "
                                + service.siteId().map(id -> "on site " + id).orElse("on no site") + ", not the unit's",
                        service.id(),
                        ref));
            }
        }

        private static SiteCarrier.Candidate<SiteCandidate> existing(CrmService service) {
            return new SiteCarrier.Candidate<>(
                    new Existing(service), status(service).orElse(ServiceStatus.ENDED), Optional.of(service.id()));
        }

        /**
         * The welcome owed for a chain's live service. One the store records as sent but whose marker UISP lacks (the
         * marker's write failed) gets its marker, never a second email. Otherwise it is tried again, when not sent
         * yet, for the lease the service was made for: the send failed, the answer to the service's creation was lost
         * (the store then knows the lease's client but not the service), or the store was lost. That lease is the one
         * the store provisioned the service or its client for; with no record at all, the one whose start is the
         * service's {@code activeFrom}, as on every service vicvil makes. A service vicvil adopted gets none: it was
         * made by hand before go-live, for a lease that started before {@code email.welcome_since}.
         */
        private void retryWelcome(UnitWork work, CrmService service, List<Lease> renewed, List<PlannedAction> actions) {
            String sentFor = input.store().unmarkedWelcomes().get(service.id());
            if (sentFor != null) {
                actions.add(new LeaseActions.MarkWelcomed(
                        work.unit(),
                        "the welcome for lease " + sentFor + " was sent but service " + service.id() + " lacks its "
                                + VicvilAttributes.WELCOMED + " marker",
                        service.id(),
                        sentFor));
                return;
            }
            List<Provisioned> records = input.store().provisioned().stream()
                    .filter(entry -> entry.unit().equals(work.unit())
                            && entry.clientId() == service.clientId()
                            && entry.serviceId().map(id -> id == service.id()).orElse(true)
                            && renewed.stream().anyMatch(lease -> lease.uid().equals(entry.leaseUid())))
                    .toList();
            if (records.stream().anyMatch(Provisioned::adopted)) {
                return;
            }
            Optional<Lease> madeFor = records.isEmpty()
                    ? renewed.stream()
                            .filter(lease -> service.activeFrom().equals(Optional.of(lease.start())))
                            .findFirst()
                    : records.stream()
                            .sorted(Comparator.comparing(
                                    (Provisioned entry) -> entry.serviceId().isEmpty()))
                            .flatMap(entry ->
                                    renewed.stream().filter(lease -> lease.uid().equals(entry.leaseUid())))
                            .findFirst();
            madeFor.flatMap(lease -> welcome(
                            work,
                            lease,
                            new ServiceRef(Optional.of(service.id()), lease.uid()),
                            "welcome not sent yet for service " + service.id()))
                    .ifPresent(actions::add);
        }

        /**
         * The welcome for {@code lease}'s new service, unless it is not owed (email off, a lease before
         * email.welcome_since, already sent). Tenant addresses that are not valid are left out, each with a notice,
         * so that one typo does not stop the mail to the others.
         */
        private Optional<PlannedAction> welcome(UnitWork work, Lease lease, ServiceRef service, String why) {
            if (input.welcomeSince().isEmpty()
                    || lease.start().isBefore(input.welcomeSince().get())
                    || input.store().welcomedLeases().contains(lease.uid())
                    || service.existingId()
                            .map(input.store().welcomedServices()::contains)
                            .orElse(false)) {
                return Optional.empty();
            }
            List<String> emails = lease.tenants().stream()
                    .flatMap(tenant -> tenant.email().stream())
                    .distinct()
                    .toList();
            List<String> recipients =
                    emails.stream().filter(Mailer::isValidAddress).toList();
            emails.stream()
                    .filter(email -> !recipients.contains(email))
                    .forEach(email -> work.notices.add(Notice.data(
                            work.unit(),
                            "lease " + lease.uid() + ": tenant email '" + email + "' is not a valid address; "
                                    + (recipients.isEmpty()
                                            ? "no welcome sent until it is fixed in Innago"
                                            : "the welcome goes to the other tenants only"))));
            if (recipients.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new LeaseActions.SendWelcome(
                    work.unit(),
                    why + " for lease " + lease.uid() + " starting " + lease.start() + " (email.welcome_since "
                            + input.welcomeSince().get() + ")",
                    service,
                    lease,
                    input.defaultPackage(),
                    recipients));
        }

        private void endStaleServices(
                UnitWork work, Set<Long> claimed, boolean currentBlocked, List<PlannedAction> actions) {
            UnitKey unit = work.unit();
            for (CrmService service : taggedServices.getOrDefault(unit, List.of())) {
                ServiceStatus status = status(service).orElseThrow();
                if (!status.isLive() || claimed.contains(service.id())) {
                    continue;
                }
                if (currentBlocked) {
                    work.notices.add(Notice.data(
                            unit,
                            "service " + service.id() + " not ended: the current lease could not be"
                                    + " matched to a household"));
                    continue;
                }
                if (!householdMovedOut(work, service)) {
                    work.cutsHeld = true;
                    work.notices.add(Notice.data(
                            unit,
                            "service " + service.id() + " of client " + service.clientId()
                                    + " is live but Innago lists no ended lease of its household; not ended, and the unit's ONU"
                                    + " is left as it is (a lease missing from Innago's answer is no move-out)"));
                    continue;
                }
                ServiceDecision decision =
                        DesiredState.forStale(work.occupancy, new ObservedService(status, service.suspendedByVicvil()));
                work.notices.addAll(decision.notices());
                if (decision.target() == ServiceStatus.ENDED) {
                    String why = work.occupancy
                            .current()
                            .map(lease -> "new tenant: current lease " + lease.uid() + " does not renew client "
                                    + service.clientId() + "'s lease")
                            .orElse("no current lease"
                                    + work.occupancy
                                            .vacantSince()
                                            .map(day -> " (vacant since " + day + ")")
                                            .orElse(""));
                    actions.add(new LeaseActions.EndService(unit, why, service.id(), service.clientId()));
                }
            }
        }

        /**
         * Evidence for ending an old household's service (DESIGN §3): Innago lists a lease that made the service
         * current (the store's record, the client's {@code userIdent} as a tenant, or a shared email), and none of
         * those leases is current or still to come. Absence alone is never a move-out.
         */
        private boolean householdMovedOut(UnitWork work, CrmService service) {
            Optional<CrmClient> client = Optional.ofNullable(clientsById.get(service.clientId()));
            List<Lease> household = work.occupancy.leases().stream()
                    .filter(lease -> servedBy(work.unit(), service, client, lease))
                    .toList();
            Set<Lease> live = new HashSet<>(work.occupancy.future());
            work.occupancy.current().ifPresent(live::add);
            live.addAll(work.occupancy.overlapping());
            return !household.isEmpty() && household.stream().noneMatch(live::contains);
        }

        private boolean servedBy(UnitKey unit, CrmService service, Optional<CrmClient> client, Lease lease) {
            boolean remembered = input.store().provisioned().stream()
                    .anyMatch(entry -> entry.unit().equals(unit)
                            && entry.leaseUid().equals(lease.uid())
                            && (entry.clientId() == service.clientId()
                                    || entry.serviceId().equals(Optional.of(service.id()))));
            return remembered
                    || client.map(found ->
                                    found.userIdent().map(lease::hasTenant).orElse(false)
                                            || Household.sharesEmail(emails(found), List.of(lease)))
                            .orElse(false);
        }

        /** A unit's actions without its ends and disables when its building or the unit itself is held. */
        private List<PlannedAction> withoutHeldCuts(UnitWork work, List<PlannedAction> actions) {
            boolean buildingHeld = heldBuildings.contains(work.unit().propertySlug());
            if (!buildingHeld && !work.cutsHeld) {
                return actions;
            }
            List<PlannedAction> kept = new ArrayList<>();
            for (PlannedAction action : actions) {
                if (action.kind().isEnd()) {
                    work.notices.add(Notice.info(
                            work.unit(),
                            action.kind().label() + " held ("
                                    + (buildingHeld
                                            ? "a lease in " + work.unit().property()
                                                    + " names a unit the inventory does not list"
                                            : "no evidence the household moved out")
                                    + "): " + action.reason()));
                } else {
                    kept.add(action);
                }
            }
            return kept;
        }

        private Optional<PlannedAction> onuAction(UnitWork work, OnuTarget target) {
            Optional<SyncLeasesInput.NmsOnu> onu = work.inventory.onu();
            if (onu.isEmpty()
                    || target == OnuTarget.LEAVE
                    || (target == OnuTarget.ENABLED) == onu.get().enabled()) {
                return Optional.empty();
            }
            boolean enable = target == OnuTarget.ENABLED;
            String why = work.occupancy
                    .current()
                    .map(lease -> enable ? "lease " + lease.uid() + " is current" : "rent suspension with hard cut")
                    .orElse("no current lease"
                            + work.occupancy
                                    .vacantSince()
                                    .map(day -> " (vacant since " + day + ")")
                                    .orElse(""));
            return Optional.of(LeaseActions.setOnu(
                    work.unit(), why, onu.get().id(), onu.get().name(), enable));
        }

        // ---- helpers

        private Optional<List<Contact>> missingContacts(CrmClient client, Lease lease) {
            List<Contact> add = lease.tenants().stream()
                    .filter(tenant -> client.contacts().stream().noneMatch(contact -> contact.standsFor(tenant)))
                    .map(Contact::of)
                    .toList();
            return add.isEmpty() ? Optional.empty() : Optional.of(add);
        }

        /**
         * The client's live, untagged services that may serve the unit: bound to its site, or addressed to it,
         * or with neither a site nor an address (a bare hand-made service). One addressed elsewhere is not.
         */
        private List<CrmService> adoptableServices(UnitKey unit, InventoryUnit inventory, CrmClient client) {
            return servicesByClient.getOrDefault(client.id(), List.of()).stream()
                    .filter(service -> service.tag().isEmpty()
                            && status(service).map(ServiceStatus::isLive).orElse(false))
                    .filter(service -> {
                        Optional<UnitKey> addressed = unitIndex.findAddress(service.street1(), service.street2());
                        boolean onSite =
                                service.siteId().isPresent() && service.siteId().equals(inventory.siteId());
                        boolean bare = service.siteId().isEmpty()
                                && service.street1().isEmpty()
                                && service.street2().isEmpty();
                        return onSite || addressed.map(unit::equals).orElse(false) || bare;
                    })
                    .sorted(Comparator.comparing(CrmService::id))
                    .toList();
        }

        /** Whether the store says the chain's service was ended, and vicvil did not end it. */
        private boolean endedByHand(UnitKey unit, CrmClient client, List<Lease> renewed) {
            return input.store().provisioned().stream()
                    .filter(entry -> entry.unit().equals(unit)
                            && entry.clientId() == client.id()
                            && renewed.stream().anyMatch(lease -> lease.uid().equals(entry.leaseUid())))
                    .flatMap(entry -> entry.serviceId().stream())
                    .filter(id -> !input.store().endedByVicvil().contains(id))
                    .map(servicesById::get)
                    .filter(Objects::nonNull)
                    .anyMatch(service ->
                            status(service).map(ServiceStatus.ENDED::equals).orElse(false));
        }

        private boolean rememberedService(UnitKey unit, long serviceId, List<Lease> leases) {
            return input.store().provisioned().stream()
                    .anyMatch(entry -> entry.unit().equals(unit)
                            && entry.serviceId().map(id -> id == serviceId).orElse(false)
                            && leases.stream().anyMatch(lease -> lease.uid().equals(entry.leaseUid())));
        }

        private List<Long> liveServiceIds(UnitKey unit, CrmClient client) {
            return taggedServices.getOrDefault(unit, List.of()).stream()
                    .filter(service -> service.clientId() == client.id()
                            && status(service).map(ServiceStatus::isLive).orElse(false))
                    .map(CrmService::id)
                    .toList();
        }

        private static Optional<ServiceStatus> status(CrmService service) {
            return ServiceStatus.fromUispCode(service.statusCode());
        }

        private static OnuState onuState(InventoryUnit inventory) {
            return inventory
                    .onu()
                    .map(onu -> onu.enabled() ? OnuState.ENABLED : OnuState.DISABLED)
                    .orElse(OnuState.ABSENT);
        }

        private static Set<String> emails(CrmClient client) {
            return client.contacts().stream()
                    .flatMap(contact -> contact.email().stream())
                    .collect(Collectors.toSet());
        }

        private static String names(Lease lease) {
            return lease.tenants().isEmpty()
                    ? "no tenant named"
                    : lease.tenants().stream().map(Tenant::fullName).collect(Collectors.joining(", "));
        }

        private static String ids(Collection<CrmClient> clients) {
            return clients.stream().map(client -> Long.toString(client.id())).collect(Collectors.joining(", "));
        }

        // ---- DESIGN §4 guards

        private Optional<Plan.Refusal> guard(List<PlannedAction> actions, List<UnitWork> work) {
            if (input.force()) {
                return Optional.empty();
            }
            List<String> reasons = new ArrayList<>();
            int occupied = knownOccupiedUnits();
            if (input.leases().isEmpty() && occupied > 0) {
                reasons.add(
                        "Innago returned no leases while " + occupied + " units are known to be occupied (an outage?)");
            }
            reasons.addAll(buildingsCutWhole(actions, work));
            Map<ActionKind, Long> ends = new TreeMap<>(actions.stream()
                    .filter(action -> action.kind().isEnd())
                    .collect(Collectors.groupingBy(PlannedAction::kind, Collectors.counting())));
            ends.forEach((kind, count) -> {
                if (count > input.maxEnds()) {
                    reasons.add(count + " " + kind.label() + " actions, more than safety.max_ends (" + input.maxEnds()
                            + ")");
                }
            });
            if (reasons.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Plan.Refusal(
                    String.join("; ", reasons) + "; check, then rerun with --force",
                    actions.stream().filter(action -> action.kind().isEnd()).toList()));
        }

        /**
         * The per-building face of the zero-lease guard: losing one building's current leases (3–12 units) stays
         * under {@code max_ends}, so a plan that leaves every let unit (a live vicvil service) of a building with
         * two or more vacant and cut is refused too. (A building whose leases are missing altogether cuts
         * nothing: no end without a listed ended lease.)
         */
        private List<String> buildingsCutWhole(List<PlannedAction> actions, List<UnitWork> work) {
            Set<UnitKey> cut = actions.stream()
                    .filter(action -> action.kind().isEnd())
                    .map(PlannedAction::unit)
                    .collect(Collectors.toSet());
            Map<String, List<UnitWork>> byBuilding = work.stream()
                    .collect(Collectors.groupingBy(
                            unit -> unit.unit().propertySlug(), TreeMap::new, Collectors.toList()));
            List<String> reasons = new ArrayList<>();
            byBuilding.forEach((slug, units) -> {
                List<UnitWork> let = units.stream()
                        .filter(unit -> hasLiveService(unit.unit()))
                        .toList();
                if (let.size() >= 2
                        && let.stream().allMatch(unit -> unit.occupancy.isVacant() && cut.contains(unit.unit()))) {
                    reasons.add("the plan cuts every let unit of "
                            + units.get(0).unit().property() + " (" + let.size() + " units; its leases missing?)");
                }
            });
            return reasons;
        }

        private boolean hasLiveService(UnitKey unit) {
            return taggedServices.getOrDefault(unit, List.of()).stream()
                    .anyMatch(service ->
                            status(service).map(ServiceStatus::isLive).orElse(false));
        }

        /** Units the store has provisioned, or where a vicvil service still runs. */
        private int knownOccupiedUnits() {
            Set<UnitKey> units = new HashSet<>();
            input.store().provisioned().forEach(entry -> units.add(entry.unit()));
            taggedServices.keySet().stream().filter(this::hasLiveService).forEach(units::add);
            return units.size();
        }
    }
}

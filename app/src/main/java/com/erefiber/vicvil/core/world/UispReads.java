package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.Lazy;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.uisp.UispClient;
import com.erefiber.vicvil.uisp.crm.model.Client;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.crm.model.ServicePlan;
import com.erefiber.vicvil.uisp.crm.model.SuspensionReason;
import com.erefiber.vicvil.uisp.crm.model.Ticket;
import com.erefiber.vicvil.uisp.nms.model.Device;
import com.erefiber.vicvil.uisp.nms.model.Site;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's read model of UISP: each list vicvil needs (CRM custom attributes, clients, services, suspension reasons,
 * service plans, tickets;
 * NMS sites, and the ONUs within the complex's scope), read in bulk on first use and then shared by whatever plans
 * from it, so that no list is read twice in a run and a job reads only what it uses. A job names the lists it is
 * going to use ({@link #prefetch}) so that they are read at once, a few at a time, while it reads Innago.
 */
public final class UispReads {
    /** The lists of the read model, for {@link #prefetch}. */
    public enum Read {
        ATTRIBUTES,
        CLIENTS,
        SERVICES,
        SUSPENSION_REASONS,
        SITES,
        ONUS,
        SERVICE_PLANS,
        TICKETS
    }

    private final int concurrency;
    private final Lazy<VicvilAttributes> attributes;
    private final Lazy<List<Client>> clients;
    private final Lazy<List<Service>> services;
    private final Lazy<List<SuspensionReason>> suspensionReasons;
    private final Lazy<List<Site>> sites;
    private final Lazy<List<Device>> devices;
    private final Lazy<NmsScope.Selection> onus;
    private final Lazy<List<ServicePlan>> servicePlans;
    private final Lazy<List<Ticket>> tickets;

    public UispReads(UispClient uisp, AppConfig config, Inventory inventory) {
        this.concurrency = config.safety().maxConcurrency();
        this.attributes = Lazy.of(() -> VicvilAttributes.read(uisp.crm()));
        this.clients = Lazy.of(() -> uisp.crm().clientsByUserIdent(null));
        this.services = Lazy.of(() -> uisp.crm().services(null, List.of()));
        this.suspensionReasons = Lazy.of(() -> uisp.crm().suspensionReasons());
        this.sites = Lazy.of(() -> uisp.nms().sites(null));
        this.devices = Lazy.of(() -> uisp.nms().onus());
        this.onus = Lazy.of(() -> NmsScope.of(config, sites.get()).select(devices.get(), inventory));
        this.servicePlans = Lazy.of(() -> uisp.crm().servicePlans());
        this.tickets = Lazy.of(() -> uisp.crm().tickets(null, List.of()));
    }

    /**
     * Starts reading {@code lists} in the background, at most {@code safety.max_concurrency} requests at once; each
     * is then read once, by whichever comes first, and a caller waits for a read under way. Name only the lists the
     * job uses whatever it finds: one it may not need is left to be read on first use.
     */
    public void prefetch(Set<Read> lists) {
        Map<Read, List<Lazy<?>>> reads = new EnumMap<>(Read.class);
        reads.put(Read.ATTRIBUTES, List.of(attributes));
        reads.put(Read.CLIENTS, List.of(clients));
        reads.put(Read.SERVICES, List.of(services));
        reads.put(Read.SUSPENSION_REASONS, List.of(suspensionReasons));
        reads.put(Read.SITES, List.of(sites));
        // The ONUs need the sites too (the complex's part of NMS): both lists are read at once.
        reads.put(Read.ONUS, List.of(sites, devices, onus));
        reads.put(Read.SERVICE_PLANS, List.of(servicePlans));
        reads.put(Read.TICKETS, List.of(tickets));
        Lazy.startAll(
                "uisp",
                concurrency,
                lists.stream().flatMap(list -> reads.get(list).stream()).toList());
    }

    /** vicvil's custom attributes (tag and markers) as CRM has them now. */
    public VicvilAttributes attributes() {
        return attributes.get();
    }

    /** Every CRM client. */
    public List<Client> clients() {
        return clients.get();
    }

    /** Every CRM service, of any status. */
    public List<Service> services() {
        return services.get();
    }

    public List<SuspensionReason> suspensionReasons() {
        return suspensionReasons.get();
    }

    /** The CRM service plans with their periods. */
    public List<ServicePlan> servicePlans() {
        return servicePlans.get();
    }

    /** Every CRM ticket, of any status and client (callers keep those of vicvil's clients). */
    public List<Ticket> tickets() {
        return tickets.get();
    }

    /** Every NMS site. */
    public List<Site> sites() {
        return sites.get();
    }

    /** The ONUs of the complex's part of NMS ({@link NmsScope}), and a notice for each inventory ONU outside it. */
    public NmsScope.Selection onus() {
        return onus.get();
    }
}

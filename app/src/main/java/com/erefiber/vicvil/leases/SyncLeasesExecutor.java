package com.erefiber.vicvil.leases;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.Lazy;
import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.core.plan.CreatedIds;
import com.erefiber.vicvil.core.world.OnuSwitchExecutor;
import com.erefiber.vicvil.core.world.SiteExecutor;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.Tenant;
import com.erefiber.vicvil.mail.Mailer;
import com.erefiber.vicvil.mail.WelcomeEmail;
import com.erefiber.vicvil.store.LeaseMemoryRepository;
import com.erefiber.vicvil.store.UnitRepository;
import com.erefiber.vicvil.uisp.UispClient;
import com.erefiber.vicvil.uisp.crm.PlanPeriods;
import com.erefiber.vicvil.uisp.crm.model.AttributeValue;
import com.erefiber.vicvil.uisp.crm.model.ClientWrite;
import com.erefiber.vicvil.uisp.crm.model.NewService;
import com.erefiber.vicvil.uisp.crm.model.ServicePatch;
import com.erefiber.vicvil.uisp.crm.model.ServicePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries out sync-leases' actions against UISP (and SMTP for welcome emails), and records in the store
 * what it did. Every object it creates carries vicvil's unit tag in the same request, so a run killed
 * before recording an id finds the object again by its tag instead of creating a duplicate.
 */
public final class SyncLeasesExecutor {
    private final AppConfig config;
    private final UispClient uisp;
    private final VicvilAttributes attributes;
    private final Map<Long, List<com.erefiber.vicvil.uisp.crm.model.Contact>> contactsByClient;
    private final LeaseMemoryRepository memory;
    private final UnitRepository units;
    private final Optional<Mailer> mailer;
    private final Optional<WelcomeEmail> welcome;
    private final LocalDate today;
    private final SiteExecutor sites;
    private final OnuSwitchExecutor onus;
    private final Supplier<List<ServicePlan>> plans;

    public SyncLeasesExecutor(
            AppConfig config,
            UispClient uisp,
            SyncLeasesReader.Snapshot snapshot,
            VicvilAttributes attributes,
            LeaseMemoryRepository memory,
            UnitRepository units,
            Optional<Mailer> mailer,
            Optional<WelcomeEmail> welcome,
            LocalDate today,
            SiteExecutor sites) {
        this.config = config;
        this.uisp = uisp;
        this.attributes = attributes;
        this.contactsByClient = snapshot.contactsByClient();
        this.memory = memory;
        this.units = units;
        this.mailer = mailer;
        this.welcome = welcome;
        this.today = today;
        this.plans = Lazy.of(() -> uisp.crm().servicePlans());
        this.sites = sites;
        this.onus = new OnuSwitchExecutor(uisp, attributes, snapshot.markers(), memory, units, today);
    }

    /** Registers sync-leases' handlers (its site actions are the shared step's). */
    public ActionExecutors registerOn(ActionExecutors executors) {
        return onus.registerOn(sites.registerOn(executors), LeaseActions.ENABLE_ONU, LeaseActions.DISABLE_ONU)
                .on(LeaseActions.CREATE_CLIENT, LeaseActions.CreateClient.class, this::createClient)
                .on(LeaseActions.ADOPT_CLIENT, LeaseActions.AdoptClient.class, (adopt, created) -> adoptClient(adopt))
                .on(
                        LeaseActions.UPDATE_CONTACTS,
                        LeaseActions.UpdateContacts.class,
                        (update, created) -> updateContacts(update))
                .on(LeaseActions.CREATE_SERVICE, LeaseActions.CreateService.class, this::createService)
                .on(
                        LeaseActions.ADOPT_SERVICE,
                        LeaseActions.AdoptService.class,
                        (adopt, created) -> adoptService(adopt))
                .on(LeaseActions.END_SERVICE, LeaseActions.EndService.class, (end, created) -> endService(end))
                .on(LeaseActions.SEND_WELCOME, LeaseActions.SendWelcome.class, this::sendWelcome)
                .on(LeaseActions.MARK_WELCOMED, LeaseActions.MarkWelcomed.class, (mark, created) -> {
                    markWelcomed(mark.serviceId(), mark.leaseUid());
                    return "service " + mark.serviceId() + " marked welcomed";
                });
    }

    private String createClient(LeaseActions.CreateClient create, CreatedIds created) {
        ClientWrite body = ClientWrite.builder()
                .residential(create.firstName(), create.lastName())
                .userIdent(create.userIdent())
                .address(create.street1(), create.street2(), null, null, null, null)
                // Tenants pay through rent: UISP's own overdue suspension must never fight vicvil's.
                .stopServiceDue(false)
                .contacts(contacts(create.contacts()))
                .attributes(List.of(tag(
                        attributes.clientUnit().orElseThrow().id(),
                        create.unit().toString())))
                .build();
        long id = uisp.crm().createClient(body);
        created.client(create.leaseUid(), id);
        memory.provisioned(create.unit(), create.leaseUid(), id, Optional.empty(), false);
        units.update(create.unit(), ids -> ids.withCrmClientId(Optional.of(Long.toString(id))));
        return "client " + id;
    }

    private String adoptClient(LeaseActions.AdoptClient adopt) {
        ClientWrite.Builder body = ClientWrite.builder()
                // Once vicvil manages the household, UISP's own overdue suspension must not fight it.
                .stopServiceDue(false)
                .attributes(List.of(tag(
                        attributes.clientUnit().orElseThrow().id(), adopt.unit().toString())));
        adopt.setUserIdent().ifPresent(body::userIdent);
        uisp.crm().patchClient(adopt.clientId(), body.build());
        memory.provisioned(adopt.unit(), adopt.leaseUid(), adopt.clientId(), Optional.empty(), true);
        units.update(adopt.unit(), ids -> ids.withCrmClientId(Optional.of(Long.toString(adopt.clientId()))));
        return "client " + adopt.clientId() + " tagged";
    }

    private String updateContacts(LeaseActions.UpdateContacts update) {
        // UNCONFIRMED whether PATCH adds to or replaces the contact list: send the existing contacts (with their
        // ids) plus the new ones, which is right either way and never drops a contact made by hand.
        List<com.erefiber.vicvil.uisp.crm.model.Contact> all =
                new ArrayList<>(contactsByClient.getOrDefault(update.clientId(), List.of()));
        all.addAll(contacts(update.add()));
        uisp.crm()
                .patchClient(
                        update.clientId(), ClientWrite.builder().contacts(all).build());
        return update.add().size() + " contacts added to client " + update.clientId();
    }

    private String createService(LeaseActions.CreateService create, CreatedIds created) {
        AppConfig.Package pack = config.packages().stream()
                .filter(p -> p.name().equals(create.packageName()))
                .findFirst()
                .orElse(config.defaultPackage());
        ServicePlan.Period period = PlanPeriods.monthly(plans.get(), pack.uispPlan());
        OffsetDateTime start = create.activeFrom().atStartOfDay(config.zone()).toOffsetDateTime();
        // A go-live lease may have started years ago: never invoice backwards.
        LocalDate invoicing = create.activeFrom().isAfter(today) ? create.activeFrom() : today;
        NewService.Builder body = NewService.builder(period.id())
                .name(pack.name())
                .activeFrom(start, invoicing.atStartOfDay(config.zone()).toOffsetDateTime())
                .sendEmailsAutomatically(false)
                .attributes(List.of(tag(
                        attributes.serviceUnit().orElseThrow().id(),
                        create.unit().toString())));
        if (config.uisp().tenantServicePrice() == AppConfig.TenantServicePrice.ZERO) {
            body.price(BigDecimal.ZERO);
        }
        create.site().map(created::resolve).ifPresent(body::unmsClientSiteId);
        long clientId = created.resolve(create.client());
        long id = uisp.crm().createService(clientId, body.build());
        created.service(create.leaseUid(), id);
        memory.provisioned(create.unit(), create.leaseUid(), clientId, Optional.of(id), false);
        units.update(create.unit(), ids -> ids.withCrmServiceId(Optional.of(Long.toString(id))));
        return "service " + id + " on " + pack.name() + " from " + create.activeFrom();
    }

    private String adoptService(LeaseActions.AdoptService adopt) {
        uisp.crm()
                .patchService(
                        adopt.serviceId(),
                        ServicePatch.attributes(List.of(tag(
                                attributes.serviceUnit().orElseThrow().id(),
                                adopt.unit().toString()))));
        memory.provisioned(adopt.unit(), adopt.leaseUid(), adopt.clientId(), Optional.of(adopt.serviceId()), true);
        units.update(adopt.unit(), ids -> ids.withCrmServiceId(Optional.of(Long.toString(adopt.serviceId()))));
        return "service " + adopt.serviceId() + " tagged";
    }

    private String endService(LeaseActions.EndService end) {
        uisp.crm().endService(end.serviceId());
        memory.ended(end.unit(), end.serviceId());
        return "service " + end.serviceId() + " ended";
    }

    private String sendWelcome(LeaseActions.SendWelcome send, CreatedIds created) {
        long serviceId = created.resolve(send.service());
        if (send.recipients().isEmpty()) {
            throw new IllegalStateException("no tenant of lease " + send.lease().uid() + " has an email address");
        }
        AppConfig.Package pack = config.packages().stream()
                .filter(p -> p.name().equals(send.packageName()))
                .findFirst()
                .orElse(config.defaultPackage());
        String name = send.lease().primaryTenant().map(Tenant::fullName).orElse("neighbour");
        WelcomeEmail.Rendered mail =
                welcome.orElseThrow().render(name, send.unit(), send.lease().start(), pack);
        // One message to every tenant: one SMTP transaction, so a failure never leaves some of them mailed twice.
        mailer.orElseThrow().send(String.join(", ", send.recipients()), mail.subject(), mail.body());
        // Recorded the moment SMTP accepted it: whatever fails next, the mail is never sent again.
        memory.welcomed(serviceId, send.lease().uid());
        String sent = "welcome sent to " + send.recipients().size() + " tenant(s)";
        try {
            markWelcomed(serviceId, send.lease().uid());
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    sent + ", but its " + VicvilAttributes.WELCOMED + " marker was not written on" + " service "
                            + serviceId + " (the next run writes it): " + e.getMessage(),
                    e);
        }
        return sent;
    }

    /** The marker in UISP is what keeps a lost store from sending a welcome again. */
    private void markWelcomed(long serviceId, String leaseUid) {
        uisp.crm()
                .patchService(
                        serviceId,
                        ServicePatch.attributes(List.of(
                                tag(attributes.serviceWelcomed().orElseThrow().id(), leaseUid))));
    }

    private static AttributeValue tag(long attributeId, String value) {
        return new AttributeValue(attributeId, value);
    }

    private static List<com.erefiber.vicvil.uisp.crm.model.Contact> contacts(List<Contact> contacts) {
        return contacts.stream()
                .map(contact -> com.erefiber.vicvil.uisp.crm.model.Contact.of(
                        contact.name(),
                        contact.email().orElse(null),
                        contact.phone().orElse(null)))
                .toList();
    }
}

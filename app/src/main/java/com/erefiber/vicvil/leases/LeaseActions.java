package com.erefiber.vicvil.leases;

import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.ClientRef;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.core.plan.ServiceRef;
import com.erefiber.vicvil.core.plan.SiteRef;
import com.erefiber.vicvil.core.world.OnuSwitch;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.UnitKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** sync-leases' actions and their kinds (the site actions it shares are {@link com.erefiber.vicvil.core.world.SiteActions}). */
public final class LeaseActions {
    /** POST a UISP client for a lease's household, tagged with the unit. */
    public static final ActionKind CREATE_CLIENT = ActionKind.write("CREATE_CLIENT");
    /** Tag a client made by hand for the unit (and set its {@code userIdent} when blank). */
    public static final ActionKind ADOPT_CLIENT = ActionKind.write("ADOPT_CLIENT");
    /** Add the lease's tenants that are missing from the client's contacts. */
    public static final ActionKind UPDATE_CONTACTS = ActionKind.write("UPDATE_CONTACTS");
    /** POST a service on the default package, {@code activeFrom} = lease start, tagged with the unit. */
    public static final ActionKind CREATE_SERVICE = ActionKind.write("CREATE_SERVICE");
    /** Tag a service made by hand for the unit. */
    public static final ActionKind ADOPT_SERVICE = ActionKind.write("ADOPT_SERVICE");
    /** PATCH {@code …/end} an old tenant's service. */
    public static final ActionKind END_SERVICE = ActionKind.end("END_SERVICE");
    /** PUT the ONU's system with {@code enabled: true} ({@link OnuSwitch}). */
    public static final ActionKind ENABLE_ONU = ActionKind.write("ENABLE_ONU");
    /** PUT the ONU's system with {@code enabled: false}. */
    public static final ActionKind DISABLE_ONU = ActionKind.end("DISABLE_ONU");
    /** Mail the welcome email for a new service (recorded in the store, then marked on the service). */
    public static final ActionKind SEND_WELCOME = ActionKind.mail("SEND_WELCOME");
    /** Write the {@code vicvilWelcomed} marker that a welcome's send could not write (the mail is not sent again). */
    public static final ActionKind MARK_WELCOMED = ActionKind.mail("MARK_WELCOMED");

    private LeaseActions() {}

    /**
     * CREATE_CLIENT: a residential client for the household of {@code leaseUid}: {@code userIdent} = the primary
     * tenant's Innago uid, the primary tenant's names, building in {@code street1}, apartment in {@code street2},
     * every tenant as a contact, tagged with the unit. (City, state, zip and {@code stopServiceDue: false} are
     * the apply step's, from config.)
     */
    public record CreateClient(
            UnitKey unit,
            String reason,
            String leaseUid,
            String userIdent,
            String firstName,
            String lastName,
            String street1,
            String street2,
            List<Contact> contacts)
            implements PlannedAction {
        public CreateClient {
            contacts = List.copyOf(contacts);
        }

        @Override
        public ActionKind kind() {
            return CREATE_CLIENT;
        }
    }

    /** ADOPT_CLIENT: tag client {@code clientId} with the unit; set {@code userIdent} when given (it was blank). */
    public record AdoptClient(
            UnitKey unit, String reason, long clientId, String leaseUid, Optional<String> setUserIdent)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ADOPT_CLIENT;
        }
    }

    /** UPDATE_CONTACTS: add these contacts (tenants of the lease the client serves) to client {@code clientId}. */
    public record UpdateContacts(UnitKey unit, String reason, long clientId, List<Contact> add)
            implements PlannedAction {
        public UpdateContacts {
            add = List.copyOf(add);
        }

        @Override
        public ActionKind kind() {
            return UPDATE_CONTACTS;
        }
    }

    /**
     * CREATE_SERVICE: a service on package {@code packageName} (its enabled 1-month period) for client
     * {@code client}, {@code activeFrom} = the lease start, tagged with the unit, connected to the unit's endpoint
     * {@code site} when given (only for a lease that has started, so that a future tenant's service does not take
     * the site from the current one; an empty {@link SiteRef} is the site this plan's CREATE_SITE makes).
     */
    public record CreateService(
            UnitKey unit,
            String reason,
            ClientRef client,
            String leaseUid,
            LocalDate activeFrom,
            String packageName,
            Optional<SiteRef> site)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return CREATE_SERVICE;
        }
    }

    /** ADOPT_SERVICE: tag service {@code serviceId} (of client {@code clientId}) with the unit. */
    public record AdoptService(UnitKey unit, String reason, long serviceId, long clientId, String leaseUid)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ADOPT_SERVICE;
        }
    }

    /** END_SERVICE: end service {@code serviceId} (of client {@code clientId}) now. */
    public record EndService(UnitKey unit, String reason, long serviceId, long clientId) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return END_SERVICE;
        }
    }

    /** An ONU switch of sync-leases': ENABLE_ONU or DISABLE_ONU, by {@code enabled}. */
    public static OnuSwitch setOnu(UnitKey unit, String reason, String deviceId, String name, boolean enabled) {
        return new OnuSwitch(unit, reason, deviceId, name, enabled, enabled ? ENABLE_ONU : DISABLE_ONU);
    }

    /**
     * SEND_WELCOME: mail the welcome email for {@code service}, made for {@code lease} (its tenants, unit and
     * start date) on package {@code packageName}, to {@code recipients} (the tenants' emails).
     */
    public record SendWelcome(
            UnitKey unit, String reason, ServiceRef service, Lease lease, String packageName, List<String> recipients)
            implements PlannedAction {
        public SendWelcome {
            recipients = List.copyOf(recipients);
        }

        @Override
        public ActionKind kind() {
            return SEND_WELCOME;
        }
    }

    /**
     * MARK_WELCOMED: set the {@code vicvilWelcomed} marker of service {@code serviceId} to {@code leaseUid}, for a
     * welcome the store records as sent (the marker keeps a lost store from sending it again).
     */
    public record MarkWelcomed(UnitKey unit, String reason, long serviceId, String leaseUid) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return MARK_WELCOMED;
        }
    }
}

package com.erefiber.vicvil.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.UnitKey;

/**
 * One write a plan asks for: the unit, what, why, and the data the apply step needs. Every vicvil tag
 * ({@code vicvilUnit}) value is the unit's canonical text, {@link UnitKey#toString()}. Actions of one unit
 * are in dependency order (client before service; new service before the old one's end; mail after every
 * network action, see {@link ActionKind#isMail()}); different units do not depend on each other.
 */
public sealed interface PlannedAction {

    UnitKey unit();

    ActionKind kind();

    String reason();

    /** An existing UISP client, or the one this plan's CREATE_CLIENT for {@code leaseUid} makes. */
    record ClientRef(Optional<Long> existingId, String leaseUid) {
        public ClientRef {
            Objects.requireNonNull(existingId, "existingId");
            Objects.requireNonNull(leaseUid, "leaseUid");
        }
    }

    /** An existing UISP service, or the one this plan's CREATE_SERVICE for {@code leaseUid} makes. */
    record ServiceRef(Optional<Long> existingId, String leaseUid) {
        public ServiceRef {
            Objects.requireNonNull(existingId, "existingId");
            Objects.requireNonNull(leaseUid, "leaseUid");
        }
    }

    /** An existing NMS endpoint site, or the one this plan's CREATE_SITE for the unit makes. */
    record SiteRef(Optional<String> existingId) {
        public SiteRef {
            Objects.requireNonNull(existingId, "existingId");
        }
    }

    /**
     * CREATE_CLIENT: a residential client for the household of {@code leaseUid}: {@code userIdent} = the primary
     * tenant's Innago uid, the primary tenant's names, building in {@code street1}, apartment in {@code street2},
     * every tenant as a contact, tagged with the unit. (City, state, zip and {@code stopServiceDue: false} are
     * the apply step's, from config.)
     */
    record CreateClient(UnitKey unit, String reason, String leaseUid, String userIdent, String firstName,
                        String lastName, String street1, String street2, List<Contact> contacts) implements PlannedAction {
        public CreateClient {
            contacts = List.copyOf(contacts);
        }

        @Override
        public ActionKind kind() {
            return ActionKind.CREATE_CLIENT;
        }
    }

    /** ADOPT_CLIENT: tag client {@code clientId} with the unit; set {@code userIdent} when given (it was blank). */
    record AdoptClient(UnitKey unit, String reason, long clientId, String leaseUid, Optional<String> setUserIdent)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ActionKind.ADOPT_CLIENT;
        }
    }

    /** UPDATE_CONTACTS: add these contacts (tenants of the lease the client serves) to client {@code clientId}. */
    record UpdateContacts(UnitKey unit, String reason, long clientId, List<Contact> add) implements PlannedAction {
        public UpdateContacts {
            add = List.copyOf(add);
        }

        @Override
        public ActionKind kind() {
            return ActionKind.UPDATE_CONTACTS;
        }
    }

    /**
     * CREATE_SERVICE: a service on package {@code packageName} (its enabled 1-month period) for client
     * {@code client}, {@code activeFrom} = the lease start, tagged with the unit, connected to the unit's endpoint
     * {@code site} when given (only for a lease that has started, so that a future tenant's service does not take
     * the site from the current one; an empty {@link SiteRef} is the site this plan's CREATE_SITE makes).
     */
    record CreateService(UnitKey unit, String reason, ClientRef client, String leaseUid, LocalDate activeFrom,
                         String packageName, Optional<SiteRef> site) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ActionKind.CREATE_SERVICE;
        }
    }

    /** ADOPT_SERVICE: tag service {@code serviceId} (of client {@code clientId}) with the unit. */
    record AdoptService(UnitKey unit, String reason, long serviceId, long clientId, String leaseUid)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ActionKind.ADOPT_SERVICE;
        }
    }

    /** END_SERVICE: end service {@code serviceId} (of client {@code clientId}) now. */
    record EndService(UnitKey unit, String reason, long serviceId, long clientId) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ActionKind.END_SERVICE;
        }
    }

    /**
     * ENABLE_ONU / DISABLE_ONU: PUT {@code /devices/onus/{deviceId}/system} with {@code name} (its current
     * name, unchanged) and {@code enabled}.
     */
    record SetOnuEnabled(UnitKey unit, String reason, String deviceId, String name, boolean enabled)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return enabled ? ActionKind.ENABLE_ONU : ActionKind.DISABLE_ONU;
        }
    }

    /**
     * SEND_WELCOME: mail the welcome email for {@code service}, made for {@code lease} (its tenants, unit and
     * start date) on package {@code packageName}, to {@code recipients} (the tenants' emails).
     */
    record SendWelcome(UnitKey unit, String reason, ServiceRef service, Lease lease, String packageName,
                       List<String> recipients) implements PlannedAction {
        public SendWelcome {
            recipients = List.copyOf(recipients);
        }

        @Override
        public ActionKind kind() {
            return ActionKind.SEND_WELCOME;
        }
    }

    /**
     * MARK_WELCOMED: set the {@code vicvilWelcomed} marker of service {@code serviceId} to {@code leaseUid}, for a
     * welcome the store records as sent (the marker keeps a lost store from sending it again).
     */
    record MarkWelcomed(UnitKey unit, String reason, long serviceId, String leaseUid) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ActionKind.MARK_WELCOMED;
        }
    }

    /** CREATE_SITE: an endpoint site named {@code name} under the parent site (location from config). */
    record CreateSite(UnitKey unit, String reason, String name) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ActionKind.CREATE_SITE;
        }
    }

    /** AUTHORIZE_ONU: {@code POST /devices/authorize} of {@code deviceId} into the unit's site. */
    record AuthorizeOnu(UnitKey unit, String reason, String deviceId, SiteRef site) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ActionKind.AUTHORIZE_ONU;
        }
    }

    /** RENAME_ONU: PUT {@code /devices/onus/{deviceId}/system} with {@code name} and its current {@code enabled}. */
    record RenameOnu(UnitKey unit, String reason, String deviceId, String name, boolean enabled)
            implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ActionKind.RENAME_ONU;
        }
    }

    /** BIND_SERVICE_SITE: {@code PATCH /clients/services/{serviceId}/unmsclientsite/bind} to the unit's site. */
    record BindServiceSite(UnitKey unit, String reason, long serviceId, SiteRef site) implements PlannedAction {
        @Override
        public ActionKind kind() {
            return ActionKind.BIND_SERVICE_SITE;
        }
    }
}

package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.Occupancy;
import com.erefiber.vicvil.domain.ServiceStatus;
import com.erefiber.vicvil.domain.Tenant;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.UnitSeen;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.nms.model.Device;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit as Innago and UISP show it at one instant: its occupancy, the services vicvil tagged for it, its ONU as
 * NMS has it and the name it should carry, and its endpoint site. What status records and {@code --drift} compares.
 *
 * @param services   the CRM services tagged for the unit, newest (highest id) first
 * @param clientIdents the {@code userIdent} (an Innago tenant uid) of those services' clients, by client id
 * @param onu        the inventory's ONU as NMS lists it within the complex's scope (empty: none installed, not found)
 * @param onuName    the name the ONU should carry ({@code onu_name}, else {@code uisp.onu_name_template})
 * @param onuExpected whether the inventory lists an ONU for the unit
 * @param site       the unit's endpoint site, when exactly one site names it
 * @param vicvilReasonId the id of vicvil's suspension reason ({@code suspend.reason}), when CRM has it
 */
public record UnitPicture(
        UnitKey unit,
        Occupancy occupancy,
        List<Service> services,
        Map<Long, String> clientIdents,
        Optional<Device> onu,
        String onuName,
        boolean onuExpected,
        Optional<NmsSite> site,
        Optional<Long> vicvilReasonId) {

    public UnitPicture {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(occupancy, "occupancy");
        services = List.copyOf(services);
        clientIdents = Map.copyOf(clientIdents);
        Objects.requireNonNull(onu, "onu");
        Objects.requireNonNull(onuName, "onuName");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(vicvilReasonId, "vicvilReasonId");
    }

    /** The lease the unit is about now: the current one, else the next future one. */
    public Optional<Lease> lease() {
        return occupancy.current().or(occupancy::next);
    }

    /** The unit's service that still exists for a tenant (prepared, active or suspended), newest first. */
    public Optional<Service> liveService() {
        return services.stream().filter(service -> status(service).isLive()).findFirst();
    }

    /** The service to show: the live one, else the newest. */
    public Optional<Service> service() {
        return liveService().or(() -> services.stream().findFirst());
    }

    /** The unit as seen at {@code at}, as the store keeps it for status. */
    public UnitSeen seen(Instant at) {
        Optional<Service> service = service();
        return new UnitSeen(
                unit,
                lease().map(lease -> new UnitSeen.Lease(
                        lease.uid(),
                        lease.primaryTenant().map(Tenant::fullName).orElse(""),
                        lease.start(),
                        lease.end())),
                occupancy.current().isPresent(),
                service.map(Service::servicePlanName),
                service.map(Service::id),
                service.map(UnitPicture::status),
                onu.map(device ->
                        Optional.ofNullable(device.identification().name()).orElse("")),
                onu.map(Device::enabled),
                at);
    }

    /** A service's status as vicvil reasons about it; a code vicvil does not know counts as none. */
    public static ServiceStatus status(Service service) {
        return ServiceStatus.fromUispCode(service.status()).orElse(ServiceStatus.NONE);
    }

    /** Whether {@code service} was made for one of the lease's tenants (its client's userIdent is theirs). */
    public boolean serves(Service service, Lease lease) {
        return Optional.ofNullable(clientIdents.get(service.clientId()))
                .filter(lease::hasTenant)
                .isPresent();
    }

    /** Whether {@code service} is suspended with a reason other than vicvil's (by hand). */
    public boolean suspendedByHand(Service service) {
        return status(service) == ServiceStatus.SUSPENDED
                && !Optional.ofNullable(service.suspensionReasonId()).equals(vicvilReasonId);
    }
}

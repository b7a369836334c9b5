package com.erefiber.vicvil.rent;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.RentJudgement;
import com.erefiber.vicvil.domain.SuspendPolicy;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.LeaseMemory;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything check-rent plans from, read beforehand: the inventory units with their ONUs, the complex's leases,
 * vicvil's tagged clients and services, the rent judged per lease (only the leases read or cached this run: a lease
 * missing from {@code judgements} was not judged, which neither suspends nor restores), the holds, what the store
 * remembers, the clock and the settings.
 *
 * @param asOf           the instant the run acts for, in the property's time zone
 * @param maxSuspensions {@code safety.max_suspensions}, of the occupied units
 */
public record RentInput(
        List<RentUnit> units,
        List<Lease> leases,
        List<TenantClient> clients,
        List<TenantService> services,
        Map<String, RentJudgement> judgements,
        Map<String, Warning> warnings,
        Map<UnitKey, Hold> holds,
        LeaseMemory memory,
        SuspendPolicy policy,
        String reasonName,
        Notify notices,
        ZonedDateTime asOf,
        AppConfig.Limit maxSuspensions,
        boolean force,
        Optional<UnitKey> onlyUnit) {

    public RentInput {
        units = List.copyOf(units);
        leases = List.copyOf(leases);
        clients = List.copyOf(clients);
        services = List.copyOf(services);
        judgements = Map.copyOf(judgements);
        warnings = Map.copyOf(warnings);
        holds = Map.copyOf(holds);
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(reasonName, "reasonName");
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(maxSuspensions, "maxSuspensions");
        Objects.requireNonNull(onlyUnit, "onlyUnit");
    }

    /**
     * A lease whose rent is still open a few days before its suspension day ({@code suspend.notices.warn_days_before}),
     * not warned yet for the cycle of {@code dueDate}: {@code judgement} is the rent as it would be judged on
     * {@code suspensionDay}.
     */
    public record Warning(LocalDate dueDate, LocalDate suspensionDay, RentJudgement judgement) {}

    /**
     * Which tenant notices to send ({@code suspend.notices}); both off when email is not configured.
     */
    public record Notify(boolean onSuspend, boolean onRestore) {
        /** No notices. */
        public static final Notify NONE = new Notify(false, false);
    }

    /** An inventory unit and the ONU NMS shows for it (empty when not installed or not found). */
    public record RentUnit(UnitKey unit, Optional<Onu> onu) {
        public RentUnit {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(onu, "onu");
        }
    }

    /** An ONU: device id, current name, enabled. */
    public record Onu(String id, String name, boolean enabled) {}

    /** A client vicvil tagged for {@code unit}: its {@code userIdent} and contact emails tie it to a household. */
    public record TenantClient(long id, UnitKey unit, Optional<String> userIdent, Set<String> emails) {
        public TenantClient {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(userIdent, "userIdent");
            emails = Set.copyOf(emails);
        }
    }

    /**
     * A service vicvil tagged for {@code unit}; {@code suspendedByVicvil}: suspended with vicvil's suspension reason.
     */
    public record TenantService(long id, long clientId, UnitKey unit, int statusCode, boolean suspendedByVicvil) {
        public TenantService {
            Objects.requireNonNull(unit, "unit");
        }
    }
}

package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.LastWrites;
import com.erefiber.vicvil.domain.UnitKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * What sync-leases remembers in the state store (migration V002): provisioned leases, services it ended,
 * welcome emails sent, and what it last did to each unit. A cache: markers in UISP rebuild what matters.
 */
public final class LeaseMemoryRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    LeaseMemoryRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Everything remembered, as the planner takes it. */
    public LeaseMemory load() {
        return jdbi.withHandle(handle -> {
            List<Provisioned> provisioned = handle.createQuery(
                            "SELECT unit_key, lease_uid, client_id, service_id, adopted FROM provisioned")
                    .map((rs, ctx) -> new Provisioned(
                            UnitKey.fromCanonical(rs.getString("unit_key")),
                            rs.getString("lease_uid"),
                            rs.getLong("client_id"),
                            Optional.ofNullable((Number) rs.getObject("service_id"))
                                    .map(Number::longValue),
                            rs.getInt("adopted") != 0))
                    .list();
            Set<Long> ended = new HashSet<>(handle.createQuery("SELECT service_id FROM ended_services")
                    .mapTo(Long.class)
                    .list());
            Map<Long, String> welcomed = new HashMap<>();
            handle.createQuery("SELECT service_id, lease_uid FROM welcomed")
                    .map((rs, ctx) -> {
                        welcomed.put(rs.getLong("service_id"), rs.getString("lease_uid"));
                        return null;
                    })
                    .list();
            Map<UnitKey, LastWrites> lastWrites = new HashMap<>();
            handle.createQuery("SELECT unit_key, suspended_on, onu_disabled_on FROM last_writes")
                    .map((rs, ctx) -> {
                        lastWrites.put(
                                UnitKey.fromCanonical(rs.getString("unit_key")),
                                new LastWrites(
                                        date(rs.getString("suspended_on")), date(rs.getString("onu_disabled_on"))));
                        return null;
                    })
                    .list();
            return new LeaseMemory(
                    provisioned, ended, Set.copyOf(welcomed.values()), welcomed.keySet(), welcomed, lastWrites);
        });
    }

    /** Remembers the client (and service, once made) vicvil set up for a lease. */
    public void provisioned(UnitKey unit, String leaseUid, long clientId, Optional<Long> serviceId, boolean adopted) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        """
                        INSERT INTO provisioned (unit_key, lease_uid, client_id, service_id, adopted, updated_at)
                        VALUES (:unit, :lease, :client, :service, :adopted, :now)
                        ON CONFLICT (unit_key, lease_uid) DO UPDATE SET client_id = excluded.client_id,
                            service_id = COALESCE(excluded.service_id, provisioned.service_id),
                            adopted = excluded.adopted, updated_at = excluded.updated_at
                        """)
                .bind("unit", unit.toString())
                .bind("lease", leaseUid)
                .bind("client", clientId)
                .bind("service", serviceId.orElse(null))
                .bind("adopted", adopted ? 1 : 0)
                .bind("now", now())
                .execute());
    }

    /** Remembers that vicvil ended a service. */
    public void ended(UnitKey unit, long serviceId) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT OR IGNORE INTO ended_services (service_id, unit_key, ended_at) VALUES (:id, :unit, :now)")
                .bind("id", serviceId)
                .bind("unit", unit.toString())
                .bind("now", now())
                .execute());
    }

    /** Remembers a welcome email sent for a service (the moment SMTP accepted it: it is never sent twice). */
    public void welcomed(long serviceId, String leaseUid) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT OR IGNORE INTO welcomed (service_id, lease_uid, sent_at) VALUES (:id, :lease, :now)")
                .bind("id", serviceId)
                .bind("lease", leaseUid)
                .bind("now", now())
                .execute());
    }

    /** Remembers the day vicvil disabled a unit's ONU, or forgets it (empty) when vicvil enabled it again. */
    public void onuDisabledOn(UnitKey unit, Optional<LocalDate> day) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        """
                        INSERT INTO last_writes (unit_key, onu_disabled_on) VALUES (:unit, :day)
                        ON CONFLICT (unit_key) DO UPDATE SET onu_disabled_on = excluded.onu_disabled_on
                        """)
                .bind("unit", unit.toString())
                .bind("day", day.map(LocalDate::toString).orElse(null))
                .execute());
    }

    /** Remembers the day vicvil suspended a unit's service for rent, or forgets it (empty) when vicvil lifted it. */
    public void suspendedOn(UnitKey unit, Optional<LocalDate> day) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        """
                        INSERT INTO last_writes (unit_key, suspended_on) VALUES (:unit, :day)
                        ON CONFLICT (unit_key) DO UPDATE SET suspended_on = excluded.suspended_on
                        """)
                .bind("unit", unit.toString())
                .bind("day", day.map(LocalDate::toString).orElse(null))
                .execute());
    }

    private String now() {
        return Instant.now(clock).toString();
    }

    private static Optional<LocalDate> date(String text) {
        return Optional.ofNullable(text).map(LocalDate::parse);
    }
}

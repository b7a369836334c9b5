package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.ServiceStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The per-unit sightings of {@link UnitSeen}: written by sync-leases, read by status. */
public final class UnitSeenRepository {
    private final Jdbi jdbi;

    UnitSeenRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every unit's last sighting. */
    public List<UnitSeen> load() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT unit_key, lease_uid, tenant, lease_start, lease_end, occupied, package, service_id,"
                                + " service_status, onu_name, onu_enabled, seen_at FROM unit_seen ORDER BY unit_key")
                .map((rs, ctx) -> new UnitSeen(
                        Columns.unit(rs.getString("unit_key")),
                        lease(rs),
                        rs.getInt("occupied") != 0,
                        Columns.optionalText(rs, "package"),
                        Optional.ofNullable(rs.getObject("service_id")).map(id -> ((Number) id).longValue()),
                        Columns.optionalText(rs, "service_status").map(ServiceStatus::valueOf),
                        Columns.optionalText(rs, "onu_name"),
                        Optional.ofNullable(rs.getObject("onu_enabled")).map(on -> ((Number) on).intValue() != 0),
                        Columns.time(rs, "seen_at")))
                .list());
    }

    private static Optional<UnitSeen.Lease> lease(ResultSet rs) throws SQLException {
        Optional<String> uid = Columns.optionalText(rs, "lease_uid");
        if (uid.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UnitSeen.Lease(
                uid.get(),
                Columns.optionalText(rs, "tenant").orElse(""),
                LocalDate.parse(rs.getString("lease_start")),
                Columns.optionalText(rs, "lease_end").map(LocalDate::parse)));
    }

    /** Replaces the sightings of these units (one transaction). */
    public void record(List<UnitSeen> seen) {
        jdbi.useTransaction(handle -> {
            for (UnitSeen unit : seen) {
                handle.createUpdate(
                                """
                                INSERT OR REPLACE INTO unit_seen (unit_key, lease_uid, tenant, lease_start, lease_end,
                                    occupied, package, service_id, service_status, onu_name, onu_enabled, seen_at)
                                VALUES (:unit, :lease, :tenant, :start, :end, :occupied, :package, :service, :status,
                                    :onu, :enabled, :at)
                                """)
                        .bind("unit", Columns.unit(unit.unit()))
                        .bind("lease", unit.lease().map(UnitSeen.Lease::uid).orElse(null))
                        .bind("tenant", unit.lease().map(UnitSeen.Lease::tenant).orElse(null))
                        .bind(
                                "start",
                                unit.lease()
                                        .map(lease -> lease.start().toString())
                                        .orElse(null))
                        .bind(
                                "end",
                                unit.lease()
                                        .flatMap(UnitSeen.Lease::end)
                                        .map(LocalDate::toString)
                                        .orElse(null))
                        .bind("occupied", unit.occupied() ? 1 : 0)
                        .bind("package", unit.packageName().orElse(null))
                        .bind("service", unit.serviceId().orElse(null))
                        .bind("status", unit.serviceStatus().map(Enum::name).orElse(null))
                        .bind("onu", unit.onuName().orElse(null))
                        .bind("enabled", unit.onuEnabled().map(on -> on ? 1 : 0).orElse(null))
                        .bind("at", Columns.time(unit.seenAt()))
                        .execute();
            }
        });
    }
}

package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.UnitKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Jdbi;

/** Reads and writes the {@code units} table: unit ⇄ ONU ⇄ UISP ids. */
public final class UnitRepository {
    private static final String COLUMNS =
            "unit_key, onu_serial, onu_mac, nms_device_id, nms_site_id, crm_client_id, crm_service_id, updated_at";

    private final Jdbi jdbi;
    private final Clock clock;

    UnitRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Stores {@code ids} as the unit's ids (replacing what was there), stamped with the clock's now. */
    public UnitRecord upsert(UnitKey unit, UnitIds ids) {
        UnitRecord record = new UnitRecord(unit, ids, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO units (" + COLUMNS + ") VALUES "
                        + "(:unit, :serial, :mac, :device, :site, :client, :service, :updated) "
                        + "ON CONFLICT (unit_key) DO UPDATE SET onu_serial = excluded.onu_serial, "
                        + "onu_mac = excluded.onu_mac, nms_device_id = excluded.nms_device_id, "
                        + "nms_site_id = excluded.nms_site_id, crm_client_id = excluded.crm_client_id, "
                        + "crm_service_id = excluded.crm_service_id, updated_at = excluded.updated_at")
                .bind("unit", Columns.unit(unit))
                .bind("serial", ids.onuSerial().orElse(null))
                .bind("mac", ids.onuMac().orElse(null))
                .bind("device", ids.nmsDeviceId().orElse(null))
                .bind("site", ids.nmsSiteId().orElse(null))
                .bind("client", ids.crmClientId().orElse(null))
                .bind("service", ids.crmServiceId().orElse(null))
                .bind("updated", Columns.time(record.updatedAt()))
                .execute());
        return record;
    }

    /**
     * Changes some of a unit's ids (read, change, write back only when something changed). Each unit's actions
     * run on one thread, so two callers never update the same unit at once.
     */
    public void update(UnitKey unit, UnaryOperator<UnitIds> change) {
        UnitIds before = get(unit).map(UnitRecord::ids).orElse(UnitIds.none());
        UnitIds after = change.apply(before);
        if (!after.equals(before)) {
            upsert(unit, after);
        }
    }

    /** The unit's stored ids, if vicvil has stored any. */
    public Optional<UnitRecord> get(UnitKey unit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM units WHERE unit_key = :unit")
                .bind("unit", Columns.unit(unit))
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    /** Every stored unit, in building and unit order ("2" before "10"). */
    public List<UnitRecord> list() {
        return jdbi
                .withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM units")
                        .map((rs, ctx) -> read(rs))
                        .list())
                .stream()
                .sorted((left, right) -> left.unit().compareTo(right.unit()))
                .toList();
    }

    private static UnitRecord read(ResultSet rs) throws SQLException {
        UnitIds ids = new UnitIds(
                Columns.optionalText(rs, "onu_serial"),
                Columns.optionalText(rs, "onu_mac"),
                Columns.optionalText(rs, "nms_device_id"),
                Columns.optionalText(rs, "nms_site_id"),
                Columns.optionalText(rs, "crm_client_id"),
                Columns.optionalText(rs, "crm_service_id"));
        return new UnitRecord(Columns.unit(rs.getString("unit_key")), ids, Columns.time(rs, "updated_at"));
    }
}

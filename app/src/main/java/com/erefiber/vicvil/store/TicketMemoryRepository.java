package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.UnitKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What sync-tickets remembers (migration V003): the links between Innago requests and UISP tickets with the
 * status each side last had, and the upgrade requests. A cache: a lost link is found again by its marker in UISP.
 */
public final class TicketMemoryRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    TicketMemoryRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Every link. */
    public List<TicketLink> links() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT maintenance_uid, uisp_ticket_id, unit_key, innago_open, uisp_solved FROM ticket_links")
                .map((rs, ctx) -> new TicketLink(
                        rs.getString("maintenance_uid"),
                        rs.getLong("uisp_ticket_id"),
                        Columns.unit(rs.getString("unit_key")),
                        rs.getInt("innago_open") != 0,
                        rs.getInt("uisp_solved") != 0))
                .list());
    }

    /** Remembers a link and the status of both sides (inserted, or updated when the request is linked already). */
    public void link(TicketLink link) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        """
                        INSERT INTO ticket_links (maintenance_uid, uisp_ticket_id, unit_key, innago_open, uisp_solved,
                            updated_at)
                        VALUES (:uid, :ticket, :unit, :open, :solved, :now)
                        ON CONFLICT (maintenance_uid) DO UPDATE SET uisp_ticket_id = excluded.uisp_ticket_id,
                            innago_open = excluded.innago_open, uisp_solved = excluded.uisp_solved,
                            updated_at = excluded.updated_at
                        """)
                .bind("uid", link.maintenanceUid())
                .bind("ticket", link.uispTicketId())
                .bind("unit", Columns.unit(link.unit()))
                .bind("open", link.innagoOpen() ? 1 : 0)
                .bind("solved", link.uispSolved() ? 1 : 0)
                .bind("now", now())
                .execute());
    }

    /** Every upgrade request, oldest first. */
    public List<UpgradeRequest> upgrades() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, maintenance_uid, unit_key, title, package, state, reason FROM upgrade_requests"
                                + " ORDER BY id")
                .map((rs, ctx) -> new UpgradeRequest(
                        rs.getLong("id"),
                        rs.getString("maintenance_uid"),
                        Columns.unit(rs.getString("unit_key")),
                        rs.getString("title"),
                        rs.getString("package"),
                        UpgradeRequest.State.valueOf(rs.getString("state")),
                        Columns.optionalText(rs, "reason")))
                .list());
    }

    /** The request with this id, if any. */
    public Optional<UpgradeRequest> upgrade(long id) {
        return upgrades().stream().filter(request -> request.id() == id).findFirst();
    }

    /** Records a request waiting for the operator (once per Innago request). */
    public void pending(String maintenanceUid, UnitKey unit, String title, String packageName) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        """
                        INSERT OR IGNORE INTO upgrade_requests (maintenance_uid, unit_key, title, package, state,
                            requested_at)
                        VALUES (:uid, :unit, :title, :package, 'PENDING', :now)
                        """)
                .bind("uid", maintenanceUid)
                .bind("unit", Columns.unit(unit))
                .bind("title", title)
                .bind("package", packageName)
                .bind("now", now())
                .execute());
    }

    /** Moves a request to {@code state} (with the operator's reason for a rejection); false when no such request. */
    public boolean decide(long id, UpgradeRequest.State state, Optional<String> reason) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                                "UPDATE upgrade_requests SET state = :state, reason = COALESCE(:reason, reason),"
                                        + " decided_at = :now WHERE id = :id")
                        .bind("state", state.name())
                        .bind("reason", reason.orElse(null))
                        .bind("now", now())
                        .bind("id", id)
                        .execute())
                > 0;
    }

    /** Marks the request of this Innago ticket done (inserting it when an automatic upgrade was never pending). */
    public void done(String maintenanceUid, UnitKey unit, String title, String packageName) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        """
                        INSERT INTO upgrade_requests (maintenance_uid, unit_key, title, package, state, requested_at,
                            decided_at)
                        VALUES (:uid, :unit, :title, :package, 'DONE', :now, :now)
                        ON CONFLICT (maintenance_uid) DO UPDATE SET state = 'DONE', decided_at = excluded.decided_at
                        """)
                .bind("uid", maintenanceUid)
                .bind("unit", Columns.unit(unit))
                .bind("title", title)
                .bind("package", packageName)
                .bind("now", now())
                .execute());
    }

    private String now() {
        return Columns.time(Instant.now(clock));
    }
}

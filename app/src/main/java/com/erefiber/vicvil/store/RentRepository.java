package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.RentStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** check-rent's conclusions per lease (the rent status cache): read by check-rent and status, written by check-rent. */
public final class RentRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    RentRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Every lease's last check, by lease uid. */
    public Map<String, RentCheck> load() {
        return jdbi
                .withHandle(handle -> handle.createQuery(
                                "SELECT lease_uid, unit_key, status, unpaid, judged_through, fully_paid, detail,"
                                        + " checked_at FROM rent_checks")
                        .map((rs, ctx) -> new RentCheck(
                                rs.getString("lease_uid"),
                                Columns.unit(rs.getString("unit_key")),
                                RentStatus.valueOf(rs.getString("status")),
                                new BigDecimal(rs.getString("unpaid")),
                                LocalDate.parse(rs.getString("judged_through")),
                                rs.getInt("fully_paid") != 0,
                                rs.getString("detail"),
                                Columns.time(rs, "checked_at")))
                        .list())
                .stream()
                .collect(Collectors.toMap(RentCheck::leaseUid, Function.identity()));
    }

    /** The rent warnings sent: lease uid → the due dates of the cycles it was warned for. */
    public Map<String, Set<LocalDate>> warnings() {
        Map<String, Set<LocalDate>> warned = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT lease_uid, due_date FROM rent_warnings")
                .map((rs, ctx) -> warned.computeIfAbsent(rs.getString("lease_uid"), uid -> new HashSet<>())
                        .add(LocalDate.parse(rs.getString("due_date"))))
                .list());
        return warned;
    }

    /** Records that the lease's tenants were warned for the rent due on {@code dueDate} (the moment SMTP took it). */
    public void warned(String leaseUid, LocalDate dueDate) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT OR IGNORE INTO rent_warnings (lease_uid, due_date, sent_at) VALUES (:lease, :due, :at)")
                .bind("lease", leaseUid)
                .bind("due", dueDate.toString())
                .bind("at", Columns.time(clock.instant()))
                .execute());
    }

    /** Records these checks (one transaction), replacing earlier ones of the same leases. */
    public void record(List<RentCheck> checks) {
        jdbi.useTransaction(handle -> {
            for (RentCheck check : checks) {
                handle.createUpdate(
                                """
                                INSERT INTO rent_checks (lease_uid, unit_key, status, unpaid, judged_through, fully_paid,
                                                         detail, checked_at)
                                VALUES (:lease, :unit, :status, :unpaid, :through, :paid, :detail, :at)
                                ON CONFLICT (lease_uid) DO UPDATE SET
                                    unit_key = excluded.unit_key, status = excluded.status, unpaid = excluded.unpaid,
                                    judged_through = excluded.judged_through, fully_paid = excluded.fully_paid,
                                    detail = excluded.detail, checked_at = excluded.checked_at
                                """)
                        .bind("lease", check.leaseUid())
                        .bind("unit", Columns.unit(check.unit()))
                        .bind("status", check.status().name())
                        .bind("unpaid", check.unpaid().toPlainString())
                        .bind("through", check.judgedThrough().toString())
                        .bind("paid", check.fullyPaid() ? 1 : 0)
                        .bind("detail", check.detail())
                        .bind("at", Columns.time(check.checkedAt()))
                        .execute();
            }
        });
    }
}

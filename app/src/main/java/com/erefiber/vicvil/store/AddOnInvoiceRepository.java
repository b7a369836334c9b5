package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.UnitKey;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The monthly add-on invoices vicvil created in Innago (migration V003): sync-tickets records each the moment
 * Innago answers with its uid; check-rent reads the uids so an add-on never counts as unpaid rent.
 */
public final class AddOnInvoiceRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    AddOnInvoiceRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The uids of every add-on invoice vicvil created. */
    public Set<String> uids() {
        return Set.copyOf(jdbi.withHandle(handle -> handle.createQuery("SELECT invoice_uid FROM addon_invoices")
                .mapTo(String.class)
                .list()));
    }

    /** The leases that have their add-on invoice for {@code month}. */
    public Set<String> leasesBilled(YearMonth month) {
        List<String> leases = jdbi.withHandle(
                handle -> handle.createQuery("SELECT lease_uid FROM addon_invoices WHERE month = :month")
                        .bind("month", month.toString())
                        .mapTo(String.class)
                        .list());
        return leases.stream().collect(Collectors.toUnmodifiableSet());
    }

    /** The units that have an add-on invoice for {@code month}. */
    public Set<UnitKey> unitsBilled(YearMonth month) {
        List<String> units =
                jdbi.withHandle(handle -> handle.createQuery("SELECT unit_key FROM addon_invoices WHERE month = :month")
                        .bind("month", month.toString())
                        .mapTo(String.class)
                        .list());
        return units.stream().map(Columns::unit).collect(Collectors.toUnmodifiableSet());
    }

    /** Records an add-on invoice (created now, or found in Innago after a lost store). */
    public void record(String invoiceUid, String leaseUid, UnitKey unit, YearMonth month, BigDecimal amount) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        """
                        INSERT OR IGNORE INTO addon_invoices (invoice_uid, lease_uid, unit_key, month, amount, created_at)
                        VALUES (:uid, :lease, :unit, :month, :amount, :now)
                        """)
                .bind("uid", invoiceUid)
                .bind("lease", leaseUid)
                .bind("unit", Columns.unit(unit))
                .bind("month", month.toString())
                .bind("amount", amount.toPlainString())
                .bind("now", Columns.time(Instant.now(clock)))
                .execute());
    }
}

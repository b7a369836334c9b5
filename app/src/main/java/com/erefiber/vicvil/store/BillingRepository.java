package com.erefiber.vicvil.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The billing job's memory (migration V003): frozen months, and the invoice and mail made for each. */
public final class BillingRepository {
    private static final String COLUMNS = "month, bill, occupied, total, recomputed, frozen_at, invoice_id, emailed_at";

    private final Jdbi jdbi;
    private final Clock clock;

    BillingRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The frozen month, if it was billed. */
    public Optional<BilledMonthRecord> find(YearMonth month) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM billed_months WHERE month = :month")
                        .bind("month", month.toString())
                        .map((rs, ctx) -> read(rs))
                        .findOne());
    }

    /** Up to {@code limit} frozen months up to {@code last} (inclusive), oldest first. */
    public List<BilledMonthRecord> history(YearMonth last, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS
                        + " FROM billed_months WHERE month <= :last ORDER BY month DESC LIMIT :limit) ORDER BY month")
                .bind("last", last.toString())
                .bind("limit", limit)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    /**
     * Freezes a month; a month already frozen is kept as it is (the first answer stands). Returns the stored record.
     */
    public BilledMonthRecord freeze(
            YearMonth month, String billJson, int occupied, BigDecimal total, boolean recomputed) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO billed_months "
                        + "(month, bill, occupied, total, recomputed, frozen_at) "
                        + "VALUES (:month, :bill, :occupied, :total, :recomputed, :at) ON CONFLICT (month) DO NOTHING")
                .bind("month", month.toString())
                .bind("bill", billJson)
                .bind("occupied", occupied)
                .bind("total", total.toPlainString())
                .bind("recomputed", recomputed ? 1 : 0)
                .bind("at", Columns.time(clock.instant()))
                .execute());
        return find(month).orElseThrow();
    }

    /** Records the month's UISP invoice. */
    public void recordInvoice(YearMonth month, long invoiceId) {
        update("UPDATE billed_months SET invoice_id = :value WHERE month = :month", month, invoiceId);
    }

    /** Records that the month's invoice mail was accepted by the SMTP server now. */
    public void recordEmailed(YearMonth month) {
        update(
                "UPDATE billed_months SET emailed_at = :value WHERE month = :month",
                month,
                Columns.time(clock.instant()));
    }

    private void update(String sql, YearMonth month, Object value) {
        int updated = jdbi.withHandle(handle -> handle.createUpdate(sql)
                .bind("value", value)
                .bind("month", month.toString())
                .execute());
        if (updated != 1) {
            throw new IllegalStateException("month " + month + " is not frozen");
        }
    }

    private static BilledMonthRecord read(ResultSet rs) throws SQLException {
        return new BilledMonthRecord(
                YearMonth.parse(rs.getString("month")),
                rs.getString("bill"),
                rs.getInt("occupied"),
                new BigDecimal(rs.getString("total")),
                rs.getInt("recomputed") != 0,
                Columns.time(rs, "frozen_at"),
                Optional.ofNullable((Number) rs.getObject("invoice_id")).map(Number::longValue),
                Columns.optionalTime(rs, "emailed_at"));
    }
}

package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.UnitKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** How values are written to and read from the store's text columns. */
final class Columns {
    /**
     * ISO-8601 UTC with exactly three fraction digits: fixed width, so text order is time order and
     * {@code started_at >= :since} works in SQL ({@link Instant#toString} drops zero fractions).
     */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Columns() {}

    static String time(Instant instant) {
        return TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static Instant time(ResultSet rs, String column) throws SQLException {
        return Instant.parse(rs.getString(column));
    }

    static Optional<Instant> optionalTime(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).map(Instant::parse);
    }

    static Optional<String> optionalText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    /** Units are stored in canonical form ({@code 300 S Harper #4}), readable in the sqlite3 shell. */
    static String unit(UnitKey unit) {
        return unit.toString();
    }

    static UnitKey unit(String canonical) {
        return UnitKey.fromCanonical(canonical);
    }

    static Optional<UnitKey> optionalUnit(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).map(Columns::unit);
    }
}

package com.erefiber.vicvil.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** Builders for leases and tenants in tests: short, readable, with the complex's time zone. */
public final class LeaseFixtures {

    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    public static final UnitKey UNIT = new UnitKey("300 S Harper", "4");

    private LeaseFixtures() {}

    /** A tenant whose uid is {@code uid}, with a name and an email derived from it. */
    public static Tenant tenant(String uid) {
        return new Tenant(
                uid, "First-" + uid, "Last-" + uid, Optional.of(uid + "@example.com"), Optional.of("555-0100"));
    }

    /** A lease of {@link #UNIT} from {@code start} to {@code end} (null: open) that Innago flags active. */
    public static Lease lease(String uid, String start, String end, String... tenantUids) {
        return lease(uid, UNIT, start, end, true, tenantUids);
    }

    public static Lease lease(
            String uid, UnitKey unit, String start, String end, boolean activeFlag, String... tenantUids) {
        return new Lease(
                uid,
                unit,
                LocalDate.parse(start),
                Optional.ofNullable(end).map(LocalDate::parse),
                activeFlag,
                List.of(tenantUids).stream().map(LeaseFixtures::tenant).toList(),
                1);
    }

    /** A lease like {@link #lease(String, String, String, String...)} with Innago's active flag given. */
    public static Lease leaseFlagged(String uid, String start, String end, boolean activeFlag, String... tenantUids) {
        return lease(uid, UNIT, start, end, activeFlag, tenantUids);
    }

    /** An instant in the complex's zone: {@code 2026-07-01T10:00}. */
    public static ZonedDateTime at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZONE);
    }

    public static Occupancy occupancy(String localDateTime, Lease... leases) {
        return Occupancy.at(UNIT, List.of(leases), at(localDateTime));
    }
}

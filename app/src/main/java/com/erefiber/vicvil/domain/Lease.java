package com.erefiber.vicvil.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lease of one unit, as vicvil needs it from Innago. {@code activeFlag} is Innago's {@code isActiveLease};
 * {@code dueOn} the day of the month rent is due. The first tenant is the primary one (the client's
 * {@code userIdent}). A lease may list no tenants (Innago allows it); vicvil then cannot provision a client.
 */
public record Lease(
        String uid,
        UnitKey unit,
        LocalDate start,
        Optional<LocalDate> end,
        boolean activeFlag,
        List<Tenant> tenants,
        int dueOn) {

    public Lease {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        tenants = List.copyOf(tenants);
    }

    /** The tenant whose Innago uid is the UISP client's {@code userIdent}. */
    public Optional<Tenant> primaryTenant() {
        return tenants.stream().findFirst();
    }

    /** Whether the dates alone make this lease current on {@code day}: it has started and not ended (the end day counts in full). */
    public boolean coversByDates(LocalDate day) {
        return datesCover(start, end, day);
    }

    /** Whether a lease from {@code start} to {@code end} (empty: open-ended) covers {@code day}, its end day in full. */
    public static boolean datesCover(LocalDate start, Optional<LocalDate> end, LocalDate day) {
        return !start.isAfter(day) && end.map(last -> !day.isAfter(last)).orElse(true);
    }

    /** Whether the end date lies before {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return end.map(last -> last.isBefore(day)).orElse(false);
    }

    /** Whether the two leases have at least one tenant uid in common (the renewal test). */
    public boolean sharesTenantWith(Lease other) {
        return tenants.stream().anyMatch(mine -> other.tenants.stream()
                .anyMatch(theirs -> theirs.uid().equals(mine.uid())));
    }

    /** Whether a tenant of this lease has the given Innago uid. */
    public boolean hasTenant(String tenantUid) {
        return tenants.stream().anyMatch(tenant -> tenant.uid().equals(tenantUid));
    }

    /**
     * The latest rent due date on or before {@code day}: the start of the rent cycle {@code day} falls in.
     * A due day past the month's end (31 in February) or out of range is clamped into the month.
     */
    public LocalDate lastDueDate(LocalDate day) {
        LocalDate dueThisMonth = dueDateIn(day);
        return dueThisMonth.isAfter(day) ? dueDateIn(day.minusMonths(1)) : dueThisMonth;
    }

    private LocalDate dueDateIn(LocalDate month) {
        int clamped = Math.max(1, Math.min(dueOn, month.lengthOfMonth()));
        return month.withDayOfMonth(clamped);
    }
}

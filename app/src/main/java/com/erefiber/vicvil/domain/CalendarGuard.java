package com.erefiber.vicvil.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Weekdays and dates on which no new rent suspension is made (restores are always allowed). */
public record CalendarGuard(Set<DayOfWeek> weekdays, Set<LocalDate> dates) {

    /** No guarded day. */
    public static final CalendarGuard NONE = new CalendarGuard(Set.of(), Set.of());

    public CalendarGuard {
        weekdays = Set.copyOf(weekdays);
        dates = Set.copyOf(dates);
    }

    /** Whether a new suspension must wait on {@code day}. */
    public boolean blocks(LocalDate day) {
        return weekdays.contains(day.getDayOfWeek()) || dates.contains(day);
    }
}

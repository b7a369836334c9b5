package com.erefiber.vicvil.core.plan;

import java.util.Locale;
import java.util.Objects;

/**
 * What a planned action does; the journal and the safety guard count by it. Each job declares its own kinds
 * (next to its action records), each saying which guard bucket it counts toward, so a new job's kinds need no
 * change here.
 *
 * @param name  its constant name, {@code CREATE_CLIENT}
 * @param guard the blast-radius bucket it counts toward, if any
 * @param mail  whether it is mail or its marker: it comes after every network action of its unit, and its failure
 *              holds none of them back (DESIGN §3 "Order within a unit")
 */
public record ActionKind(String name, Guard guard, boolean mail) implements Comparable<ActionKind> {

    /** The blast-radius buckets of DESIGN §4. */
    public enum Guard {
        /** Counted by no guard. */
        NONE,
        /** Ends and disables, refused above {@code safety.max_ends}. */
        END,
        /** Rent suspensions, refused above {@code safety.max_suspensions}. */
        SUSPENSION
    }

    public ActionKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(guard, "guard");
    }

    /** A network write no guard counts. */
    public static ActionKind write(String name) {
        return new ActionKind(name, Guard.NONE, false);
    }

    /** An end or disable, counted by the {@code safety.max_ends} guard. */
    public static ActionKind end(String name) {
        return new ActionKind(name, Guard.END, false);
    }

    /** Mail (or its marker): last in its unit, never holding back a network action. */
    public static ActionKind mail(String name) {
        return new ActionKind(name, Guard.NONE, true);
    }

    /** The action's one name everywhere: journal, {@code vicvil log}, the text plan, JSON and totals: {@code create-client}. */
    public String label() {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the blast-radius guard counts it ({@code safety.max_ends}). */
    public boolean isEnd() {
        return guard == Guard.END;
    }

    /** See {@code mail} above. */
    public boolean isMail() {
        return mail;
    }

    @Override
    public int compareTo(ActionKind other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}

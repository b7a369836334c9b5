package com.erefiber.vicvil.error;

/** The exit codes every command uses (DESIGN §6); `--help` lists them. */
public final class ExitCodes {
    /** Everything done. */
    public static final int OK = 0;
    /** Done, but something needs attention: an action failed, a unit not enforced, drift, a failed check. */
    public static final int ATTENTION = 1;
    /** Bad flag, unknown unit, future month. */
    public static final int USAGE = 2;
    /** Config or inventory invalid, or the state database unusable. */
    public static final int CONFIG = 3;
    /** Refused by a safety guard. */
    public static final int REFUSED = 4;
    /** A bug: an unexpected exception. */
    public static final int INTERNAL = 70;
    /** Temporary failure: upstream unreachable after retries, lock not obtained. */
    public static final int TEMPFAIL = 75;

    // From what needs no one to what needs someone most: a temporary failure catches up at the next run, a guard
    // waits for a person, a broken config stops every run, a bug is worst.
    private static final int[] SEVERITY = {OK, ATTENTION, TEMPFAIL, REFUSED, USAGE, CONFIG, INTERNAL};

    private ExitCodes() {}

    /** Of two runs' codes, the one that needs a person more (for a command that runs several jobs). */
    public static int worst(int a, int b) {
        return severity(a) >= severity(b) ? a : b;
    }

    private static int severity(int code) {
        for (int rank = 0; rank < SEVERITY.length; rank++) {
            if (SEVERITY[rank] == code) {
                return rank;
            }
        }
        // An unknown code is treated as a bug's.
        return SEVERITY.length;
    }

    /** The lines `--help` prints under "Exit codes:". */
    public static String[] helpList() {
        return new String[] {
            "0:done",
            "1:done, but something needs attention (an action failed, a unit not enforced, drift, a failed check)",
            "2:usage error (bad flag, unknown unit, future month)",
            "3:config or inventory invalid, or the state database unusable (a folder, unreadable, damaged)",
            "4:refused by a safety guard (rerun with --force after checking)",
            "70:internal error (a bug: rerun with -v and report it)",
            "75:temporary failure (upstream unreachable after retries, lock held by another run)",
        };
    }
}

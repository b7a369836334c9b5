package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.core.world.UispReads.Read;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a job is going to read whatever it finds: UISP's lists, and Innago's lease list. The job runner starts these
 * reads as soon as the run holds its lock, so that their round trips overlap the opening of the state store
 * instead of following it; the job then finds them read, or under way.
 *
 * @param leases whether the job reads the owner's lease list
 * @param uisp   the UISP lists the job reads
 */
public record ReadAhead(boolean leases, Set<Read> uisp) {
    /** Nothing read ahead. */
    public static final ReadAhead NOTHING = new ReadAhead(false, Set.of());

    public ReadAhead {
        uisp = uisp.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(uisp));
    }

    /** The UISP lists {@code first, rest}, and no lease list. */
    public static ReadAhead uisp(Read first, Read... rest) {
        return new ReadAhead(false, EnumSet.of(first, rest));
    }

    /** The same, and the owner's lease list too. */
    public ReadAhead andLeases() {
        return new ReadAhead(true, uisp);
    }
}

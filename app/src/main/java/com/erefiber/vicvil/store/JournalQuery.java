package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.UnitKey;
import java.time.Instant;
import java.util.Optional;

/** A filter on the journal (for {@code vicvil log}): every present part must match; at most {@code limit} entries. */
public record JournalQuery(Optional<UnitKey> unit, Optional<String> job, Optional<Instant> since, int limit) {
    public JournalQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("a journal query returns at least one entry, not " + limit);
        }
    }
}

package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.UnitKey;
import java.time.Instant;
import java.util.Optional;

/** One journaled action; {@code unit} is empty for complex-wide actions (e.g. the monthly invoice). */
public record JournalEntry(
        long id,
        String runId,
        String job,
        Optional<UnitKey> unit,
        String action,
        String reason,
        JournalOutcome outcome,
        Optional<String> detail,
        Instant startedAt,
        Optional<Instant> finishedAt) {}

package com.erefiber.vicvil.store;

import java.time.Instant;
import java.util.Optional;

/** One run of a job; {@code finishedAt} and {@code exitCode} stay empty when the run was killed. */
public record RunRecord(
        String runId, String job, Instant startedAt, Optional<Instant> finishedAt, Optional<Integer> exitCode) {}

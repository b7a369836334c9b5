package com.erefiber.vicvil.core;

import java.util.Optional;

/** One run of a job: its name, its run id in the store (absent in a dry run) and the shared context. */
public record JobRun(String job, Optional<String> runId, boolean dryRun, AppContext context) {}

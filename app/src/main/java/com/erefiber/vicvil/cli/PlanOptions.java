package com.erefiber.vicvil.cli;

import picocli.CommandLine.Option;

/** {@code --dry-run} and {@code --json}: the options every mutating job takes, worded once. */
final class PlanOptions {
    @Option(names = "--dry-run", description = "Print the plan (unit, action, reason); write nothing anywhere.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the plan as JSON instead of a table.")
    boolean json;
}

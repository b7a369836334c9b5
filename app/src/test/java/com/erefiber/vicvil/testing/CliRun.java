package com.erefiber.vicvil.testing;

import com.erefiber.vicvil.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/** Runs one vicvil command line in-process and keeps its exit code, stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code args} with the given environment and clock, as cron would (not interactive). */
    public static CliRun run(Map<String, String> env, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new PrintWriter(out, true), new PrintWriter(err, true), env, clock, false).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs {@code args} with an empty environment and the system clock. */
    public static CliRun run(String... args) {
        return run(Map.of(), Clock.systemUTC(), args);
    }
}

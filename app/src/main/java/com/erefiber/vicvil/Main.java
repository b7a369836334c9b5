package com.erefiber.vicvil;

import com.erefiber.vicvil.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Entry point: runs one command and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // The launcher says whether stderr is a terminal (Java cannot tell); without it, fall back to the console.
        boolean interactive = Boolean.parseBoolean(
                System.getProperty("vicvil.interactive", Boolean.toString(System.console() != null)));
        int code = new Cli(out, err, System.getenv(), Clock.systemUTC(), interactive).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}

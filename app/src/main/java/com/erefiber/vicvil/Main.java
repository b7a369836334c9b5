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
        int code = new Cli(out, err, System.getenv(), Clock.systemUTC(), System.console() != null).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}

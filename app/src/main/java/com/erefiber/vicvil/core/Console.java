package com.erefiber.vicvil.core;

import java.io.PrintWriter;

/**
 * The operator's terminal: stdout is data, stderr is talk. {@code --quiet} keeps only errors (so cron
 * mails only on trouble); {@code --verbose} adds detail; progress shows only when a person is watching.
 */
public final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean interactive;

    public Console(PrintWriter out, PrintWriter err, boolean quiet, boolean verbose, boolean interactive) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.interactive = interactive;
    }

    /** The data stream (tables, JSON, reports). */
    public PrintWriter out() {
        return out;
    }

    /** An informational line on stderr, hidden by --quiet. */
    public void info(String message) {
        if (!quiet) {
            err.println(message);
            err.flush();
        }
    }

    /** A detail line on stderr, shown only with --verbose. */
    public void detail(String message) {
        if (verbose && !quiet) {
            err.println(message);
            err.flush();
        }
    }

    /** A warning on stderr, hidden by --quiet. */
    public void warn(String message) {
        if (!quiet) {
            err.println("warning: " + message);
            err.flush();
        }
    }

    /**
     * Something the operator must look at (drift, a unit not enforced), always shown, even with --quiet: it is
     * why the run exits 1, so cron mails it.
     */
    public void attention(String message) {
        err.println("attention: " + message);
        err.flush();
    }

    /** An error on stderr, always shown. */
    public void error(String message) {
        err.println("error: " + message);
        err.flush();
    }

    /** A progress line for long work, only when a person is watching (stderr is a terminal) and not --quiet. */
    public void progress(String message) {
        if (interactive && !quiet) {
            err.print("\r" + message + "\u001b[K");
            err.flush();
        }
    }

    /** Ends a progress line. */
    public void progressDone() {
        if (interactive && !quiet) {
            err.println();
            err.flush();
        }
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean verbose() {
        return verbose;
    }
}

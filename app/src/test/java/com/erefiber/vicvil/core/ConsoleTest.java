package com.erefiber.vicvil.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleTest {
    private final StringWriter err = new StringWriter();

    private Console console(boolean quiet, boolean verbose, boolean interactive) {
        return new Console(
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), quiet, verbose, interactive);
    }

    @Test
    void quietKeepsOnlyWhatNeedsAPerson() {
        Console quiet = console(true, false, true);

        quiet.info("nothing to do");
        quiet.warn("minor");
        quiet.progress("applied 3/118 units");
        quiet.attention("DRIFT  300 S Harper #4  service suspended outside vicvil");
        quiet.error("300 S Harper #4: end-service failed");

        assertThat(err.toString())
                .isEqualTo("attention: DRIFT  300 S Harper #4  service suspended outside vicvil\n"
                        + "error: 300 S Harper #4: end-service failed\n");
    }

    @Test
    void progressShowsOnlyToAPersonAndDetailOnlyWhenVerbose() {
        console(false, false, false).progress("applied 3/118 units");
        console(false, false, false).detail("hidden");
        assertThat(err.toString()).isEmpty();

        console(false, true, true).progress("applied 3/118 units");
        console(false, true, true).detail("shown");
        assertThat(err.toString()).contains("applied 3/118 units", "shown");
    }
}

package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.testing.CliRun;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void helpListsCommandsAndTheExitCodeTable() {
        CliRun run = CliRun.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "Commands:",
                        "generate-completion",
                        "Exit codes:",
                        "refused by a safety guard",
                        "75",
                        "temporary failure");
    }

    @Test
    void noCommandPrintsUsageOnStderrAndExitsTwo() {
        CliRun run = CliRun.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Usage: vicvil");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.run("--no-such-flag");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-flag");
    }

    @Test
    void versionNamesTheProgram() {
        CliRun run = CliRun.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("vicvil ");
    }

    @Test
    void completionScriptIsPrintedForBash() {
        CliRun run = CliRun.run("generate-completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F", "vicvil");
    }
}

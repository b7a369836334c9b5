package com.erefiber.vicvil.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --wait-lock}: only on the commands that take the run lock (the mutating jobs). */
final class LockOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    int waitSeconds = 120;

    @Option(
            names = "--wait-lock",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "How long to wait for another run to finish (default: ${DEFAULT-VALUE}).")
    void waitLock(int seconds) {
        if (seconds < 0) {
            throw new ParameterException(spec.commandLine(), "--wait-lock must be 0 or more seconds: " + seconds);
        }
        waitSeconds = seconds;
    }
}

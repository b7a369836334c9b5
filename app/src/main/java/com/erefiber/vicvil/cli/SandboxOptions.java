package com.erefiber.vicvil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code sandbox} and {@code demo} share: which sandbox world, and where its files go. */
final class SandboxOptions {
    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Chooses the sandbox's tenants, late payers and tickets (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where config.yaml, onus.csv and sandbox.env (and a run's database) go "
                    + "(default: a new temporary folder).")
    private Path dir;

    /** The folder given with --dir, or a new temporary one named {@code prefix…}. */
    Path folder(String prefix) throws IOException {
        return dir != null ? dir : Files.createTempDirectory(prefix);
    }
}

package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.store.RunLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** The options {@code sandbox} and {@code demo} share: which sandbox world, and where its files go. */
final class SandboxOptions {
    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "1",
            description = "Chooses the sandbox's tenants, late payers and tickets (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "Where config.yaml, onus.csv and sandbox.env (and a run's database) go "
                    + "(default: a new temporary folder). A DIR holding an earlier sandbox's database is refused "
                    + "unless --reset; one holding a config the sandbox did not write is always refused.")
    private Path dir;

    @Option(
            names = "--reset",
            description = "With --dir: delete the database and Innago token an earlier sandbox left in DIR "
                    + "(they belong to a fake that is gone).")
    private boolean reset;

    /**
     * The folder given with --dir, or a new temporary one named {@code prefix…}. A fresh sandbox starts with
     * fresh ids, so what an earlier one left in --dir would contradict it: that is refused (exit 2) unless --reset
     * deletes it. A config the sandbox did not write is never overwritten.
     */
    Path folder(String prefix, Console console) throws IOException {
        if (dir == null) {
            return Files.createTempDirectory(prefix);
        }
        Optional<Path> foreign = SandboxFiles.foreignConfig(dir);
        if (foreign.isPresent()) {
            throw new VicvilException(
                    ExitCodes.USAGE,
                    foreign.get() + " is not a sandbox config and the sandbox would "
                            + "overwrite it: choose another --dir");
        }
        List<Path> leftovers = leftovers(dir);
        if (leftovers.isEmpty()) {
            return dir;
        }
        String names =
                leftovers.stream().map(path -> path.getFileName().toString()).collect(Collectors.joining(", "));
        if (!reset) {
            throw new VicvilException(
                    ExitCodes.USAGE,
                    dir + " holds " + names + " from an earlier sandbox, which a "
                            + "fresh one would contradict: add --reset to delete them, or choose another --dir");
        }
        for (Path leftover : leftovers) {
            Files.deleteIfExists(leftover);
        }
        console.info("reset " + dir + ": deleted " + names);
        return dir;
    }

    /**
     * What runs against an earlier sandbox left in {@code dir}: its state database (with SQLite's companions and the
     * run lock) and the Innago token cache. They describe a fake that is gone, so a fresh sandbox contradicts them.
     */
    private static List<Path> leftovers(Path dir) {
        Path state = SandboxFiles.stateFile(dir);
        return Stream.of(
                        state,
                        Path.of(state + "-wal"),
                        Path.of(state + "-shm"),
                        RunLock.lockFileFor(state),
                        dir.resolve(AppContext.TOKEN_CACHE))
                .filter(Files::exists)
                .toList();
    }
}

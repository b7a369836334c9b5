package com.erefiber.vicvil.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.sandbox.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A scenario test's sandbox (loopback only): a fresh world of the given seed with its config in a folder of its own
 * before each test, closed after it; {@link #vicvil} runs a command line against it at the world's clock.
 */
public final class SandboxScenario implements BeforeEachCallback, AfterEachCallback {
    private final long seed;
    private Path dir;
    private Sandbox sandbox;
    private SandboxFiles files;

    public SandboxScenario(long seed) {
        this.seed = seed;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("vicvil-scenario");
        sandbox = Sandbox.start(seed);
        files = sandbox.writeConfig(dir);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        sandbox.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public World world() {
        return sandbox.world();
    }

    public SandboxFiles files() {
        return files;
    }

    /** The folder of the config, the inventory and the state database. */
    public Path dir() {
        return dir;
    }

    /** Runs {@code args} with the sandbox's config, at the world's time (as cron would: not interactive). */
    public CliRun vicvil(String... args) {
        List<String> all = new ArrayList<>(List.of("-c", files.config().toString()));
        all.addAll(List.of(args));
        return CliRun.run(Map.of(), Clock.fixed(world().now(), ZoneOffset.UTC), all.toArray(String[]::new));
    }

    /** Runs the command {@code name} with {@code args}, as {@link #vicvil} does. */
    public CliRun command(String name, String... args) {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(List.of(args));
        return vicvil(all.toArray(String[]::new));
    }

    /** Runs {@code jobs} in turn, each expected to exit 0, then forgets their requests: the scenario starts there. */
    public void provision(String... jobs) {
        for (String job : jobs) {
            CliRun run = vicvil(job);
            assertThat(run.exitCode()).as(job + "\n" + run.err()).isZero();
        }
        sandbox.requests().reset();
    }
}

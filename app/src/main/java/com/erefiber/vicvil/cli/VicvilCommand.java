package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.error.ExitCodes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command: global options, and the application context its subcommands share. {@link Cli} registers the
 * subcommands (only those a run needs).
 */
@Command(
        name = "vicvil",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description =
                "Keeps Victorian Village in step between Innago (leases, rent, tickets) and UISP (clients, services, ONUs).")
public final class VicvilCommand implements Callable<Integer> {
    private final Map<String, String> env;
    private final Clock clock;
    private final boolean interactive;
    private AppContext context;

    @Spec
    private CommandSpec spec;

    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "Config file (default: $VICVIL_CONFIG, else ./config.yaml).")
    private Path config;

    @Option(
            names = "--state",
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "State database, overriding state.path from the config.")
    private Path state;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description = "Print only errors (for cron).")
    private boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "More detail; stack traces on errors.")
    private boolean verbose;

    VicvilCommand(Map<String, String> env, Clock clock, boolean interactive) {
        this.env = env;
        this.clock = clock;
        this.interactive = interactive;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    boolean quiet() {
        return quiet;
    }

    boolean verbose() {
        return verbose;
    }

    /** The state database's path once a command has read the config, for messages about it. */
    Optional<Path> statePath() {
        return Optional.ofNullable(context).flatMap(AppContext::knownStatePath);
    }

    /** The shared application context, built on first use (nothing is read before a command needs it). */
    AppContext context() {
        if (context == null) {
            context = new AppContext(
                    env,
                    clock,
                    config,
                    state,
                    new com.erefiber.vicvil.core.Console(
                            spec.commandLine().getOut(), spec.commandLine().getErr(), quiet, verbose, interactive));
        }
        return context;
    }
}

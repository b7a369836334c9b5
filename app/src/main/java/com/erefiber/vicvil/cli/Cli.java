package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.error.ExitCodes;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Builds the picocli command line with all CLI policy in one place: streams, environment, clock,
 * logging set-up, the exception handler and the exit-code table. Tests run commands through it in-process.
 */
public final class Cli {
    /** The subcommands, in the order help lists them; a run builds only those it needs ({@link CommandWord}). */
    private static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("help", HelpCommand.class),
            new Subcommand("generate-completion", GenerateCompletion.class),
            new Subcommand("status", StatusCommand.class),
            new Subcommand("doctor", DoctorCommand.class),
            new Subcommand("sandbox", SandboxCommand.class),
            new Subcommand("sync-leases", SyncLeasesCommand.class),
            new Subcommand("check-rent", CheckRentCommand.class),
            new Subcommand("hold", HoldCommand.class),
            new Subcommand("release", ReleaseCommand.class),
            new Subcommand("sync-tickets", SyncTicketsCommand.class),
            new Subcommand("cycle", CycleCommand.class),
            new Subcommand("upgrades", UpgradesCommand.class),
            new Subcommand("rename-onus", RenameOnusCommand.class),
            new Subcommand("demo", DemoCommand.class),
            new Subcommand("log", LogCommand.class),
            new Subcommand("billing", BillingCommand.class),
            new Subcommand("digest", DigestCommand.class));

    private static final List<String> NAMES = names();

    /** Commands that describe the others: running one of them builds them all. */
    private static final Set<String> DESCRIBING_OTHERS = Set.of("help", "generate-completion");

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Clock clock;
    private final boolean interactive;

    /**
     * @param interactive whether a person is watching (progress is shown); cron runs are not
     */
    public Cli(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, boolean interactive) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.interactive = interactive;
    }

    /** Parses and runs one command line; returns the exit code. */
    public int run(String... args) {
        return commandLineFor(args).execute(args);
    }

    /** The configured command line with every subcommand (for completion-script generation and tests). */
    public CommandLine commandLine() {
        return configured(root(), Set.copyOf(NAMES));
    }

    /** The configured command line with only the subcommands {@code args} need, as a run parses them. */
    CommandLine commandLineFor(String... args) {
        CommandLine root = root();
        return configured(root, CommandWord.needed(root.getCommandSpec(), NAMES, DESCRIBING_OTHERS, args));
    }

    private CommandLine root() {
        return new CommandLine(new VicvilCommand(env, clock, interactive));
    }

    private CommandLine configured(CommandLine commandLine, Set<String> needed) {
        for (Subcommand subcommand : SUBCOMMANDS) {
            if (needed.contains(subcommand.name())) {
                commandLine.addSubcommand(subcommand.name(), subcommand.type());
            }
        }
        // picocli applies these settings to the subcommands registered so far. CommandWord reads the arguments before:
        // a setting that changes how they are read (abbreviations, quotes) belongs in VicvilCommand's annotation.
        VicvilCommand root = commandLine.getCommand();
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionStrategy(this::execute);
        commandLine.setExecutionExceptionHandler(exceptionHandler(root));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        addExitCodeList(commandLine);
        return commandLine;
    }

    private int execute(ParseResult parseResult) {
        VicvilCommand root = (VicvilCommand) parseResult.commandSpec().userObject();
        Logging.configure(root.quiet(), root.verbose());
        return new CommandLine.RunLast().execute(parseResult);
    }

    private IExecutionExceptionHandler exceptionHandler(VicvilCommand root) {
        FailureReport report = new FailureReport(root);
        return (thrown, commandLine, parseResult) -> report.report(thrown, commandLine.getErr(), "vicvil: ");
    }

    private static void addExitCodeList(CommandLine commandLine) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : ExitCodes.helpList()) {
            int colon = line.indexOf(':');
            codes.put(String.format("%3s", line.substring(0, colon)), line.substring(colon + 1));
        }
        CommandSpec spec = commandLine.getCommandSpec();
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        commandLine.getSubcommands().values().forEach(Cli::addExitCodeList);
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Subcommand subcommand : SUBCOMMANDS) {
            names.add(subcommand.name());
        }
        return List.copyOf(names);
    }

    /** A subcommand by the name its command word gives it; its model is built only when a run needs it. */
    private record Subcommand(String name, Class<?> type) {}
}

package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.error.ExitCodes;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Builds the picocli command line with all CLI policy in one place: streams, environment, clock,
 * logging set-up, the exception handler and the exit-code table. Tests run commands through it in-process.
 */
public final class Cli {
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
        return commandLine().execute(args);
    }

    /** The configured command line (exposed for completion-script generation and tests). */
    public CommandLine commandLine() {
        VicvilCommand root = new VicvilCommand(env, clock, interactive);
        CommandLine commandLine = new CommandLine(root);
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
}

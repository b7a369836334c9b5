package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * A run builds only the subcommand it runs, and reads its command line exactly as the model with every
 * subcommand does: the same commands, option values and errors, with the same usage messages.
 */
class CommandWordTest {

    private static Cli cli() {
        return new Cli(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                Map.of(),
                Clock.systemUTC(),
                false);
    }

    static Stream<Arguments> commandLines() {
        return Stream.of(
                        "status",
                        "-c x status",
                        "status -c x",
                        "--config=x status",
                        "status --config=x --state=s",
                        "-qc x status",
                        "-qcx status",
                        "-qvc=x status --json",
                        "-cq status",
                        "-c x -q sync-leases --state s -v --dry-run",
                        "sync-leases -qc x --wait-lock 5",
                        "-q sync-leases -q",
                        "check-rent --as-of 2025-03-02 --unit 300-s-harper-1 -c x",
                        "billing --format csv -c x",
                        "billing --format HTML --month 2025-02",
                        "upgrades approve 5 -c x",
                        "upgrades reject 5 --reason why",
                        "upgrades -c x",
                        "hold 300-s-harper-1 --until 2025-04-01 --reason test",
                        "log --job sync-leases --limit 3",
                        "-c= status",
                        "-qc= status",
                        "-qc= x status",
                        "-cstatus status",
                        "-c x -c y status",
                        "--state s --state=t status",
                        "-c -q status",
                        "-c --state status",
                        "-c @missing status",
                        "@missing status",
                        "- status",
                        "-q=true status",
                        "--quiet=true status",
                        "-qx status",
                        "-qvq status",
                        "-vV status",
                        "-hq status",
                        "--conf x status",
                        "STATUS",
                        "status status",
                        "status --bogus",
                        "status -c",
                        "-c status status",
                        "-c sync-leases status",
                        "--config=sync-leases status",
                        "-q -q status",
                        "--bogus status",
                        "-x status",
                        "statu",
                        "nosuch -c x",
                        "-c x",
                        "-c",
                        "",
                        "-q",
                        "-- status",
                        "--version",
                        "-V -c x",
                        "-V status",
                        "-V status --bogus",
                        "-h",
                        "-h status",
                        "-V -h",
                        "status -h",
                        "help",
                        "help status",
                        "generate-completion")
                .map(line -> Arguments.of((Object) (line.isEmpty() ? new String[0] : line.split(" "))));
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void aRunReadsItsCommandLineAsTheWholeModelDoes(String[] args) {
        String lazily = outcome(cli().commandLineFor(args), args);
        String whole = outcome(cli().commandLine(), args);

        assertThat(lazily).as(String.join(" ", args)).isEqualTo(whole);
    }

    @Test
    void aRunBuildsOnlyTheCommandItRuns() {
        assertThat(built("status")).containsExactly("status");
        assertThat(built("-c", "x", "-q", "sync-leases", "--dry-run")).containsExactly("sync-leases");
        assertThat(built("--config=x", "check-rent")).containsExactly("check-rent");
        assertThat(built("-qc", "x", "sync-tickets", "-c", "y")).containsExactly("sync-tickets");
        assertThat(built("-qvcx", "rename-onus")).containsExactly("rename-onus");
        assertThat(built("-V", "status")).containsExactly("status");

        CommandLine upgrades = cli().commandLineFor("upgrades", "approve", "5")
                .getSubcommands()
                .get("upgrades");
        assertThat(upgrades.getSubcommands()).containsOnlyKeys("approve", "reject");
    }

    @Test
    void versionBuildsNoSubcommand() {
        assertThat(built("--version")).isEmpty();
        assertThat(built("-V", "-q")).isEmpty();
    }

    @Test
    void whatListsOrGuessesCommandsBuildsThemAll() {
        List<String> all = List.copyOf(cli().commandLine().getSubcommands().keySet());

        assertThat(all).hasSize(17).startsWith("help", "generate-completion", "status");
        for (String line : List.of(
                "",
                "-q",
                "--help",
                "-h status",
                "help",
                "help status",
                "generate-completion",
                "statu",
                "-c status status",
                "-q -q status",
                "--bogus status",
                "-- status",
                "-V -h")) {
            assertThat(built(line.isEmpty() ? new String[0] : line.split(" ")))
                    .as(line)
                    .containsExactlyElementsOf(all);
        }
    }

    @Test
    void eachSubcommandIsRegisteredUnderItsOwnName() {
        cli().commandLine().getSubcommands().forEach((name, command) -> assertThat(command.getCommandName())
                .isEqualTo(name));
    }

    @Test
    void helpListsEveryCommandAsTheWholeModelDoes() {
        CliRun run = CliRun.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(cli().commandLine().getUsageMessage());
        cli().commandLine().getSubcommands().keySet().forEach(name -> assertThat(run.out())
                .contains("  " + name + " "));
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.run("statu");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Unmatched argument at index 0: 'statu'", "Did you mean", "status");
    }

    @Test
    void theCommandRunGetsTheExitCodeList() {
        CliRun run = CliRun.run("sync-leases", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: vicvil sync-leases", "--config=FILE", "Exit codes:", "75");
    }

    private static List<String> built(String... args) {
        return List.copyOf(cli().commandLineFor(args).getSubcommands().keySet());
    }

    /**
     * What parsing {@code args} gives: each command's options and values, then the help or version the run prints, else
     * the usage a usage error in the command that runs would print; or the error with the usage printed with it.
     */
    private static String outcome(CommandLine commandLine, String... args) {
        StringBuilder text = new StringBuilder();
        StringWriter help = new StringWriter();
        commandLine.setOut(new PrintWriter(help, true));
        try {
            ParseResult parsed = commandLine.parseArgs(args);
            ParseResult last = parsed;
            for (ParseResult level = parsed; level != null; level = level.subcommand()) {
                text.append(level.commandSpec().qualifiedName())
                        .append(" usage=")
                        .append(level.isUsageHelpRequested())
                        .append(" version=")
                        .append(level.isVersionHelpRequested())
                        .append(" unmatched=")
                        .append(level.unmatched())
                        .append('\n');
                for (ArgSpec arg : level.commandSpec().args()) {
                    text.append("  ")
                            .append(name(arg))
                            .append(" = ")
                            .append(value(arg.getValue()))
                            .append('\n');
                }
                last = level;
            }
            text.append(
                    CommandLine.printHelpIfRequested(parsed)
                            ? help.toString()
                            : last.commandSpec().commandLine().getUsageMessage());
        } catch (ParameterException e) {
            text.append(e.getClass().getSimpleName())
                    .append(": ")
                    .append(e.getMessage())
                    .append('\n')
                    .append(e.getCommandLine().getUsageMessage());
        }
        return text.toString();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String value(Object value) {
        return value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value);
    }
}

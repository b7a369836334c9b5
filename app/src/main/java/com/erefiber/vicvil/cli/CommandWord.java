package com.erefiber.vicvil.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.ParserSpec;

/**
 * Which subcommands a command line needs built. Building a subcommand's model (reflection over its options and
 * mixins) is most of picocli's start-up, and a run uses one. The root's options are read from the root's own model
 * the way picocli's parser reads them ({@code -c FILE}, {@code --config=FILE}, {@code -qc FILE}, {@code -qcFILE});
 * whatever this reading is not sure of (an unknown option, a value picocli would refuse, an option given twice, an
 * {@code @}-file, {@code --}) builds every subcommand, so that the error, usage and suggestions stay the same.
 */
final class CommandWord {
    private final CommandSpec root;
    private final Set<String> names;
    private final Set<String> describingOthers;
    private final String[] args;
    private int next;

    private CommandWord(CommandSpec root, Set<String> names, Set<String> describingOthers, String[] args) {
        this.root = root;
        this.names = names;
        this.describingOthers = describingOthers;
        this.args = args;
    }

    /**
     * The names among {@code names} that {@code args} need: the subcommand they run; none for --version alone; all of
     * them when the root level asks for usage help, names no subcommand or one of {@code describingOthers} (help and
     * completion list every command), or may be an error.
     */
    static Set<String> needed(CommandSpec root, List<String> names, Set<String> describingOthers, String... args) {
        return new CommandWord(root, Set.copyOf(names), describingOthers, args).read();
    }

    private Set<String> read() {
        if (!readsAsPicocliDoes(root)) {
            return names;
        }
        Set<OptionSpec> given = new HashSet<>();
        boolean version = false;
        while (next < args.length) {
            String arg = args[next++];
            if (names.contains(arg)) {
                return describingOthers.contains(arg) ? names : Set.of(arg);
            }
            List<OptionSpec> options = options(arg);
            if (options.isEmpty()) {
                return names;
            }
            for (OptionSpec option : options) {
                // picocli refuses a single-valued option given twice; usage help lists every command
                if (!given.add(option) || option.usageHelp()) {
                    return names;
                }
                version |= option.versionHelp();
            }
        }
        return version ? Set.of() : names;
    }

    /** The root options {@code arg} gives, with their values read; none when it is anything else or unsure. */
    private List<OptionSpec> options(String arg) {
        String separator = root.parser().separator();
        OptionSpec whole = root.optionsMap().get(arg);
        if (whole != null) {
            return valueRead(whole, null) ? List.of(whole) : List.of();
        }
        int at = arg.indexOf(separator);
        OptionSpec named = at > 0 ? root.optionsMap().get(arg.substring(0, at)) : null;
        if (named != null) {
            return valueRead(named, arg.substring(at + separator.length())) ? List.of(named) : List.of();
        }
        if (!root.parser().posixClusteredShortOptionsAllowed() || arg.length() <= 2 || arg.charAt(0) != '-') {
            return List.of();
        }
        // clustered short options: flags, then at most one option whose value is the rest or the next argument
        List<OptionSpec> cluster = new ArrayList<>();
        String rest = arg.substring(1);
        while (!rest.isEmpty()) {
            OptionSpec option = root.posixOptionsMap().get(rest.charAt(0));
            if (option == null) {
                return List.of();
            }
            cluster.add(option);
            rest = rest.substring(1);
            if (takesOneValue(option)) {
                String attached = rest.startsWith(separator) ? rest.substring(separator.length()) : rest;
                return valueRead(option, attached.isEmpty() ? null : attached) ? cluster : List.of();
            }
            if (!isFlag(option) || rest.startsWith(separator)) {
                return List.of();
            }
        }
        return cluster;
    }

    /** Reads {@code option}'s value, {@code attached} or else the next argument; false when picocli may refuse it. */
    private boolean valueRead(OptionSpec option, String attached) {
        if (isFlag(option)) {
            return attached == null;
        }
        if (!takesOneValue(option)) {
            return false;
        }
        String value = attached != null ? attached : next < args.length ? args[next++] : null;
        // picocli refuses a value that names a command or resembles an option; an @-file would be expanded first
        return value != null && !names.contains(value) && !value.startsWith("-") && !value.startsWith("@");
    }

    private static boolean isFlag(OptionSpec option) {
        return option.arity().max() == 0;
    }

    private static boolean takesOneValue(OptionSpec option) {
        return option.arity().min() == 1
                && option.arity().max() == 1
                && !option.typeInfo().isMultiValue()
                && !option.interactive();
    }

    /** Whether none of the parser settings this reading does not follow is on (none is by default). */
    private static boolean readsAsPicocliDoes(CommandSpec root) {
        ParserSpec parser = root.parser();
        return !parser.abbreviatedOptionsAllowed()
                && !parser.abbreviatedSubcommandsAllowed()
                && !parser.trimQuotes()
                && !root.optionsCaseInsensitive()
                && !root.subcommandsCaseInsensitive();
    }
}

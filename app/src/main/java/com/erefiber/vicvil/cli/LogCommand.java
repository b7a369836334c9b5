package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.AsOf;
import com.erefiber.vicvil.core.LocalTimes;
import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.inventory.UnitKeys;
import com.erefiber.vicvil.store.JournalEntry;
import com.erefiber.vicvil.store.JournalQuery;
import com.erefiber.vicvil.store.StateStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil log}: the audit journal, newest first, filtered by unit, job and time (read-only). */
@Command(
        name = "log",
        mixinStandardHelpOptions = true,
        description = "Show the audit journal (what each run did to which unit, and why), newest first (read-only).")
final class LogCommand implements Callable<Integer> {
    /** Far more than a person reads, small enough that the one extra row asked for never overflows. */
    private static final int MAX_LIMIT = 1_000_000;

    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,5})([hd])");

    @ParentCommand
    private VicvilCommand root;

    @Option(
            names = "--unit",
            paramLabel = "KEY",
            description = "Only this unit, e.g. \"300 S Harper #4\" or 300-s-harper-4.")
    private String unit;

    @Option(
            names = "--job",
            paramLabel = "NAME",
            description = "Only this job: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Jobs.class)
    private String job;

    @Option(
            names = "--since",
            paramLabel = "WHEN",
            description = "Only entries from then on: YYYY-MM-DD or "
                    + "YYYY-MM-DDTHH:MM in the complex's time zone, or a relative 24h or 7d.")
    private String since;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "50",
            description = "At most N entries, the newest (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print a JSON array instead of one line per entry.")
    private boolean json;

    /** The job names, for --help and shell completion. */
    static final class Jobs implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Job.labels().iterator();
        }
    }

    @Override
    public Integer call() throws JsonProcessingException {
        AppContext context = root.context();
        // Check every flag before looking at the store, so a typo is reported the same with or without runs.
        JournalQuery query = query(context);
        Optional<StateStore> store = context.existingStore();
        if (store.isEmpty()) {
            // Read-only: a missing database means nothing ran; creating it here would be a side effect.
            if (json) {
                context.console().out().println("[]");
            }
            context.console().info("no runs yet: " + context.config().statePath() + " does not exist");
            context.console().out().flush();
            return ExitCodes.OK;
        }
        if (!store.get().isCurrent()) {
            context.console().warn(store.get().olderSchemaNote());
        }
        List<JournalEntry> found = store.get().journal().list(query);
        // One row more than shown tells whether older entries were left out.
        List<JournalEntry> shown = found.subList(0, Math.min(limit, found.size()));
        ZoneId zone = context.config().zone();
        PrintWriter out = context.console().out();
        if (json) {
            out.println(Json.mapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(shown.stream().map(LogEntry::of).toList()));
        } else {
            shown.forEach(entry -> out.println(line(entry, zone)));
        }
        out.flush();
        if (shown.isEmpty()) {
            context.console().info("no journal entries match");
        } else if (found.size() > limit) {
            context.console().info("showing the newest " + limit + "; older entries match too (raise --limit)");
        }
        return ExitCodes.OK;
    }

    private JournalQuery query(AppContext context) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new VicvilException(ExitCodes.USAGE, "--limit " + limit + ": expected 1 to " + MAX_LIMIT);
        }
        if (job != null && Job.byLabel(job).isEmpty()) {
            throw new VicvilException(
                    ExitCodes.USAGE, "--job " + job + ": unknown job; one of " + String.join(", ", Job.labels()));
        }
        Optional<UnitKey> unitKey = Optional.ofNullable(unit).map(text -> UnitKeys.resolve(context.inventory(), text));
        Optional<Instant> from = Optional.ofNullable(since).map(text -> since(text, context));
        return new JournalQuery(unitKey, Optional.ofNullable(job), from, limit + 1);
    }

    /** {@code --since}: a relative {@code 24h}/{@code 7d} back from now, else a date or time as for --as-of. */
    private static Instant since(String text, AppContext context) {
        ZoneId zone = context.config().zone();
        String value = text.strip().toLowerCase(Locale.ROOT);
        Matcher relative = RELATIVE.matcher(value);
        if (relative.matches()) {
            long amount = Long.parseLong(relative.group(1));
            ZonedDateTime now = ZonedDateTime.now(context.clock().withZone(zone));
            // Days are calendar days in the complex's zone, so "7d" means the same hour a week ago across DST.
            return (relative.group(2).equals("d") ? now.minusDays(amount) : now.minusHours(amount)).toInstant();
        }
        try {
            return AsOf.resolve(Optional.of(text), zone, context.clock()).toInstant();
        } catch (VicvilException e) {
            throw new VicvilException(
                    ExitCodes.USAGE,
                    "--since " + text.strip() + ": expected YYYY-MM-DD, YYYY-MM-DDTHH:MM (in " + zone
                            + "), or a relative 24h or 7d",
                    e);
        }
    }

    /** One entry on one line: time in the complex's zone, job, unit, action, outcome, reason, detail. */
    private static String line(JournalEntry entry, ZoneId zone) {
        String detail = entry.detail().map(text -> " -> " + oneLine(text)).orElse("");
        return String.format(
                Locale.ROOT,
                "%s  %-12s %-20s %-20s %-8s %s%s",
                LocalTimes.format(entry.startedAt(), zone),
                entry.job(),
                entry.unit().map(UnitKey::toString).orElse("-"),
                entry.action(),
                entry.outcome().name().toLowerCase(Locale.ROOT),
                oneLine(entry.reason()),
                detail);
    }

    /** Keeps an entry on its line even if an upstream error text carried a line break. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** An entry as {@code --json} prints it: times as UTC instants, outcome in lower case, absent parts null. */
    record LogEntry(
            long id,
            String run,
            String job,
            String unit,
            String action,
            String outcome,
            String reason,
            String detail,
            Instant startedAt,
            Instant finishedAt) {
        static LogEntry of(JournalEntry entry) {
            return new LogEntry(
                    entry.id(),
                    entry.runId(),
                    entry.job(),
                    entry.unit().map(UnitKey::toString).orElse(null),
                    entry.action(),
                    entry.outcome().name().toLowerCase(Locale.ROOT),
                    entry.reason(),
                    entry.detail().orElse(null),
                    entry.startedAt(),
                    entry.finishedAt().orElse(null));
        }
    }
}

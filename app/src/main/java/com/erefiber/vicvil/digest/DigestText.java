package com.erefiber.vicvil.digest;

import com.erefiber.vicvil.core.LocalTimes;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.JournalEntry;
import com.erefiber.vicvil.store.RunRecord;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The digest as the operator's mail reads it: a subject line and a plain-text body, times in the complex's zone. */
public final class DigestText {
    private DigestText() {}

    /** "vicvil digest 2026-03-09: 14 actions, 1 failure, 2 drift". */
    public static String subject(Digest digest, ZoneId zone) {
        return "vicvil digest " + digest.since().atZone(zone).toLocalDate() + ": "
                + digest.actions().size()
                + " actions, " + (digest.failures().size() + digest.badRuns().size()) + " failures"
                + digest.drift().map(lines -> ", " + lines.size() + " drift").orElse("")
                + (digest.needsAttention() ? " — needs attention" : "");
    }

    /** The body: actions by job, failures, silent jobs, units needing attention, drift. */
    public static String body(Digest digest, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        text.append("What vicvil did from ")
                .append(LocalTimes.format(digest.since(), zone))
                .append(" to ")
                .append(LocalTimes.format(digest.until(), zone))
                .append(".\n\n");
        Map<String, Long> byJob = digest.actions().stream()
                .collect(Collectors.groupingBy(JournalEntry::job, TreeMap::new, Collectors.counting()));
        section(text, "Actions (" + digest.actions().size() + ")", digest.actions(), entry -> line(entry, zone));
        if (!byJob.isEmpty()) {
            text.append("  by job: ")
                    .append(byJob.entrySet().stream()
                            .map(count -> count.getKey() + " " + count.getValue())
                            .collect(Collectors.joining(", ")))
                    .append("\n\n");
        }
        section(
                text,
                "Failed actions (" + digest.failures().size() + ")",
                digest.failures(),
                entry -> line(entry, zone)
                        + entry.detail().map(detail -> " -> " + detail).orElse(""));
        section(text, "Failed runs (" + digest.badRuns().size() + ")", digest.badRuns(), run -> run(run, zone));
        section(
                text,
                "Jobs without a good run in the period (" + digest.silentJobs().size() + ")",
                digest.silentJobs(),
                Function.identity());
        section(
                text,
                "Units needing attention (" + digest.attention().size() + ")",
                digest.attention(),
                Function.identity());
        if (digest.drift().isPresent()) {
            List<String> drift = digest.drift().orElseThrow();
            section(text, "Drift (" + drift.size() + "; vicvil status --drift)", drift, Function.identity());
        } else {
            text.append("Drift: not read (vicvil status --drift reads it).\n\n");
        }
        text.append("Details: vicvil log --since ")
                .append(digest.since().atZone(zone).toLocalDate())
                .append("; every unit: vicvil status.\n");
        return text.toString();
    }

    private static <T> void section(StringBuilder text, String title, List<T> items, Function<T, String> line) {
        text.append(title).append(items.isEmpty() ? ": none\n\n" : ":\n");
        if (!items.isEmpty()) {
            items.forEach(item -> text.append("  ").append(line.apply(item)).append('\n'));
            text.append('\n');
        }
    }

    private static String line(JournalEntry entry, ZoneId zone) {
        return LocalTimes.format(entry.startedAt(), zone) + "  " + entry.job() + "  "
                + entry.unit().map(UnitKey::toString).orElse("-") + "  " + entry.action() + " ("
                + entry.outcome().name().toLowerCase(Locale.ROOT) + "): " + entry.reason();
    }

    private static String run(RunRecord run, ZoneId zone) {
        return LocalTimes.format(run.startedAt(), zone) + "  " + run.job() + "  "
                + run.exitCode().map(code -> "exit " + code).orElse("never finished (killed?)");
    }
}

package com.erefiber.vicvil.digest;

import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.domain.RentStatus;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.JournalEntry;
import com.erefiber.vicvil.store.JournalOutcome;
import com.erefiber.vicvil.store.RentCheck;
import com.erefiber.vicvil.store.RunRecord;
import com.erefiber.vicvil.store.UnitSeen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's daily digest (a pure summary of what the store holds for a period): what vicvil did, what failed,
 * the jobs that have not run well since, the units vicvil cannot enforce, and the drift (when it was read).
 *
 * @param actions    journal entries done or skipped in the period, oldest first
 * @param failures   journal entries failed or left pending in the period
 * @param badRuns    runs of the period that ended with a failure exit code or never ended
 * @param silentJobs jobs with no good run (exit 0 or 1) in the period
 * @param attention  units vicvil cannot enforce or that need a look, with why
 * @param drift      the mismatches {@code status --drift} finds, one line each; empty when not read
 */
public record Digest(
        Instant since,
        Instant until,
        List<JournalEntry> actions,
        List<JournalEntry> failures,
        List<RunRecord> badRuns,
        List<String> silentJobs,
        List<String> attention,
        Optional<List<String>> drift) {

    /** What the digest is made from. */
    public record Input(
            Instant since,
            Instant until,
            LocalDate today,
            List<JournalEntry> journal,
            List<RunRecord> runs,
            List<InventoryRow> inventory,
            Map<UnitKey, UnitSeen> seen,
            Map<UnitKey, RentCheck> rent,
            Map<UnitKey, Hold> holds,
            Optional<List<String>> drift) {}

    /** Summarises {@code input}. */
    public static Digest of(Input input) {
        List<JournalEntry> inPeriod = input.journal().stream()
                .filter(entry -> !entry.startedAt().isBefore(input.since()))
                .sorted(Comparator.comparing(JournalEntry::startedAt).thenComparing(JournalEntry::id))
                .toList();
        List<JournalEntry> failures = inPeriod.stream()
                .filter(entry -> entry.outcome() == JournalOutcome.FAILED || entry.outcome() == JournalOutcome.PENDING)
                .toList();
        List<JournalEntry> actions =
                inPeriod.stream().filter(entry -> !failures.contains(entry)).toList();
        List<RunRecord> badRuns = input.runs().stream()
                .filter(run -> run.exitCode()
                        .map(code -> code != ExitCodes.OK && code != ExitCodes.ATTENTION)
                        .orElse(true))
                .toList();
        // Billing runs once a month: a day without it is no silence.
        List<String> silent = Arrays.stream(Job.values())
                .filter(job -> job != Job.BILLING)
                .map(Job::label)
                .filter(job -> input.runs().stream()
                        .noneMatch(run -> run.job().equals(job)
                                && run.exitCode()
                                        .filter(code -> code == ExitCodes.OK || code == ExitCodes.ATTENTION)
                                        .isPresent()))
                .toList();
        return new Digest(
                input.since(), input.until(), actions, failures, badRuns, silent, attention(input), input.drift());
    }

    /** Units without an ONU that should be cut, ONUs NMS does not list, and holds ending within the week. */
    private static List<String> attention(Input input) {
        List<String> found = new ArrayList<>();
        for (InventoryRow row : input.inventory()) {
            Optional<UnitSeen> seen = Optional.ofNullable(input.seen().get(row.unit()));
            boolean vacant = seen.map(unit -> !unit.occupied()).orElse(false);
            boolean unpaid = Optional.ofNullable(input.rent().get(row.unit()))
                    .filter(check -> check.status() == RentStatus.DELINQUENT)
                    .isPresent();
            if (!row.hasOnu() && (vacant || unpaid)) {
                found.add(
                        row.unit() + ": not enforced, no ONU installed (" + (vacant ? "vacant" : "rent unpaid") + ")");
            } else if (row.hasOnu()
                    && seen.filter(unit -> unit.onuName().isEmpty()).isPresent()) {
                found.add(row.unit() + ": not enforced, its ONU is not in the complex's part of NMS");
            }
            Optional.ofNullable(input.holds().get(row.unit()))
                    .filter(hold -> !hold.until().isAfter(input.today().plusDays(7)))
                    .ifPresent(hold ->
                            found.add(row.unit() + ": on hold until " + hold.until() + " (" + hold.reason() + ")"));
        }
        return List.copyOf(found);
    }

    /** Whether anything in the digest calls for the operator (exit 1 of {@code vicvil digest}). */
    public boolean needsAttention() {
        return !failures.isEmpty()
                || !badRuns.isEmpty()
                || !silentJobs.isEmpty()
                || drift.filter(lines -> !lines.isEmpty()).isPresent();
    }
}

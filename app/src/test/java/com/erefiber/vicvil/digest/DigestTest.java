package com.erefiber.vicvil.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.JournalEntry;
import com.erefiber.vicvil.store.JournalOutcome;
import com.erefiber.vicvil.store.RunRecord;
import com.erefiber.vicvil.store.UnitSeen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The digest's summary, without a store or a mail server. */
class DigestTest {
    private static final Instant SINCE = Instant.parse("2026-03-09T05:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-03-10T11:00:00Z");
    private static final UnitKey ONE = new UnitKey("300 S Harper", "1");
    private static final UnitKey TWO = new UnitKey("300 S Harper", "2");

    private static JournalEntry entry(long id, String job, JournalOutcome outcome, Instant at) {
        return new JournalEntry(
                id,
                "run" + id,
                job,
                Optional.of(ONE),
                "end-service",
                "lease ended",
                outcome,
                Optional.of("HTTP 500"),
                at,
                Optional.of(at));
    }

    private static RunRecord run(String job, Optional<Integer> exit) {
        return new RunRecord(job + exit, job, UNTIL.minusSeconds(60), exit.map(code -> UNTIL), exit);
    }

    private static Digest digest(List<JournalEntry> journal, List<RunRecord> runs, Map<UnitKey, UnitSeen> seen) {
        return Digest.of(new Digest.Input(
                SINCE,
                UNTIL,
                LocalDate.of(2026, 3, 10),
                journal,
                runs,
                List.of(
                        new InventoryRow(
                                2,
                                ONE,
                                Optional.empty(),
                                Optional.of("SN1"),
                                Optional.empty(),
                                Optional.empty(),
                                "active",
                                Optional.empty()),
                        new InventoryRow(
                                3,
                                TWO,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                "active",
                                Optional.empty())),
                seen,
                Map.of(),
                Map.of(ONE, new Hold(ONE, LocalDate.of(2026, 3, 12), "hardship", LocalDate.of(2026, 3, 1))),
                Optional.empty()));
    }

    @Test
    void failuresBadRunsAndSilentJobsAreCalledOutAndOlderEntriesLeftOut() {
        Digest digest = digest(
                List.of(
                        entry(1, "sync-leases", JournalOutcome.DONE, SINCE.plusSeconds(60)),
                        entry(2, "sync-leases", JournalOutcome.FAILED, SINCE.plusSeconds(120)),
                        entry(3, "sync-leases", JournalOutcome.DONE, SINCE.minusSeconds(60))),
                List.of(
                        run("sync-leases", Optional.of(0)),
                        run("check-rent", Optional.of(75)),
                        run("sync-tickets", Optional.empty()),
                        run("rename-onus", Optional.of(1))),
                Map.of());

        assertThat(digest.actions()).extracting(JournalEntry::id).containsExactly(1L);
        assertThat(digest.failures()).extracting(JournalEntry::id).containsExactly(2L);
        assertThat(digest.badRuns()).extracting(RunRecord::job).containsExactly("check-rent", "sync-tickets");
        assertThat(digest.silentJobs()).containsExactly("check-rent", "sync-tickets");
        assertThat(digest.needsAttention()).isTrue();
        String body = DigestText.body(digest, ZoneId.of("America/New_York"));
        assertThat(body).contains("Failed actions (1)", "HTTP 500", "check-rent  exit 75", "never finished");
        assertThat(DigestText.subject(digest, ZoneId.of("America/New_York")))
                .isEqualTo("vicvil digest 2026-03-09: 1 actions, 3 failures — needs attention");
    }

    @Test
    void aVacantUnitWithoutAnOnuIsNotEnforcedAndAHoldEndingSoonIsMentioned() {
        UnitSeen vacant = new UnitSeen(
                TWO,
                Optional.empty(),
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                UNTIL);

        Digest digest = digest(List.of(), List.of(), Map.of(TWO, vacant));

        assertThat(digest.attention())
                .containsExactly(
                        "300 S Harper #1: on hold until 2026-03-12 (hardship)",
                        "300 S Harper #2: not enforced, no ONU installed (vacant)");
    }
}

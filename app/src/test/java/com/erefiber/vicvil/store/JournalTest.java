package com.erefiber.vicvil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.erefiber.vicvil.domain.UnitKey;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    private static final UnitKey UNIT_4 = new UnitKey("300 S Harper", "4");
    private static final UnitKey UNIT_5 = new UnitKey("300 S Harper", "5");

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2025-03-01T12:00:00Z"));
    private StateStore store;
    private Journal journal;
    private String run;

    @BeforeEach
    void openStore() {
        store = StateStore.open(dir.resolve("vicvil.db"), clock);
        journal = store.journal();
        run = store.runs().start("sync-leases");
    }

    @Test
    void aBegunActionIsPendingUntilFinished() {
        long id = journal.begin(run, "sync-leases", UNIT_4, "suspend-service", "rent unpaid after the 5th");

        assertThat(journal.pendingFor("sync-leases")).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(id);
            assertThat(entry.runId()).isEqualTo(run);
            assertThat(entry.unit()).contains(UNIT_4);
            assertThat(entry.action()).isEqualTo("suspend-service");
            assertThat(entry.reason()).isEqualTo("rent unpaid after the 5th");
            assertThat(entry.outcome()).isEqualTo(JournalOutcome.PENDING);
            assertThat(entry.startedAt()).isEqualTo(Instant.parse("2025-03-01T12:00:00Z"));
            assertThat(entry.finishedAt()).isEmpty();
        });

        clock.advance(Duration.ofSeconds(2));
        journal.finish(id, JournalOutcome.DONE, "service 34 suspended");

        assertThat(journal.pendingFor("sync-leases")).isEmpty();
        JournalEntry finished = journal.list(new JournalQuery(Optional.empty(), Optional.empty(), Optional.empty(), 10))
                .get(0);
        assertThat(finished.outcome()).isEqualTo(JournalOutcome.DONE);
        assertThat(finished.detail()).contains("service 34 suspended");
        assertThat(finished.finishedAt()).contains(Instant.parse("2025-03-01T12:00:02Z"));
    }

    @Test
    void anActionLeftPendingByAKilledRunIsFoundByTheNextRun() {
        long crashed = journal.begin(run, "sync-leases", UNIT_4, "end-service", "lease ended");
        journal.begin(run, "check-rent", UNIT_5, "suspend-service", "rent unpaid");

        Journal nextRun = StateStore.open(dir.resolve("vicvil.db"), clock).journal();

        assertThat(nextRun.pendingFor("sync-leases"))
                .extracting(JournalEntry::id)
                .containsExactly(crashed);
        assertThat(nextRun.pendingFor("check-rent")).hasSize(1);
        assertThat(nextRun.pendingFor("billing")).isEmpty();
    }

    @Test
    void anEntryFinishesOnceAndNeverAsPending() {
        long id = journal.begin(run, "sync-leases", UNIT_4, "enable-onu", "rent paid");
        journal.finish(id, JournalOutcome.FAILED, "HTTP 500 from UISP");

        assertThatThrownBy(() -> journal.finish(id, JournalOutcome.DONE, "again"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("journal entry " + id);
        assertThatThrownBy(() -> journal.finish(id + 100, JournalOutcome.DONE, "unknown"))
                .isInstanceOf(IllegalStateException.class);
        long other = journal.begin(run, "sync-leases", UNIT_4, "enable-onu", "rent paid");
        assertThatThrownBy(() -> journal.finish(other, JournalOutcome.PENDING, "still"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEntryNeedsARunThatWasStarted() {
        assertThatThrownBy(() -> journal.begin("no-such-run", "sync-leases", UNIT_4, "enable-onu", "rent paid"))
                .isInstanceOf(JdbiException.class)
                .hasMessageContaining("FOREIGN KEY");
    }

    @Test
    void aComplexWideActionHasNoUnit() {
        journal.begin(run, "billing", "create-invoice", "ERE-VV-2025-02");

        assertThat(journal.pendingFor("billing")).singleElement().satisfies(entry -> assertThat(entry.unit())
                .isEmpty());
    }

    @Test
    void listsNewestFirstFilteredByUnitJobAndTime() {
        long a = journal.begin(run, "sync-leases", UNIT_4, "a", "r");
        clock.advance(Duration.ofMillis(500));
        long b = journal.begin(run, "sync-leases", UNIT_5, "b", "r");
        clock.advance(Duration.ofMillis(500));
        long c = journal.begin(run, "check-rent", UNIT_4, "c", "r");
        clock.advance(Duration.ofMillis(500));
        long d = journal.begin(run, "check-rent", UNIT_4, "d", "r");

        assertThat(ids(new JournalQuery(Optional.empty(), Optional.empty(), Optional.empty(), 10)))
                .containsExactly(d, c, b, a);
        assertThat(ids(new JournalQuery(Optional.of(UNIT_4), Optional.empty(), Optional.empty(), 10)))
                .containsExactly(d, c, a);
        assertThat(ids(new JournalQuery(Optional.empty(), Optional.of("sync-leases"), Optional.empty(), 10)))
                .containsExactly(b, a);
        // 12:00:00.500 must sort before 12:00:01.000 and after 12:00:00.000: fixed-width times make text order time
        // order.
        assertThat(ids(new JournalQuery(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(Instant.parse("2025-03-01T12:00:00.500Z")),
                        10)))
                .containsExactly(d, c, b);
        assertThat(ids(new JournalQuery(
                        Optional.of(UNIT_4),
                        Optional.of("check-rent"),
                        Optional.of(Instant.parse("2025-03-01T12:00:01Z")),
                        10)))
                .containsExactly(d, c);
        assertThat(ids(new JournalQuery(Optional.empty(), Optional.empty(), Optional.empty(), 2)))
                .containsExactly(d, c);
    }

    private List<Long> ids(JournalQuery query) {
        return journal.list(query).stream().map(JournalEntry::id).toList();
    }
}

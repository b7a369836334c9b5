package com.erefiber.vicvil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRepositoryTest {
    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2025-03-01T12:00:00Z"));
    private RunRepository runs;

    @BeforeEach
    void openStore() {
        runs = StateStore.open(dir.resolve("vicvil.db"), clock).runs();
    }

    @Test
    void runIdsReadAsTheStartTimeAndStayUniqueWithinASecond() {
        String first = runs.start("sync-leases");
        String second = runs.start("sync-leases");

        assertThat(first).matches("20250301T120000Z-[0-9a-f]{8}");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void lastSuccessfulIsTheNewestRunThatExitedZeroOrOne() {
        String ok = runs.start("sync-leases");
        clock.advance(Duration.ofSeconds(30));
        runs.finish(ok, 0);
        clock.advance(Duration.ofMinutes(5));
        String attention = runs.start("sync-leases");
        runs.finish(attention, 1);
        clock.advance(Duration.ofMinutes(5));
        String failed = runs.start("sync-leases");
        runs.finish(failed, 75);
        clock.advance(Duration.ofMinutes(5));
        runs.start("sync-leases");
        String otherJob = runs.start("check-rent");
        runs.finish(otherJob, 0);

        assertThat(runs.lastSuccessful("sync-leases")).hasValueSatisfying(run -> {
            assertThat(run.runId()).isEqualTo(attention);
            assertThat(run.job()).isEqualTo("sync-leases");
            assertThat(run.startedAt()).isEqualTo(Instant.parse("2025-03-01T12:05:30Z"));
            assertThat(run.finishedAt()).contains(Instant.parse("2025-03-01T12:05:30Z"));
            assertThat(run.exitCode()).contains(1);
        });
        assertThat(runs.lastSuccessful("check-rent")).map(RunRecord::runId).contains(otherJob);
        assertThat(runs.lastSuccessful("billing")).isEmpty();
    }

    @Test
    void aRunFinishesOnce() {
        String run = runs.start("billing");
        runs.finish(run, 0);

        assertThatThrownBy(() -> runs.finish(run, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(run);
        assertThatThrownBy(() -> runs.finish("nope", 0)).isInstanceOf(IllegalStateException.class);
    }
}

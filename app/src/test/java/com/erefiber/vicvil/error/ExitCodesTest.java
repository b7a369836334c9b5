package com.erefiber.vicvil.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which of several runs' exit codes a command that runs them all reports. */
class ExitCodesTest {
    @Test
    void theCodeThatNeedsAPersonMoreWinsWhicheverComesFirst() {
        int[] ascending = {
            ExitCodes.OK,
            ExitCodes.ATTENTION,
            ExitCodes.TEMPFAIL,
            ExitCodes.REFUSED,
            ExitCodes.USAGE,
            ExitCodes.CONFIG,
            ExitCodes.INTERNAL
        };
        for (int lower = 0; lower < ascending.length; lower++) {
            for (int higher = lower; higher < ascending.length; higher++) {
                assertThat(ExitCodes.worst(ascending[lower], ascending[higher])).isEqualTo(ascending[higher]);
                assertThat(ExitCodes.worst(ascending[higher], ascending[lower])).isEqualTo(ascending[higher]);
            }
        }
    }

    @Test
    void anUnknownCodeCountsAsABug() {
        assertThat(ExitCodes.worst(ExitCodes.INTERNAL, 9)).isEqualTo(9);
        assertThat(ExitCodes.worst(9, ExitCodes.TEMPFAIL)).isEqualTo(9);
    }
}

package io.jejaring.plumbing.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(50), Duration.ofSeconds(5));

    @Test
    void theCeilingDoublesWithEachAttempt() {
        assertThat(backoff.delay(0, () -> 0.999999)).isEqualTo(Duration.ofMillis(50));
        assertThat(backoff.delay(1, () -> 0.999999)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delay(3, () -> 0.999999)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void theWaitIsUniformBelowTheCeiling() {
        assertThat(backoff.delay(3, () -> 0.0)).isEqualTo(Duration.ZERO);
        assertThat(backoff.delay(3, () -> 0.5)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void theWaitIsCappedHoweverManyAttemptsFailed() {
        for (int attempt : new int[] {7, 30, 31, 62, 63, 64, 1_000, Integer.MAX_VALUE}) {
            assertThat(backoff.delay(attempt, () -> 0.999999)).as("attempt " + attempt)
                    .isLessThanOrEqualTo(Duration.ofSeconds(5)).isGreaterThan(Duration.ofMillis(4_900));
        }
    }
}

package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class OpenLoadTest {

    @Test
    void sendsAtTheRateGivenAndCountsOnlyTheMeasuredWindow() throws Exception {
        OpenLoad.Result result = OpenLoad.run(200, Duration.ofMillis(200), Duration.ofMillis(500), 1000,
                Duration.ofSeconds(1), (due, measured) -> CompletableFuture.completedFuture(true));

        assertThat(result.due()).isEqualTo(100);
        assertThat(result.succeeded()).isEqualTo(100);
        assertThat(result.latencies()).hasSize(100);
        assertThat(result.failed() + result.dropped() + result.unanswered()).isZero();
    }

    @Test
    void aStalledServerDelaysEveryRequestDueDuringTheStallNotOnlyTheFirst() throws Exception {
        ScheduledExecutorService server = Executors.newSingleThreadScheduledExecutor();
        try {
            // the first request takes 300 ms and holds up all the others behind it, as one stuck connection would
            CompletableFuture<Void> stall = new CompletableFuture<>();
            server.schedule(() -> stall.complete(null), 300, TimeUnit.MILLISECONDS);
            OpenLoad.Result result = OpenLoad.run(100, Duration.ZERO, Duration.ofMillis(300), 1000, Duration.ofSeconds(2),
                    (due, measured) -> stall.thenApply(done -> true));

            assertThat(result.due()).isEqualTo(30);
            long[] sorted = result.latencies().clone();
            java.util.Arrays.sort(sorted);
            // due every 10 ms, all answered at about 300 ms: the waits spread from ~0 to ~300 ms
            assertThat(Latencies.percentile(sorted, 50)).isBetween(Duration.ofMillis(100).toNanos(), Duration.ofMillis(220).toNanos());
            assertThat(sorted[sorted.length - 1]).isGreaterThanOrEqualTo(Duration.ofMillis(280).toNanos());
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void requestsBeyondTheOutstandingLimitAreDroppedAndCounted() throws Exception {
        CompletableFuture<Boolean> never = new CompletableFuture<>();
        OpenLoad.Result result = OpenLoad.run(100, Duration.ZERO, Duration.ofMillis(200), 5, Duration.ofMillis(50),
                (due, measured) -> never);

        assertThat(result.due()).isEqualTo(20);
        assertThat(result.dropped()).isEqualTo(15);
        assertThat(result.unanswered()).isEqualTo(5);
        assertThat(result.succeeded()).isZero();
    }
}

package io.jejaring.benchmarks.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.OpenLoad;

class StreamReportTest {

    /** A rate whose 1000 writes took 1 to 1000 ms from write to insight, {@code dropped} of 1000 due dropped. */
    private static EndToEndLatency.Step step(int rate, long dropped) {
        long[] endToEnd = LongStream.rangeClosed(1, 1000).map(ms -> ms * 1_000_000).toArray();
        return new EndToEndLatency.Step(rate, new OpenLoad.Result(rate, Duration.ofSeconds(10), 1000, 1000 - dropped, 0,
                dropped, 0, new long[0]), endToEnd, 0, CpuAccounting.Usage.NONE);
    }

    @Test
    void eachTargetRateHasItsRowWithP99P999AndTheShareDropped() {
        assertThat(StreamReport.targetRow(List.of(step(50, 0), step(400, 5)), 400, 250)).isEqualTo(
                "| write to insight p99, open model, 400 writes/s | ≤ 250 ms | **990.0 ms** (p50 500.0 ms, p99.9 999.0 ms; "
                        + "0.5% dropped) | **missed** |\n");
        assertThat(StreamReport.targetRow(List.of(step(50, 0)), 200, 100))
                .isEqualTo("| write to insight p99, open model, 200 writes/s | ≤ 100 ms | not measured in this run | – |\n");
    }

    @Test
    void theDefaultRatesAreTheTargets() {
        assertThat(StreamOptions.parse(List.of()).rates()).containsExactly(50, 200, 400);
        assertThat(StreamBenchmark.TARGET_P99_MS).containsEntry(200, 100.0).containsEntry(400, 250.0);
    }
}

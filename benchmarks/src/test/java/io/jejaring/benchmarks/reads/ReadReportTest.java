package io.jejaring.benchmarks.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.Machine;
import io.jejaring.benchmarks.common.SuiteStack;

class ReadReportTest {

    /** {@code endpoint} at 100k contacts, one client: 100 requests of 1 to 100 times {@code stepMs}. */
    private static ReadLatencyBenchmark.Measurement measurement(String endpoint, double stepMs) {
        long[] latencies = LongStream.rangeClosed(1, 100).map(i -> (long) (i * stepMs * 1_000_000)).toArray();
        return new ReadLatencyBenchmark.Measurement(100_000, endpoint, 1, latencies, 0, Map.of(), Duration.ofSeconds(1),
                false, CpuAccounting.Usage.NONE);
    }

    @Test
    void everyReadHasItsTargetAtOneHundredThousandContactsAndTheFootprintTargetsAreIssue13s() {
        SuiteStack.RunFacts facts = new SuiteStack.RunFacts("benchmarks/run reads", "`abc`", "2026-01-01T00:00:00Z",
                new Machine(2, 1L << 30, "a CPU", "Linux", "Java"), "0 0 0", "0 0 0", Map.of());
        List<ReadLatencyBenchmark.Footprint> footprints = List.of(new ReadLatencyBenchmark.Footprint("contacts-service",
                Duration.ofMillis(4_000), Duration.ofMillis(900), 260 * 1024, 300 * 1024));
        ReadLatencyBenchmark.StackStart start = new ReadLatencyBenchmark.StackStart(Duration.ofMillis(6_500),
                Duration.ofMillis(4_200), "JDK 25.0.3 (Eclipse Adoptium), with an AOT cache");
        String md = ReadReport.render(new ReadReport.Run(ReadOptions.parse(List.of()), facts, start, footprints, List.of(),
                List.of(measurement("overdue", 0.1), measurement("reach", 1), measurement("suggestions", 0.1))));

        assertThat(md).contains("| `GET /overdue` p99, one owner with 100,000 contacts, one client | ≤ 20 ms | **9.90 ms** | met |",
                "| `GET /reach` p99, one owner with 100,000 contacts, one client | ≤ 20 ms | **99.0 ms** | **missed** |",
                "| `GET /suggestions` p99, one owner with 100,000 contacts, one client | ≤ 20 ms | **9.90 ms** | met |",
                "| ≤ 1.0 s on JDK 25 | **0.90 s** | met |", "| ≤ 250 MB | **260 MB** | **missed** |");
        assertThat(md).contains("| contacts-service: start to first ready answer, started alone, on JDK 25.0.3 (Eclipse Adoptium), "
                + "with an AOT cache (with the other two: 4.00 s) |");
        assertThat(md).contains("| `./jejaring up`: PostgreSQL, Kafka and the three services started together until all three "
                + "are ready, on JDK 25.0.3 (Eclipse Adoptium), with an AOT cache | ≤ 5.0 s on JDK 25 | **6.50 s** (from the "
                + "first service's start: 4.20 s) | **missed** |");
    }
}

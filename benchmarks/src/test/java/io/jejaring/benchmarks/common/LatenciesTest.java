package io.jejaring.benchmarks.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        long[] sorted = LongStream.rangeClosed(1, 100).toArray();
        assertEquals(50, Latencies.percentile(sorted, 50));
        assertEquals(99, Latencies.percentile(sorted, 99));
        assertEquals(100, Latencies.percentile(sorted, 100));
        assertEquals(1, Latencies.percentile(sorted, 1));
        assertEquals(1, Latencies.percentile(sorted, 0.5));
        assertEquals(7, Latencies.percentile(sorted, 7));
    }

    @Test
    void nearestRankRoundsTheRankUp() {
        long[] sorted = {10, 20, 30, 40};
        assertEquals(20, Latencies.percentile(sorted, 50));
        assertEquals(30, Latencies.percentile(sorted, 50.1));
        assertEquals(40, Latencies.percentile(sorted, 99));
        assertEquals(10, Latencies.percentile(sorted, 25));
    }

    @Test
    void binaryRoundingDoesNotMoveTheRank() {
        long[] sorted = LongStream.rangeClosed(1, 1000).toArray();
        assertEquals(999, Latencies.percentile(sorted, 99.9));
        assertEquals(990, Latencies.percentile(sorted, 99));
    }

    @Test
    void oneSampleIsEveryPercentile() {
        long[] sorted = {42};
        assertEquals(42, Latencies.percentile(sorted, 50));
        assertEquals(42, Latencies.percentile(sorted, 99));
    }

    @Test
    void summarySortsAndReportsMaxAndMean() {
        Latencies.Summary summary = Latencies.summarize(new long[] {5, 1, 4, 2, 3});
        assertEquals(5, summary.count());
        assertEquals(3, summary.p50());
        assertEquals(5, summary.p99());
        assertEquals(5, summary.max());
        assertEquals(3.0, summary.mean(), 1e-9);
    }

    @Test
    void noSamples() {
        assertEquals(Latencies.Summary.EMPTY, Latencies.summarize(new long[0]));
        assertThrows(IllegalArgumentException.class, () -> Latencies.percentile(new long[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Latencies.percentile(new long[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Latencies.percentile(new long[] {1}, 101));
    }

    @Test
    void recorderGrowsAndConcatJoins() {
        Latencies.Recorder recorder = new Latencies.Recorder();
        for (long i = 0; i < 10_000; i++) {
            recorder.add(i);
        }
        assertEquals(10_000, recorder.size());
        long[] all = Latencies.concat(recorder.toArray(), new long[] {-1});
        assertEquals(10_001, all.length);
        assertEquals(9_999, all[9_999]);
        assertEquals(-1, all[10_000]);
    }
}

package io.jejaring.benchmarks.common;

import java.util.Arrays;

/** Latency figures from every recorded sample, in nanoseconds. Percentiles use the nearest-rank method. */
public final class Latencies {

    private Latencies() {
    }

    /** The figures of one set of samples; all zero when there are none. */
    public record Summary(int count, long p50, long p99, long max, double mean) {

        static final Summary EMPTY = new Summary(0, 0, 0, 0, 0);
    }

    public static Summary summarize(long[] samples) {
        if (samples.length == 0) {
            return Summary.EMPTY;
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long sample : sorted) {
            sum += sample;
        }
        return new Summary(sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1],
                sum / sorted.length);
    }

    /**
     * The nearest-rank percentile of ascending {@code sorted} samples: the smallest sample that at least
     * {@code percent}% of the samples are less than or equal to.
     */
    public static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100], not " + percent);
        }
        // the tolerance keeps binary rounding (99.9 * 1000 = 99900.00000000001) from moving a rank up by one
        int rank = (int) Math.ceil(percent * sorted.length / 100.0 - 1e-9);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** Joins several sets of samples into one. */
    public static long[] concat(long[]... parts) {
        int length = 0;
        for (long[] part : parts) {
            length += part.length;
        }
        long[] all = new long[length];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** A growable array of samples, for one worker thread. */
    public static final class Recorder {

        private long[] samples = new long[4096];
        private int size;

        public void add(long sample) {
            if (size == samples.length) {
                samples = Arrays.copyOf(samples, size * 2);
            }
            samples[size++] = sample;
        }

        public int size() {
            return size;
        }

        public long[] toArray() {
            return Arrays.copyOf(samples, size);
        }
    }
}

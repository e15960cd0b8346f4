package io.jejaring.benchmarks.common;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model load: request {@code i} is due at {@code start + i / rate}, whatever became of the earlier ones, and
 * its latency runs from that due time, not from when it was finally sent. A stall therefore shows in every request
 * it delays, instead of being hidden by a client that waits before sending the next one (coordinated omission).
 */
public final class OpenLoad {

    /**
     * Sends one request without blocking; completes with whether it succeeded. {@code measured}: it is due inside
     * the measured window, not the warm-up.
     */
    @FunctionalInterface
    public interface Sender {
        CompletableFuture<Boolean> send(long dueNanos, boolean measured);
    }

    /**
     * The requests due inside the measured window. {@code dropped}: not sent, because {@code maxOutstanding}
     * requests were already waiting for an answer; {@code unanswered}: no answer before the run gave up on them.
     */
    public record Result(double rate, Duration window, long due, long succeeded, long failed, long dropped, long unanswered,
            long[] latencies) {

        public double achievedRate() {
            return succeeded / (window.toNanos() / 1e9);
        }
    }

    private OpenLoad() {
    }

    public static Result run(double rate, Duration warmUp, Duration measured, int maxOutstanding, Duration answerTimeout,
            Sender sender) throws InterruptedException {
        long interval = Math.round(1e9 / rate);
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        Latencies.Recorder recorder = new Latencies.Recorder();
        AtomicLong outstanding = new AtomicLong();
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long due = 0;
        long dropped = 0;
        for (long i = 0; ; i++) {
            long dueAt = start + i * interval;
            if (dueAt >= end) {
                break;
            }
            long wait = dueAt - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean counted = dueAt >= measureFrom;
            due += counted ? 1 : 0;
            if (outstanding.get() >= maxOutstanding) {
                dropped += counted ? 1 : 0;
                continue;
            }
            outstanding.incrementAndGet();
            sender.send(dueAt, counted).whenComplete((ok, error) -> {
                long latency = System.nanoTime() - dueAt;
                outstanding.decrementAndGet();
                if (!counted) {
                    return;
                }
                if (error == null && Boolean.TRUE.equals(ok)) {
                    succeeded.incrementAndGet();
                    synchronized (recorder) {
                        recorder.add(latency);
                    }
                } else {
                    failed.incrementAndGet();
                }
            });
        }
        long giveUp = System.nanoTime() + answerTimeout.toNanos();
        while (outstanding.get() > 0 && System.nanoTime() < giveUp) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        long unanswered = due - dropped - succeeded.get() - failed.get();
        long[] latencies;
        synchronized (recorder) {
            latencies = recorder.toArray();
        }
        return new Result(rate, measured, due, succeeded.get(), failed.get(), dropped, unanswered, latencies);
    }
}

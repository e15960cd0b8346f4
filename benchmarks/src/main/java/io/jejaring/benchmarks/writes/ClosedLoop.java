package io.jejaring.benchmarks.writes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.Latencies;

/**
 * A closed-loop load: {@code concurrency} workers, each sending its next request as soon as the last one answers,
 * for a warm-up and then a measured window. A request counts when it completes inside the measured window; its
 * latency is the time from just before it was sent to just after it completed ({@link System#nanoTime()}).
 */
final class ClosedLoop {

    /** One worker's way of making one request. It throws when the request failed. */
    interface Worker extends AutoCloseable {
        void call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface WorkerFactory {
        Worker create(int index) throws Exception;
    }

    /** What one phase measured. */
    record Result(
            String side,
            int round,
            int concurrency,
            Duration window,
            long succeeded,
            Map<String, Long> errors,
            long warmUpSucceeded,
            long warmUpErrors,
            long[] latencies,
            CpuAccounting.Usage cpu) {

        double throughput() {
            return succeeded / (window.toNanos() / 1e9);
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        Latencies.Summary latency() {
            return Latencies.summarize(latencies);
        }
    }

    private static final Duration PAUSE_AFTER_ERROR = Duration.ofMillis(10);
    private static final int ERRORS_SHOWN = 5;

    private ClosedLoop() {
    }

    /** How the names of a side's worker threads begin. */
    static String workerPrefix(String side) {
        return side + "-worker-";
    }

    static Result run(String side, int round, int concurrency, Duration warmUp, Duration measured,
            WorkerFactory factory, CpuAccounting cpu) throws Exception {
        List<Worker> workers = new ArrayList<>();
        try {
            for (int i = 0; i < concurrency; i++) {
                workers.add(factory.create(i));
            }
            return drive(side, round, workers, warmUp, measured, cpu);
        } finally {
            for (Worker worker : workers) {
                try {
                    worker.close();
                } catch (Exception e) {
                    // the phase is over; a worker that can't close cleanly changes no figure
                }
            }
        }
    }

    private static Result drive(String side, int round, List<Worker> workers, Duration warmUp, Duration measured,
            CpuAccounting cpu) throws InterruptedException {
        int concurrency = workers.size();
        long start = System.nanoTime();
        long measureStart = start + warmUp.toNanos();
        long measureEnd = measureStart + measured.toNanos();
        Latencies.Recorder[] recorders = new Latencies.Recorder[concurrency];
        Map<String, Long> errors = new ConcurrentHashMap<>();
        AtomicLong warmUpSucceeded = new AtomicLong();
        AtomicLong warmUpErrors = new AtomicLong();
        AtomicLong errorsShown = new AtomicLong();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            Worker worker = workers.get(i);
            Latencies.Recorder recorder = recorders[i] = new Latencies.Recorder();
            Thread thread = new Thread(() -> {
                try {
                    while (true) {
                        long sent = System.nanoTime();
                        if (sent >= measureEnd) {
                            return;
                        }
                        String error = null;
                        try {
                            worker.call();
                        } catch (Exception e) {
                            error = describe(e);
                            if (errorsShown.incrementAndGet() <= ERRORS_SHOWN) {
                                System.err.println("  " + side + " error: " + e);
                            }
                        }
                        long completed = System.nanoTime();
                        boolean inWindow = completed >= measureStart && completed < measureEnd;
                        if (error == null) {
                            if (inWindow) {
                                recorder.add(completed - sent);
                            } else if (completed < measureStart) {
                                warmUpSucceeded.incrementAndGet();
                            }
                        } else {
                            if (inWindow) {
                                errors.merge(error, 1L, Long::sum);
                            } else if (completed < measureStart) {
                                warmUpErrors.incrementAndGet();
                            }
                            Thread.sleep(PAUSE_AFTER_ERROR.toMillis());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, workerPrefix(side) + i);
            thread.setDaemon(true);
            thread.start();
        }
        sleepUntil(measureStart);
        CpuAccounting.Snapshot before = cpu.snapshot();
        sleepUntil(measureEnd);
        CpuAccounting.Snapshot after = cpu.snapshot();
        done.await();
        long[] latencies = new long[0];
        long succeeded = 0;
        for (Latencies.Recorder recorder : recorders) {
            succeeded += recorder.size();
            latencies = Latencies.concat(latencies, recorder.toArray());
        }
        return new Result(side, round, concurrency, Duration.ofNanos(measureEnd - measureStart), succeeded,
                new TreeMap<>(errors), warmUpSucceeded.get(), warmUpErrors.get(), latencies,
                CpuAccounting.Usage.between(before, after));
    }

    private static String describe(Exception e) {
        if (e instanceof RequestFailed) {
            return e.getMessage();
        }
        if (e instanceof java.sql.SQLException sql) {
            return "SQLState " + sql.getSQLState();
        }
        return e.getClass().getSimpleName();
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    /** A request that completed with the wrong answer; its message names the kind, e.g. {@code HTTP 503}. */
    static final class RequestFailed extends Exception {
        RequestFailed(String kind) {
            super(kind, null, false, false);
        }
    }
}

package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the machine's CPU time went during a measured window, read from Linux's {@code /proc}: each group of
 * this run's processes (with their child processes) and, as the rest of the machine's busy time, everything
 * else running on it. Elsewhere than Linux it measures nothing and the report says so.
 *
 * <p>A group with descendants counts its whole process tree, including the children that exited in the window:
 * each process's own user and system time plus its reaped children's ({@code cutime} and {@code cstime}). That
 * matters for PostgreSQL, whose backends come and go with connections (and autovacuum workers with the load): a
 * sum over the live processes alone would lose an exited backend's time, and even subtract what it had used before
 * the window. The postmaster reaps its children at once, so their time moves into its {@code cutime} as they go.
 * A process that exits between reading it and reading its parent is counted twice or not at all in that one
 * snapshot: at most one short-lived backend's time, against seconds of measured CPU.
 */
public final class CpuAccounting {

    /** USER_HZ, the unit of {@code /proc} CPU times; 100 on every mainstream Linux. */
    private static final double TICKS_PER_SECOND = 100.0;
    public static final String OTHER = "other processes";

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final boolean available = Files.isReadable(Path.of("/proc/stat"));
    private Predicate<String> loadGeneratorThreads = name -> false;

    private record Group(Supplier<List<Long>> pids, boolean withDescendants) {
    }

    /**
     * Adds a group of processes: the ones {@code pids} gives at each snapshot and, if {@code withDescendants},
     * their descendants (PostgreSQL's backends are children of its postmaster).
     */
    CpuAccounting group(String name, Supplier<List<Long>> pids, boolean withDescendants) {
        groups.put(name, new Group(pids, withDescendants));
        return this;
    }

    /**
     * Names the threads of this JVM that generate the load (by their thread names): their CPU, part of this JVM's
     * group, is also measured apart, so that a figure can leave it out ({@link Usage#loadGenerator()}).
     */
    public CpuAccounting loadGenerator(Predicate<String> threadNames) {
        loadGeneratorThreads = threadNames;
        return this;
    }

    boolean available() {
        return available;
    }

    /** {@code loadGeneratorNanos}: CPU time of each load-generating thread of this JVM, by thread id. */
    public record Snapshot(long nanoTime, long machineBusyTicks, long stolenTicks, Map<String, Long> groupTicks,
            Map<Long, Long> loadGeneratorNanos) {
    }

    /**
     * CPU used in a window, in cores (1.0 = one core busy all the time): the machine's busy time, what each group
     * and everything else used of it, and the time the hypervisor gave to other guests (steal). {@code loadGenerator}:
     * what the load-generating threads used, inside their JVM's group. Empty when not measurable.
     */
    public record Usage(double seconds, double machineBusy, double stolen, Map<String, Double> cores, double loadGenerator) {

        public static final Usage NONE = new Usage(0, 0, 0, Map.of(), 0);

        public static Usage between(Snapshot before, Snapshot after) {
            if (before == null || after == null) {
                return NONE;
            }
            double seconds = (after.nanoTime() - before.nanoTime()) / 1e9;
            double scale = TICKS_PER_SECOND * seconds;
            Map<String, Double> cores = new LinkedHashMap<>();
            double ours = 0;
            for (Map.Entry<String, Long> group : after.groupTicks().entrySet()) {
                double used = Math.max(0, group.getValue() - before.groupTicks().getOrDefault(group.getKey(), 0L)) / scale;
                cores.put(group.getKey(), used);
                ours += used;
            }
            double busy = (after.machineBusyTicks() - before.machineBusyTicks()) / scale;
            cores.put(OTHER, Math.max(0, busy - ours));
            // per thread: one that started in the window counts whole; one that ended in it is lost (it undercounts)
            double generator = 0;
            for (Map.Entry<Long, Long> thread : after.loadGeneratorNanos().entrySet()) {
                generator += Math.max(0, thread.getValue() - before.loadGeneratorNanos().getOrDefault(thread.getKey(), 0L));
            }
            return new Usage(seconds, busy, (after.stolenTicks() - before.stolenTicks()) / scale, cores,
                    generator / 1e9 / seconds);
        }

        public boolean measured() {
            return seconds > 0;
        }

        /** Cores × seconds that this run's processes used: every group, none of the {@value #OTHER}. */
        public double runCpuSeconds() {
            return cores.entrySet().stream().filter(group -> !group.getKey().equals(OTHER))
                    .mapToDouble(Map.Entry::getValue).sum() * seconds;
        }

        /** Cores × seconds that the load-generating threads used (inside {@link #runCpuSeconds()}). */
        public double loadGeneratorCpuSeconds() {
            return loadGenerator * seconds;
        }
    }

    public Snapshot snapshot() {
        if (!available) {
            return null;
        }
        try {
            Map<String, Long> ticks = new LinkedHashMap<>();
            for (Map.Entry<String, Group> group : groups.entrySet()) {
                List<Long> roots = group.getValue().pids().get();
                long sum = 0;
                if (group.getValue().withDescendants()) {
                    sum = treeTicks(stats(withDescendants(roots)));
                } else {
                    for (String stat : stats(roots)) {
                        sum += ProcessCpu.parse(stat).own();
                    }
                }
                ticks.put(group.getKey(), sum);
            }
            long[] machine = machineTicks();
            return new Snapshot(System.nanoTime(), machine[0], machine[1], ticks, loadGeneratorNanos());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The postmaster whose command line names {@code dataDir} (it runs detached, started by pg_ctl). */
    static Optional<Long> postmasterOf(Path dataDir) {
        String dir = dataDir.toAbsolutePath().normalize().toString();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(entry -> entry.getFileName().toString().matches("\\d+"))
                    .filter(entry -> {
                        List<String> args = commandLine(entry);
                        int d = args.indexOf("-D");
                        return !args.isEmpty() && args.get(0).endsWith("postgres") && d >= 0 && d + 1 < args.size()
                                && Path.of(args.get(d + 1)).toAbsolutePath().normalize().toString().equals(dir);
                    })
                    .map(entry -> Long.parseLong(entry.getFileName().toString()))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> commandLine(Path procEntry) {
        try {
            String raw = new String(Files.readAllBytes(procEntry.resolve("cmdline")), StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : List.of(raw.split("\0"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<Long> withDescendants(List<Long> roots) {
        List<Long> pids = new ArrayList<>();
        for (long root : roots) {
            ProcessHandle.of(root).ifPresent(process -> {
                pids.add(process.pid());
                process.descendants().forEach(child -> pids.add(child.pid()));
            });
        }
        return pids;
    }

    /**
     * The CPU of a process tree in ticks, from the {@code /proc/<pid>/stat} lines of its live processes: each one's
     * own time and its reaped children's, so the children that exited count too.
     */
    static long treeTicks(List<String> stats) {
        long sum = 0;
        for (String stat : stats) {
            ProcessCpu cpu = ProcessCpu.parse(stat);
            sum += cpu.own() + cpu.reapedChildren();
        }
        return sum;
    }

    /** The {@code /proc/<pid>/stat} lines of those processes still there. */
    private static List<String> stats(List<Long> pids) {
        List<String> stats = new ArrayList<>();
        for (long pid : pids) {
            try {
                stats.add(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
            } catch (IOException | RuntimeException e) {
                // gone since it was listed: its time is in its parent's cutime now, or lost with an unreaped zombie
            }
        }
        return stats;
    }

    /** A process's CPU in ticks, from its {@code /proc/<pid>/stat} line: its own (all threads) and its reaped children's. */
    record ProcessCpu(long own, long reapedChildren) {

        static ProcessCpu parse(String stat) {
            // the fields after "(comm)", which may hold spaces and parentheses itself: the line's 3rd field (state)
            // is the first here; utime, stime, cutime and cstime are the line's 14th to 17th
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return new ProcessCpu(Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
        }
    }

    /** CPU time of each live load-generating thread of this JVM, in nanoseconds, by thread id. */
    private Map<Long, Long> loadGeneratorNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> nanos = new LinkedHashMap<>();
        if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
            return nanos;
        }
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
            if (thread != null && loadGeneratorThreads.test(thread.getThreadName())) {
                long cpu = threads.getThreadCpuTime(thread.getThreadId());
                if (cpu >= 0) {
                    nanos.put(thread.getThreadId(), cpu);
                }
            }
        }
        return nanos;
    }

    /** All CPUs' busy time (user, nice, system, irq, softirq; guest time is inside user) and steal, in ticks. */
    private static long[] machineTicks() throws IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        // cpu user nice system idle iowait irq softirq steal ...
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7}) {
            busy += Long.parseLong(fields[i]);
        }
        return new long[] {busy, fields.length > 8 ? Long.parseLong(fields[8]) : 0};
    }
}

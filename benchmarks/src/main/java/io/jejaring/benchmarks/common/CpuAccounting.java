package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the machine's CPU time went during a measured window, read from Linux's {@code /proc}: each group of
 * this run's processes (with their child processes) and, as the rest of the machine's busy time, everything
 * else running on it. Elsewhere than Linux it measures nothing and the report says so.
 */
public final class CpuAccounting {

    /** USER_HZ, the unit of {@code /proc} CPU times; 100 on every mainstream Linux. */
    private static final double TICKS_PER_SECOND = 100.0;
    public static final String OTHER = "other processes";

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final boolean available = Files.isReadable(Path.of("/proc/stat"));

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

    boolean available() {
        return available;
    }

    public record Snapshot(long nanoTime, long machineBusyTicks, long stolenTicks, Map<String, Long> groupTicks) {
    }

    /**
     * CPU used in a window, in cores (1.0 = one core busy all the time): the machine's busy time, what each group
     * and everything else used of it, and the time the hypervisor gave to other guests (steal). Empty when not
     * measurable.
     */
    public record Usage(double seconds, double machineBusy, double stolen, Map<String, Double> cores) {

        public static final Usage NONE = new Usage(0, 0, 0, Map.of());

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
            return new Usage(seconds, busy, (after.stolenTicks() - before.stolenTicks()) / scale, cores);
        }

        public boolean measured() {
            return seconds > 0;
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
                for (long pid : group.getValue().withDescendants() ? withDescendants(roots) : roots) {
                    sum += processTicks(pid);
                }
                ticks.put(group.getKey(), sum);
            }
            long[] machine = machineTicks();
            return new Snapshot(System.nanoTime(), machine[0], machine[1], ticks);
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

    /** User plus system time of a whole process (all its threads), in ticks; 0 once it has gone. */
    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after "(comm)": state is the 3rd field of the line, utime the 14th and stime the 15th
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
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

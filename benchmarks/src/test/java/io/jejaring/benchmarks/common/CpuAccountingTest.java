package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CpuAccountingTest {

    /** A {@code /proc/<pid>/stat} line with those utime, stime, cutime and cstime. */
    private static String stat(long pid, String comm, long utime, long stime, long cutime, long cstime) {
        return pid + " (" + comm + ") S 1 " + pid + " " + pid + " 0 -1 4194560 3029 0 0 0 " + utime + " " + stime + " "
                + cutime + " " + cstime + " 20 0 1 0 5147 225525760 4172 18446744073709551615 1 1 0 0 0 0 0 "
                + "4194304 82509 0 0 0 17 1 0 0 0 0 0\n";
    }

    @Test
    void readsOwnAndReapedChildrenTimesEvenWhenTheNameHoldsSpacesAndParentheses() {
        CpuAccounting.ProcessCpu cpu = CpuAccounting.ProcessCpu.parse(stat(4242, "a (odd) name", 120, 30, 7, 3));

        assertThat(cpu.own()).isEqualTo(150);
        assertThat(cpu.reapedChildren()).isEqualTo(10);
    }

    @Test
    void aBackendThatExitsInTheWindowStillCountsThroughThePostmastersChildTimes() {
        // before: the postmaster and two backends; after: backend 11 used 5 more ticks and exited (reaped: its 35 ticks
        // moved into the postmaster's cutime), backend 12 used 5 more
        List<String> before = List.of(stat(10, "postgres", 90, 10, 40, 10), stat(11, "postgres", 25, 5, 0, 0),
                stat(12, "postgres", 15, 5, 0, 0));
        List<String> after = List.of(stat(10, "postgres", 90, 10, 70, 15), stat(12, "postgres", 19, 6, 0, 0));

        assertThat(CpuAccounting.treeTicks(after) - CpuAccounting.treeTicks(before)).isEqualTo(10);
    }

    @Test
    void theRunsCpuLeavesOutOtherProcessesAndTheLoadGeneratorIsMeasuredPerThread() {
        CpuAccounting.Snapshot before = new CpuAccounting.Snapshot(0, 1_000, 0,
                Map.of("service", 100L, "benchmark JVM", 50L), Map.of(1L, 2_000_000_000L, 2L, 1_000_000_000L));
        // 2 s later: the service used 150 ticks (0.75 cores), the JVM 100 (0.5 cores), the machine 300 in all;
        // generator thread 1 used 0.4 s, thread 2 ended, thread 3 started and used 0.2 s
        CpuAccounting.Snapshot after = new CpuAccounting.Snapshot(2_000_000_000L, 1_300, 0,
                Map.of("service", 250L, "benchmark JVM", 150L), Map.of(1L, 2_400_000_000L, 3L, 200_000_000L));

        CpuAccounting.Usage usage = CpuAccounting.Usage.between(before, after);

        assertThat(usage.cores().get(CpuAccounting.OTHER)).isCloseTo(0.25, within(1e-9));
        assertThat(usage.runCpuSeconds()).isCloseTo(2.5, within(1e-9));
        assertThat(usage.loadGeneratorCpuSeconds()).isCloseTo(0.6, within(1e-9));
    }
}

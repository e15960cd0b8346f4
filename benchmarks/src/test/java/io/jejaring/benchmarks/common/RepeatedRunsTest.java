package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RepeatedRunsTest {

    private static String run(String ratio, String verdict, String warning, String p99) {
        return "# Write throughput\n\n| figure | target | measured | |\n|---|---|---|---|\n"
                + "| ratio at 16 writers | ≥ 0.30 | **" + ratio + "** | " + verdict + " |\n\n"
                + "- " + warning + "\n\n| side | p99 ms | errors |\n|---|---:|---:|\n| API | " + p99 + " | 0 |\n";
    }

    @Test
    void eachDifferingNumberBecomesTheMedianWithItsRangeAndTheRestStaysTheFirstRuns() {
        String merged = RepeatedRuns.merge(List.of(run("0.31", "met", "one warning", "1,210.5"),
                run("0.12", "**missed**", "two", "980.0"), run("0.40", "met", "three", "1,500.0")), 3);

        assertThat(merged).startsWith("# Write throughput\n\n**Median of 3 runs:**");
        assertThat(merged).contains("| ratio at 16 writers | ≥ 0.30 | **0.31 (0.12–0.40)** | met (met in 2 of 3 runs) |");
        assertThat(merged).contains("| API | 1,210.5 (980.0–1,500.0) | 0 |");
        assertThat(merged).contains("- one warning\n").doesNotContain("three");
    }

    @Test
    void aTargetMostRunsMissedIsMissedAndAnEvenCountTakesTheMeanOfTheMiddleTwo() {
        String merged = RepeatedRuns.merge(List.of(run("0.31", "met", "w", "10"), run("0.12", "**missed**", "w", "20")), 2);

        assertThat(merged).contains("| **0.22 (0.12–0.31)** | **missed** (met in 1 of 2 runs) |");
        assertThat(merged).contains("| API | 15 (10–20) | 0 |");
    }

    @Test
    void aTargetIsJudgedByTheMedianRunNotByHowManyRunsMetIt() {
        // the median run (60 ms) dropped writes, so it missed though its p99 is within the bar; the other two met
        String row = "| write to insight p99 | ≤ 100 ms | **%s ms** (%s dropped) | %s |\n";
        String header = "# Stream\n\n| figure | target | measured | |\n|---|---|---|---|\n";
        String merged = RepeatedRuns.merge(List.of(header + row.formatted("40.0", "0.0%", "met"),
                header + row.formatted("60.0", "2.5%", "**missed**"), header + row.formatted("90.0", "0.0%", "met")), 3);

        assertThat(merged).contains("| **60.0 (40.0–90.0) ms** (0.0 (0.0–2.5)% dropped) | **missed** (met in 2 of 3 runs) |");
        assertThat(merged).contains("A target is judged by the median");
    }

    @Test
    void saysSoWhenARunWroteNoReport() {
        assertThat(RepeatedRuns.merge(List.of(run("0.31", "met", "w", "10")), 2))
                .contains("**Median of 1 run (of 2 asked: the others failed before writing a report):**");
    }

    @Test
    void cellsThatDifferInMoreThanTheirNumbersShowEachRuns() {
        assertThat(RepeatedRuns.mergeCell(List.of(" 0 ", " 3 (HTTP 500 ×3) "))).isEqualTo(" 0 / 3 (HTTP 500 ×3) ");
        assertThat(RepeatedRuns.mergeCell(List.of(" n/a ", " n/a "))).isEqualTo(" n/a ");
    }

    @Test
    void readsTheRepeatCountFromTheCommand() {
        assertThat(RepeatedRuns.repeats("benchmarks/run --quick --repeat 3")).isEqualTo(3);
        assertThat(RepeatedRuns.repeats("benchmarks/run")).isEqualTo(1);
    }
}

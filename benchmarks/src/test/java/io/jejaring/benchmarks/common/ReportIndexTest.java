package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportIndexTest {

    private static final String WRITES = """
            # Write throughput

            | figure | target | measured | |
            |---|---|---|---|
            | ratio | ≥ 0.50 | **0.14** | **missed** |

            ## Every phase

            | side | requests/s |
            |---|---:|
            | API | 437 |
            """;
    private static final String READS = """
            # Reads

            | figure | target | measured | |
            |---|---|---|---|
            | p99 | ≤ 20 ms | **5 ms** | met |
            """;

    @Test
    void gathersTheTargetRowsOfEverySectionIntoOneTableFirst() {
        String report = ReportIndex.render("benchmarks/run", List.of(WRITES, READS));

        String targets = report.substring(report.indexOf("## Against the targets"), report.indexOf("## Write throughput"));
        assertThat(targets).contains("| ratio | ≥ 0.50 | **0.14** | **missed** |", "| p99 | ≤ 20 ms | **5 ms** | met |");
        assertThat(targets).doesNotContain("| API | 437 |");
    }

    @Test
    void takesTheRowsOfEveryTableOfTargetsInASection() {
        String section = "# W\n\n| figure | target | measured | |\n|---|---|---|---|\n| a | 1 | 2 | met |\n\n"
                + "| side | x |\n|---|---|\n| API | 3 |\n\n| figure | target | measured | |\n|---|---|---|---|\n| b | 1 | 0 | **missed** |\n";

        assertThat(ReportIndex.targetRows(section)).containsExactly("| a | 1 | 2 | met |", "| b | 1 | 0 | **missed** |");
    }

    @Test
    void aSectionWithoutATableOfTargetsAddsNoTargets() {
        assertThat(ReportIndex.targetRows("# Profile\n\n| Layer | Samples |\n|---|---:|\n| HTTP | 3 |\n")).isEmpty();
    }

    @Test
    void putsEachSectionWholeUnderTheReportsTitle() {
        String report = ReportIndex.render("benchmarks/run", List.of(WRITES, READS));

        assertThat(report).startsWith("# Benchmarks\n");
        assertThat(report).contains("## Write throughput\n", "### Every phase\n", "| API | 437 |", "## Reads\n");
        assertThat(report.indexOf("## Write throughput")).isLessThan(report.indexOf("## Reads"));
    }
}

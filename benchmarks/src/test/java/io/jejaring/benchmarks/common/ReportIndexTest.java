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

    private static final String STREAM = """
            # Event stream

            | figure | target | measured | |
            |---|---|---|---|
            | projection throughput, insights-service ÷ raw consumer | ≥ 0.50 | **0.109** | **missed** |
            | write to insight p99, open model, 200 writes/s | ≤ 100 ms | **4182.6 ms** | **missed** |
            """;
    private static final String STREAM_PROFILE = """
            # Where the services spend their CPU and allocate memory during the stream suite

            ## insights-service

            6 min of recording.

            ### CPU

            2,670 samples.

            | Layer | Samples | Share |
            |---|---:|---:|
            | Hibernate | 1,025 | 38.4% |
            | JDBC driver | 299 | 11.2% |

            Top 10 frames by self samples:

            | Frame | Samples | Share |
            |---|---:|---:|
            | `java.util.HashMap.getNode` | 52 | 1.9% |
            | `a.B.c(x\\|y)` | 26 | 1.0% |

            Top 10 Jejaring methods by total samples (the wrappers Quarkus generates left out):

            | Frame | Samples | Share |
            |---|---:|---:|
            | `io.jejaring.insights.consume.ContactProjection.apply` | 900 | 33.7% |

            ### Allocations

            | Layer | Bytes | Share |
            |---|---:|---:|
            | JSON | 5 MB | 90.0% |
            """;

    @Test
    void listsIssue13sElevenTargetsInItsOrderSayingWhichWereNotMeasured() {
        String report = ReportIndex.render("benchmarks/run", List.of(STREAM));
        String targets = report.substring(report.indexOf("## Against the targets"), report.indexOf("## Why the missed"));

        assertThat(targets).contains("| # | figure | target | measured | |");
        assertThat(targets.indexOf("| 1 | write to insight p99, open model, 200 writes/s | ≤ 100 ms | **4182.6 ms** |"))
                .isLessThan(targets.indexOf("| 2 | write → insight p99, open model, 400 writes/s | ≤ 250 ms | not measured in this run | – |"))
                .isLessThan(targets.indexOf("| 6 | projection throughput"));
        for (String bar : List.of("| 3 | `POST /contacts` throughput ÷ raw JDBC, 16 writers | ≥ 0.30 |",
                "| 4 | `POST /interactions` throughput ÷ raw JDBC, 16 writers | ≥ 0.30 |",
                "| 5 | whole-system CPU per acknowledged write ÷ raw JDBC's | ≤ 4× |", "| 7 | `/reach` p99", "| 7 | `/suggestions` p99",
                "| 8 | `/overdue` p99", "| 9 | start to ready, each service alone | ≤ 1.0 s |",
                "| 10 | `./jejaring up`, all three ready | ≤ 5.0 s |", "| 11 | RSS of each service after the 100k reads | ≤ 250 MB |")) {
            assertThat(targets).contains(bar);
        }
        assertThat(report).contains("a target is judged by that run");
        assertThat(ReportIndex.render("benchmarks/run --repeat 3", List.of(STREAM))).contains("**a target is judged by the median**");
    }

    @Test
    void explainsEachMissedTargetWithTheProfileOfItsServiceFromTheSameRun() {
        String report = ReportIndex.render("benchmarks/run --profile --repeat 3", List.of(STREAM, STREAM_PROFILE));
        String missed = report.substring(report.indexOf("## Why the missed targets are missed"), report.indexOf("## Event stream"));

        assertThat(missed).contains("the profiles are the last run's",
                "**insights-service** during the stream suite (flame graph: `benchmarks/target/profiles/stream/insights-service-cpu.html`)",
                "- layers: Hibernate 38.4%, JDBC driver 11.2%",
                "- top frames by self samples: `java.util.HashMap.getNode` 1.9%, `a.B.c(x\\|y)` 1.0%",
                "- Jejaring methods by total samples: `io.jejaring.insights.consume.ContactProjection.apply` 33.7%",
                "**interactions-service** during the stream suite (flame graph: `benchmarks/target/profiles/stream/interactions-service-cpu.html`): not in the profile.");
        assertThat(missed).doesNotContain("JSON 90.0%");
        // the 200 writes/s target comes first and shows insights-service's profile; the projection's does not repeat it
        assertThat(missed).contains("### projection throughput, insights-service ÷ raw consumer: **0.109**, target ≥ 0.50\n\n"
                + "**insights-service** during the stream suite: its profile is given above.");
        assertThat(missed.indexOf("- layers: Hibernate 38.4%")).isEqualTo(missed.lastIndexOf("- layers: Hibernate 38.4%"));
    }

    @Test
    void saysWhenNoProfileWasTakenForAMissedTarget() {
        String report = ReportIndex.render("benchmarks/run", List.of(STREAM));

        assertThat(report).contains("This run took no profile of the stream suite (run with `--profile`).");
    }

    @Test
    void explainsAMissedStartWithTheStartupProfileOfThatServiceButMemoryWithNone() {
        String reads = """
                # Read latency and footprint

                | figure | target | measured | |
                |---|---|---|---|
                | contacts-service: start to first ready answer, started alone | ≤ 1.0 s on JDK 25 | **2.77 s** | **missed** |
                | interactions-service: RSS after the reads | ≤ 250 MB | **423 MB** | **missed** |
                """;
        String startupProfile = STREAM_PROFILE.replace("during the stream suite", "during the startup suite")
                .replace("## insights-service", "## contacts-service");

        String missed = ReportIndex.render("benchmarks/run --profile", List.of(reads, startupProfile));

        assertThat(missed).contains("**contacts-service** during the startup suite (flame graph: "
                        + "`benchmarks/target/profiles/startup/contacts-service-cpu.html`)",
                "- layers: Hibernate 38.4%", "No CPU profile explains resident memory");
        assertThat(missed).doesNotContain("**interactions-service** during the startup suite");
    }
}

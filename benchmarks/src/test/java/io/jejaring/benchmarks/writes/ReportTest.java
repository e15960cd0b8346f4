package io.jejaring.benchmarks.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.Machine;
import io.jejaring.benchmarks.common.SuiteStack;

class ReportTest {

    /** A phase of {@code succeeded} requests in a 10 s window. */
    private static Report.Phase phase(Endpoint endpoint, String side, int round, long succeeded) {
        return new Report.Phase(endpoint, new ClosedLoop.Result(side, round, 4, Duration.ofSeconds(10), succeeded, Map.of(),
                0, 0, new long[0], CpuAccounting.Usage.NONE), side.equals(Report.API) ? 0 : -1);
    }

    private static final List<Report.Phase> RUN = List.of(
            phase(Endpoint.CONTACTS, Report.RAW, 1, 1000),
            phase(Endpoint.CONTACTS, Report.API, 1, 600),
            phase(Endpoint.INTERACTIONS, Report.RAW, 1, 2000),
            phase(Endpoint.INTERACTIONS, Report.API, 1, 200),
            phase(Endpoint.CONTACTS, Report.RAW, 2, 3000),
            phase(Endpoint.CONTACTS, Report.API, 2, 1400),
            phase(Endpoint.INTERACTIONS, Report.RAW, 2, 2000),
            phase(Endpoint.INTERACTIONS, Report.API, 2, 600));

    @Test
    void eachEndpointHasItsOwnPhasesInTheOrderRun() {
        List<Report.Phase> contacts = Report.of(Endpoint.CONTACTS, RUN);
        assertEquals(List.of(RUN.get(0), RUN.get(1), RUN.get(4), RUN.get(5)), contacts);
        assertEquals(List.of(RUN.get(2), RUN.get(3), RUN.get(6), RUN.get(7)), Report.of(Endpoint.INTERACTIONS, RUN));
    }

    @Test
    void ratioPerEndpointJoinsItsPhases() {
        // contacts: API 2000 in 20 s against raw 4000 in 20 s; interactions: 800 against 4000
        assertEquals(200.0, Report.throughput(Report.of(Endpoint.CONTACTS, RUN), Report.RAW));
        assertEquals(0.5, Report.ratio(Report.of(Endpoint.CONTACTS, RUN)), 1e-9);
        assertEquals(0.2, Report.ratio(Report.of(Endpoint.INTERACTIONS, RUN)), 1e-9);
        assertEquals(0.0, Report.ratio(List.of(phase(Endpoint.CONTACTS, Report.API, 1, 10))));
    }

    /** A phase of {@code succeeded} requests in a 10 s window, with the cores each group used and the load generator's. */
    private static Report.Phase phase(String side, long succeeded, Map<String, Double> cores, double loadGenerator) {
        return new Report.Phase(Endpoint.CONTACTS, new ClosedLoop.Result(side, 1, 4, Duration.ofSeconds(10), succeeded,
                Map.of(), 0, 0, new long[0], new CpuAccounting.Usage(10, 2, 0, cores, loadGenerator)), -1);
    }

    @Test
    void cpuPerWriteCountsEveryProcessOfTheRunButNotOthersNorTheHttpLoadGenerator() {
        // raw: PostgreSQL 0.5 + benchmark JVM 0.3 cores for 10 s = 8 CPU-seconds for 1000 writes: 8 ms each
        // API: 1.0 + 0.4 + 0.6 cores = 20 CPU-seconds, less the load generator's 2, for 500 writes: 36 ms each
        List<Report.Phase> phases = List.of(
                phase(Report.RAW, 1000, Map.of("PostgreSQL", 0.5, "benchmark JVM", 0.3, CpuAccounting.OTHER, 0.2), 0),
                phase(Report.API, 500, Map.of("contacts-service", 1.0, "PostgreSQL", 0.4, "benchmark JVM", 0.6,
                        CpuAccounting.OTHER, 0.7), 0.2));

        assertEquals(8.0, Report.cpuMsPerWrite(phases, Report.RAW), 1e-9);
        assertEquals(36.0, Report.cpuMsPerWrite(phases, Report.API), 1e-9);
        assertEquals(4.0, Report.loadGeneratorMsPerWrite(phases, Report.API), 1e-9);
        assertEquals(4.5, Report.cpuRatio(phases), 1e-9);
        assertTrue(Double.isNaN(Report.cpuRatio(RUN)), "not measured without /proc");

        String md = Report.render(new Report.Run(Options.parse(List.of("--quick")), FACTS, "16", "42.7", phases));
        assertTrue(md.contains("| `POST /api/v1/contacts` whole-system CPU per acknowledged write, API ÷ raw JDBC | ≤ 4× | "
                + "**4.50×** (API 36.00 ms, raw JDBC 8.00 ms of CPU per write) | **missed** |"), md);
    }

    private static final SuiteStack.RunFacts FACTS = new SuiteStack.RunFacts("benchmarks/run --quick", "`abc`",
            "2026-01-01T00:00:00Z", new Machine(2, 1L << 30, "a CPU", "Linux", "Java"), "0 0 0", "0 0 0",
            Map.of("contacts-service", Map.of()));

    @Test
    void theReportHasASectionPerEndpointWithItsRatioAndPhases() {
        SuiteStack.RunFacts facts = new SuiteStack.RunFacts("benchmarks/run --quick", "`abc`", "2026-01-01T00:00:00Z",
                new Machine(2, 1L << 30, "a CPU", "Linux", "Java"), "0 0 0", "0 0 0", Map.of("contacts-service", Map.of()));
        String md = Report.render(new Report.Run(Options.parse(List.of("--quick")), facts, "16", "42.7", RUN));
        int contacts = md.indexOf("## Write throughput: `POST /api/v1/contacts` against raw JDBC");
        int interactions = md.indexOf("## Write throughput: `POST /api/v1/interactions` against raw JDBC");
        assertTrue(contacts > 0 && interactions > contacts, md);
        assertTrue(md.substring(contacts, interactions).contains("| **0.50** | met |"), md);
        assertTrue(md.substring(interactions).contains("| **0.20** | **missed** |"), md);
        assertTrue(md.substring(contacts, interactions).contains("| 6 | API |"), "phases keep their number in the run");
        assertTrue(md.contains("round 1: 0.60, round 2: 0.47"), md);
    }
}

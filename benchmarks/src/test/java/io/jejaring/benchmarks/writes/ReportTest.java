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

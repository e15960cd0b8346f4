package io.jejaring.benchmarks.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jejaring.benchmarks.capacity.CapacityModel.Assumptions;
import io.jejaring.benchmarks.capacity.CapacityModel.Needs;
import io.jejaring.benchmarks.capacity.CapacityModel.Workload;

class CapacityModelTest {

    /** Round figures, so the expected needs can be worked out by hand. */
    static final Map<String, Double> COSTS = Map.ofEntries(
            Map.entry("contacts.cpuMs.contacts-service", 2.0),
            Map.entry("interactions.cpuMs.contacts-service", 0.0),
            Map.entry("contacts.cpuMs.interactions-service", 0.5),
            Map.entry("interactions.cpuMs.interactions-service", 1.0),
            Map.entry("contacts.cpuMs.insights-service", 1.0),
            Map.entry("interactions.cpuMs.insights-service", 0.8),
            Map.entry("contacts.cpuMs.postgresql", 1.0),
            Map.entry("interactions.cpuMs.postgresql", 1.0),
            Map.entry("contacts.cpuMs.broker", 0.2),
            Map.entry("interactions.cpuMs.broker", 0.2),
            Map.entry("contacts.eventPayloadBytes", 300.0),
            Map.entry("interactions.eventPayloadBytes", 200.0),
            Map.entry("contacts.bytes.contacts-service", 1000.0),
            Map.entry("contacts.bytes.interactions-service", 100.0),
            Map.entry("contacts.bytes.insights-service", 500.0),
            Map.entry("interactions.bytes.contacts-service", 0.0),
            Map.entry("interactions.bytes.interactions-service", 800.0),
            Map.entry("interactions.bytes.insights-service", 400.0),
            Map.entry("projection.cpuMs.insights-service", 0.5),
            Map.entry("projection.cpuMs.postgresql", 0.25));

    private final Needs needs = new CapacityModel(Workload.ISSUE_13, Assumptions.DEFAULT, COSTS).needs();

    @Test
    void theIssuesWorkloadIsThirtyMillionWritesADayPeakingAtTenTimesTheAverage() {
        assertThat(needs.averageWritesPerSecond()).isCloseTo(347.22, within(0.01));
        assertThat(needs.peakWritesPerSecond()).isCloseTo(3472.2, within(0.1));
    }

    @Test
    void eachServiceNeedsItsPeakRateTimesItsCostPerWriteInReplicasOfTwoCoresSeventyPercentBusy() {
        // contacts: 347.2/s x 2 ms = 0.69 cores -> 1 replica, but at least 2
        assertThat(needs.services().get(0).cores()).isCloseTo(0.694, within(0.001));
        assertThat(needs.services().get(0).replicas()).isEqualTo(2);
        // interactions: 347.2 x 0.5 ms + 3,125 x 1 ms = 3.30 cores -> 3.30 / 1.4 -> 3
        assertThat(needs.services().get(1).cores()).isCloseTo(3.299, within(0.001));
        assertThat(needs.services().get(1).replicas()).isEqualTo(3);
        // insights: 347.2 x 1 ms + 3,125 x 0.8 ms = 2.85 cores -> 3
        assertThat(needs.services().get(2).cores()).isCloseTo(2.847, within(0.001));
        assertThat(needs.services().get(2).replicas()).isEqualTo(3);
        assertThat(needs.postgresCores()).isCloseTo(3.472, within(0.001));
        assertThat(needs.brokerCores()).isCloseTo(3 * 3472.22 * 0.2 / 1000, within(0.001)); // three replicas of the log
    }

    @Test
    void kafkaCarriesEachEventsPayloadAndOverheadOnceInAndOncePerConsumerGroupOut() {
        // contacts: 347.2/s x 600 B; interactions: 3,125/s x 500 B; a contact event is read twice
        assertThat(needs.kafkaBytesInPerSecond()).isCloseTo(208_333 + 1_562_500, within(1.0));
        assertThat(needs.kafkaBytesOutPerSecond()).isCloseTo(2 * 208_333 + 1_562_500, within(1.0));
        // a year: 10.95 billion writes, 10% x 600 B + 90% x 500 B, three replicas
        assertThat(needs.kafkaBytesPerYear()).isCloseTo(10.95e9 * 510 * 3, within(1e10));
    }

    @Test
    void eachDatabaseTakesATransactionPerWriteItStoresAndGrowsByItsMeasuredBytesPerWrite() {
        CapacityModel.DatabaseLoad contacts = needs.databases().get(0);
        assertThat(contacts.peakTransactionsPerSecond()).isCloseTo(347.22, within(0.01)); // interactions don't touch it
        assertThat(contacts.bytesForTheStock()).isCloseTo(1e12, within(1.0)); // a billion contacts x 1 kB
        assertThat(contacts.bytesPerYear()).isCloseTo(10.95e9 * 0.1 * 1000, within(1e9));
        CapacityModel.DatabaseLoad insights = needs.databases().get(2);
        assertThat(insights.peakTransactionsPerSecond()).isCloseTo(3472.2, within(0.1));
        assertThat(insights.peakBytesPerSecond()).isCloseTo(347.22 * 500 + 3125 * 400, within(5.0));
    }

    @Test
    void aPartitionIsRebuiltFromAYearOfItsLogAtTheProjectionsMeasuredRate() {
        assertThat(needs.partitions()).isEqualTo(12); // 2 x 3 replicas, rounded up to a multiple of 12
        // a billion contacts created plus 10.95 billion writes, over 12 partitions
        assertThat(needs.eventsPerPartition()).isCloseTo((1e9 + 10.95e9) / 12, within(1e7));
        assertThat(needs.rebuildEventsPerSecond()).isCloseTo(4000, within(0.1)); // 2 cores / 0.5 ms
        assertThat(needs.rebuildPostgresCores()).isCloseTo(1.0, within(0.001));
        assertThat(needs.rebuildSeconds()).isCloseTo((1e9 + 10.95e9) / 12 / 4000, within(1000.0));
    }

    @Test
    void partitionsLeaveRoomToDoubleTheInsightsReplicasInStepsOfTwelve() {
        CapacityModel model = new CapacityModel(Workload.ISSUE_13, Assumptions.DEFAULT, COSTS);
        assertThat(model.partitions(1)).isEqualTo(12);
        assertThat(model.partitions(6)).isEqualTo(12);
        assertThat(model.partitions(7)).isEqualTo(24);
        assertThat(model.partitions(20)).isEqualTo(48);
    }

    @Test
    void aCostTheRunDidNotMeasureLeavesItsFiguresUnknownRatherThanZero() {
        Needs unmeasured = new CapacityModel(Workload.ISSUE_13, Assumptions.DEFAULT, Map.of()).needs();
        assertThat(unmeasured.services().get(0).cores()).isNaN();
        assertThat(unmeasured.services().get(0).replicas()).isEqualTo(-1);
        assertThat(unmeasured.rebuildSeconds()).isNaN();
        String md = CapacityReport.render(new CapacityModel(Workload.ISSUE_13, Assumptions.DEFAULT, Map.of()), Map.of(),
                "benchmarks/run", "`abc`", "2026-01-01T00:00:00Z");
        assertThat(md).contains("| contacts-service | n/a | n/a |");
    }

    @Test
    void aQuickOrProfiledRunSaysItsCostsAreNotToPlanWith() {
        String md = CapacityReport.render(new CapacityModel(Workload.ISSUE_13, Assumptions.DEFAULT, COSTS), COSTS,
                "benchmarks/run --quick --profile", "`abc`", "2026-01-01T00:00:00Z");
        assertThat(md).contains("**A `--quick` smoke run: its costs are too rough to plan with.**",
                "with async-profiler attached");
    }

    @Test
    void theReportStatesTheWorkloadTheNeedsAndEveryAssumption() {
        String md = CapacityReport.render(new CapacityModel(Workload.ISSUE_13, Assumptions.DEFAULT, COSTS), COSTS,
                "benchmarks/run --repeat 3", "`abc`", "2026-01-01T00:00:00Z");
        assertThat(md).contains("Generated by `benchmarks/run --repeat 3` on 2026-01-01T00:00:00Z at revision `abc`",
                "- 1,000,000 owners, 1,000 contacts each (1.0 billion contacts in all).",
                "347 writes/s on average", "**3,472 writes/s**",
                "| interactions-service | 3.3 | 3 |", "| PostgreSQL (the three databases) | 3.5 | – |",
                "- **Partitions:** 12 per topic", "| contacts-service's | 347 | 347 kB/s | 1.0 TB | 1.1 TB |",
                "- **Kafka:** 3,472 events/s at the peak, 1.8 MB/s in and 2.0 MB/s out", "**2 days 21 h**", "| `projection.cpuMs.insights-service` | 0.500 |",
                "## Assumptions", "- **Mix:**", "- **Replicas:** 2 cores each, busy at most 70% at the peak, and at least 2",
                "- **Kafka:** each event is its payload (as measured) plus 300 bytes", "- **Rebuild:**", "- **Not modelled:**");
    }
}

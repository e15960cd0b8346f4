package io.jejaring.benchmarks.stream;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.InsightsSeeder;
import io.jejaring.events.Topics;
import io.jejaring.local.LocalStack;

/**
 * Projection throughput, side by side on the same events: insights-service, running as it always does, against
 * {@link RawProjection}. Each round publishes fresh networks straight to Kafka, far faster than either side takes
 * them in, so both work from a backlog; insights-service's window runs from the start of its first transaction
 * with the round's events to the moment the last of them is seen applied.
 */
final class ProjectionThroughput {

    private static final Duration POLL = Duration.ofMillis(50);

    /** One round: how many events, and each side's window and CPU. */
    record Round(int round, long events, int owners, int contactsPerOwner, Duration insights, CpuAccounting.Usage insightsCpu,
            RawProjection.Run raw, CpuAccounting.Usage rawCpu) {

        double insightsRate() {
            return events / (insights.toNanos() / 1e9);
        }

        double ratio() {
            return insightsRate() / raw.rate();
        }
    }

    private final LocalStack stack;
    private final InsightsSeeder seeder;
    private final RawProjection raw;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final CpuAccounting cpu;

    ProjectionThroughput(LocalStack stack, InsightsSeeder seeder, Map<String, String> insightsEnvironment,
            CpuAccounting cpu) throws SQLException {
        this.stack = stack;
        this.seeder = seeder;
        this.jdbcUrl = insightsEnvironment.get("QUARKUS_DATASOURCE_JDBC_URL");
        this.user = insightsEnvironment.get("QUARKUS_DATASOURCE_USERNAME");
        this.password = insightsEnvironment.get("QUARKUS_DATASOURCE_PASSWORD");
        this.raw = new RawProjection(stack.kafka().bootstrapServers(), jdbcUrl, user, password);
        this.cpu = cpu;
        raw.createTables();
    }

    Round round(int round, int owners, int contactsPerOwner, Duration timeout) throws Exception {
        Map<TopicPartition, Long> before = endOffsets();
        Timestamp marker = databaseNow();
        CpuAccounting.Snapshot insightsStart = cpu.snapshot();
        for (int owner = 1; owner <= owners; owner++) {
            seeder.publishNetwork(String.format(Locale.ROOT, "bench-projection-%d-%02d", round, owner), contactsPerOwner,
                    round * 1000L + owner);
        }
        Map<TopicPartition, Long> after = endOffsets();
        Map<TopicPartition, long[]> ranges = new HashMap<>();
        long events = 0;
        for (Map.Entry<TopicPartition, Long> end : after.entrySet()) {
            long start = before.getOrDefault(end.getKey(), 0L);
            ranges.put(end.getKey(), new long[] {start, end.getValue()});
            events += end.getValue() - start;
        }
        Duration insights = awaitApplied(marker, events, timeout);
        CpuAccounting.Usage insightsCpu = CpuAccounting.Usage.between(insightsStart, cpu.snapshot());

        CpuAccounting.Snapshot rawStart = cpu.snapshot();
        RawProjection.Run rawRun = raw.consume(ranges);
        CpuAccounting.Usage rawCpu = CpuAccounting.Usage.between(rawStart, cpu.snapshot());
        if (rawRun.events() != events) {
            throw new IllegalStateException("the raw consumer applied " + rawRun.events() + " of " + events + " events");
        }
        return new Round(round, events, owners, contactsPerOwner, insights, insightsCpu, rawRun, rawCpu);
    }

    /** Waits until insights-service has recorded {@code events} events since {@code marker}; returns its window. */
    private Duration awaitApplied(Timestamp marker, long events, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement applied = connection.prepareStatement(
                        "SELECT count(*), min(processed_at), clock_timestamp() FROM processed_event WHERE processed_at >= ?")) {
            applied.setTimestamp(1, marker);
            long count = 0;
            while (System.nanoTime() < deadline) {
                try (ResultSet row = applied.executeQuery()) {
                    row.next();
                    count = row.getLong(1);
                    if (count >= events) {
                        return Duration.between(row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant());
                    }
                }
                Thread.sleep(POLL.toMillis());
            }
            throw new IllegalStateException("insights-service applied " + count + " of " + events + " events in " + timeout);
        }
    }

    private Timestamp databaseNow() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                ResultSet row = connection.createStatement().executeQuery("SELECT clock_timestamp()")) {
            row.next();
            return row.getTimestamp(1);
        }
    }

    private Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", stack.kafka().bootstrapServers()), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = List.of(Topics.CONTACTS, Topics.INTERACTIONS).stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            return consumer.endOffsets(partitions);
        }
    }
}

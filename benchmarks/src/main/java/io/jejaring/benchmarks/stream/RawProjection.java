package io.jejaring.benchmarks.stream;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Topics;

/**
 * The baseline projection throughput is compared against: a plain {@link KafkaConsumer} per topic that writes each
 * poll with batched JDBC upserts, one transaction per poll, into copies of insights-service's tables (made with
 * {@code LIKE … INCLUDING ALL}, so with the same indexes) in insights-service's database. It does what the projection must do
 * at the least: remember each event id, upsert the contact with its version guard and its due and fading dates (in
 * absolute time, as insights-service computes them), and for an interaction upsert its fact, link its contacts and
 * move their last interaction, due and fading dates and strength.
 */
final class RawProjection {

    private static final List<String> TABLES = List.of("relationship", "interaction_fact", "interaction_contact",
            "processed_event");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String PROCESSED = "INSERT INTO raw_processed_event (event_id) VALUES (?) ON CONFLICT DO NOTHING";
    /** The strength terms' fixed epoch and half-life, and where FADING starts, as insights-service's defaults. */
    private static final long EPOCH = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
    private static final double HALF_LIFE_SECONDS = 90 * 86_400.0;
    private static final double FADING_RATIO = 0.75;
    private static final String CONTACT = """
            INSERT INTO raw_relationship (owner_id, contact_id, version, cadence_days, keep_in_touch, communities,
                                          culture, age_band, introduced_by, created_at, due_at, fading_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, %s)
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET version = EXCLUDED.version,
                cadence_days = EXCLUDED.cadence_days, keep_in_touch = EXCLUDED.keep_in_touch,
                communities = EXCLUDED.communities, culture = EXCLUDED.culture, age_band = EXCLUDED.age_band,
                introduced_by = EXCLUDED.introduced_by, created_at = EXCLUDED.created_at,
                due_at = %s,
                fading_at = %s
            WHERE raw_relationship.version < EXCLUDED.version""".formatted(
            dueAt("CAST(? AS timestamptz)", "?"), fadingAt("CAST(? AS timestamptz)", "?"),
            dueAt("coalesce(raw_relationship.last_interaction_at, EXCLUDED.created_at)", "EXCLUDED.cadence_days"),
            fadingAt("coalesce(raw_relationship.last_interaction_at, EXCLUDED.created_at)", "EXCLUDED.cadence_days"));
    private static final String FACT = """
            INSERT INTO raw_interaction_fact (owner_id, interaction_id, version, channel, initiated_by, exchange,
                                              occurred_at, weight_share)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (owner_id, interaction_id) DO UPDATE SET version = EXCLUDED.version,
                channel = EXCLUDED.channel, initiated_by = EXCLUDED.initiated_by, exchange = EXCLUDED.exchange,
                occurred_at = EXCLUDED.occurred_at, weight_share = EXCLUDED.weight_share
            WHERE raw_interaction_fact.version < EXCLUDED.version""";
    private static final String LINK = """
            INSERT INTO raw_interaction_contact (owner_id, contact_id, interaction_id, occurred_at) VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String LATEST = "greatest(raw_relationship.last_interaction_at, EXCLUDED.last_interaction_at)";
    private static final String TOUCH = """
            INSERT INTO raw_relationship (owner_id, contact_id, version, last_interaction_at, strength_mass, strength_terms)
            VALUES (?, ?, 0, ?, ?, 1)
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET
                last_interaction_at = greatest(raw_relationship.last_interaction_at, EXCLUDED.last_interaction_at),
                due_at = %s,
                fading_at = %s,
                strength_mass = raw_relationship.strength_mass + EXCLUDED.strength_mass,
                strength_terms = raw_relationship.strength_terms + 1""".formatted(
            dueAt(LATEST, "raw_relationship.cadence_days"), fadingAt(LATEST, "raw_relationship.cadence_days"));

    /**
     * insights-service's due date ({@code Cadence.dueAt}), in SQL: {@code last} plus the cadence in 24-hour periods on
     * the UTC timeline, never calendar days in the session's time zone, so a daylight-saving change moves nothing.
     */
    private static String dueAt(String last, String cadenceDays) {
        return "%s + make_interval(secs => %s * 86400)".formatted(last, cadenceDays);
    }

    /** Where FADING starts ({@code Cadence.fadingAt}): the fading share of the cadence after {@code last}. */
    private static String fadingAt(String last, String cadenceDays) {
        return "%s + make_interval(secs => round(%s * 86400000.0 * %s) / 1000)".formatted(last, cadenceDays, FADING_RATIO);
    }

    /** What one consumption applied, and from its first record to its last commit. */
    record Run(long events, Duration window) {

        double rate() {
            return events / (window.toNanos() / 1e9);
        }
    }

    private final String bootstrapServers;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    RawProjection(String bootstrapServers, String jdbcUrl, String user, String password) {
        this.bootstrapServers = bootstrapServers;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** (Re)creates the empty copies of the projection's tables, next to them in insights-service's database. */
    void createTables() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("DROP TABLE IF EXISTS raw_" + table);
                statement.execute("CREATE TABLE raw_" + table + " (LIKE " + table + " INCLUDING ALL)");
            }
        }
    }

    /** Consumes each partition from its first to its last offset, one thread and one consumer per topic. */
    Run consume(Map<TopicPartition, long[]> ranges) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<long[]>> topics = new ArrayList<>();
            for (String topic : List.of(Topics.CONTACTS, Topics.INTERACTIONS)) {
                Map<TopicPartition, long[]> own = new java.util.HashMap<>();
                ranges.forEach((partition, range) -> {
                    if (partition.topic().equals(topic)) {
                        own.put(partition, range);
                    }
                });
                topics.add(threads.submit(() -> consumeTopic(own)));
            }
            long events = 0;
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (Future<long[]> topic : topics) {
                long[] result = topic.get();
                events += result[0];
                if (result[0] > 0) {
                    first = Math.min(first, result[1]);
                    last = Math.max(last, result[2]);
                }
            }
            return new Run(events, Duration.ofNanos(events == 0 ? 0 : last - first));
        } finally {
            threads.shutdownNow();
        }
    }

    /** Returns {events applied, nanoTime the first poll with records began, nanoTime of the last commit}. */
    private long[] consumeTopic(Map<TopicPartition, long[]> ranges) throws Exception {
        long events = 0;
        long first = 0;
        long lastCommit = 0;
        try (KafkaConsumer<String, String> consumer = consumer(); Connection connection = connect()) {
            connection.setAutoCommit(false);
            consumer.assign(ranges.keySet());
            ranges.forEach((partition, range) -> consumer.seek(partition, range[0]));
            Map<TopicPartition, Long> position = new java.util.HashMap<>();
            ranges.forEach((partition, range) -> position.put(partition, range[0]));
            while (position.entrySet().stream().anyMatch(entry -> entry.getValue() < ranges.get(entry.getKey())[1])) {
                long polled = System.nanoTime();
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) {
                    continue;
                }
                if (first == 0) {
                    first = polled;
                }
                events += apply(connection, records, ranges);
                connection.commit();
                lastCommit = System.nanoTime();
                for (TopicPartition partition : records.partitions()) {
                    position.put(partition, consumer.position(partition));
                }
            }
        }
        return new long[] {events, first, lastCommit};
    }

    int apply(Connection connection, ConsumerRecords<String, String> records, Map<TopicPartition, long[]> ranges)
            throws Exception {
        int applied = 0;
        try (PreparedStatement processed = connection.prepareStatement(PROCESSED);
                PreparedStatement contact = connection.prepareStatement(CONTACT);
                PreparedStatement fact = connection.prepareStatement(FACT);
                PreparedStatement link = connection.prepareStatement(LINK);
                PreparedStatement touch = connection.prepareStatement(TOUCH)) {
            for (ConsumerRecord<String, String> record : records) {
                long[] range = ranges.get(new TopicPartition(record.topic(), record.partition()));
                if (record.offset() >= range[1]) {
                    continue;
                }
                processed.setObject(1, UUID.fromString(header(record, "ce_id")));
                processed.addBatch();
                if (record.topic().equals(Topics.CONTACTS)) {
                    addContact(contact, record.key(), JSON.readValue(record.value(), ContactSnapshot.class));
                } else {
                    addInteraction(fact, link, touch, record.key(), JSON.readValue(record.value(), InteractionSnapshot.class));
                }
                applied++;
            }
            for (PreparedStatement batch : List.of(processed, contact, fact, link, touch)) {
                batch.executeBatch();
            }
        }
        return applied;
    }

    private static void addContact(PreparedStatement contact, String ownerId, ContactSnapshot snapshot)
            throws SQLException {
        Timestamp createdAt = Timestamp.from(snapshot.createdAt());
        contact.setString(1, ownerId);
        contact.setObject(2, snapshot.contactId());
        contact.setLong(3, snapshot.version());
        contact.setInt(4, snapshot.cadenceDays());
        contact.setBoolean(5, snapshot.keepInTouch());
        contact.setArray(6, contact.getConnection().createArrayOf("varchar",
                snapshot.communities() == null ? new Object[0] : snapshot.communities().toArray()));
        contact.setString(7, snapshot.culture());
        contact.setString(8, snapshot.ageBand());
        contact.setObject(9, snapshot.introducedBy());
        contact.setTimestamp(10, createdAt);
        contact.setTimestamp(11, createdAt);
        contact.setInt(12, snapshot.cadenceDays());
        contact.setTimestamp(13, createdAt);
        contact.setInt(14, snapshot.cadenceDays());
        contact.addBatch();
    }

    private static void addInteraction(PreparedStatement fact, PreparedStatement link, PreparedStatement touch,
            String ownerId, InteractionSnapshot snapshot) throws SQLException {
        Timestamp occurredAt = Timestamp.from(snapshot.occurredAt());
        double share = 1.0 / snapshot.contactIds().size();
        fact.setString(1, ownerId);
        fact.setObject(2, snapshot.interactionId());
        fact.setLong(3, snapshot.version());
        fact.setString(4, snapshot.channel().name());
        fact.setString(5, snapshot.initiatedBy() == null ? null : snapshot.initiatedBy().name());
        fact.setString(6, snapshot.exchange() == null ? null : snapshot.exchange().name());
        fact.setTimestamp(7, occurredAt);
        fact.setDouble(8, share);
        fact.addBatch();
        for (UUID contactId : snapshot.contactIds()) {
            link.setString(1, ownerId);
            link.setObject(2, contactId);
            link.setObject(3, snapshot.interactionId());
            link.setTimestamp(4, occurredAt);
            link.addBatch();
            touch.setString(1, ownerId);
            touch.setObject(2, contactId);
            touch.setTimestamp(3, occurredAt);
            touch.setDouble(4, share * Math.pow(2, (snapshot.occurredAt().getEpochSecond() - EPOCH) / HALF_LIFE_SECONDS));
            touch.addBatch();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500), new StringDeserializer(), new StringDeserializer());
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}

package io.jejaring.benchmarks.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.jejaring.benchmarks.common.ServiceSchema;
import io.jejaring.events.Channel;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;
import io.jejaring.events.Topics;
import io.jejaring.localinfra.LocalPostgres;
import io.jejaring.localinfra.Ports;

/** The raw projection schedules as insights-service does, into copies of its real tables, on a real PostgreSQL. */
class RawProjectionTest {

    private static final Path ROOT = Path.of(System.getProperty("jejaring.home", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** Clocks in Berlin go forward on 2026-03-29: a calendar day there is then 23 hours long. */
    private static final TimeZone DAYLIGHT_SAVING = TimeZone.getTimeZone("Europe/Berlin");

    private static LocalPostgres postgres;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start(null, Ports.free()).createDatabase("insights");
        url = postgres.jdbcUrl("insights");
        ServiceSchema.migrate(ROOT, "insights-service", url, LocalPostgres.USER, LocalPostgres.PASSWORD, "public");
        new RawProjection("unused:9092", url, LocalPostgres.USER, LocalPostgres.PASSWORD).createTables();
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void dueAndFadingDatesAreWholeDaysOfAbsoluteTimeWhateverTheSessionsTimeZone() throws Exception {
        RawProjection raw = new RawProjection("unused:9092", url, LocalPostgres.USER, LocalPostgres.PASSWORD);
        UUID contact = UUID.randomUUID();
        Instant created = Instant.parse("2026-03-20T12:00:00Z");
        Instant called = Instant.parse("2026-03-25T08:00:00Z");
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(DAYLIGHT_SAVING); // the JDBC session takes the JVM's zone
        try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            connection.setAutoCommit(false);

            apply(raw, connection, Topics.CONTACTS, new ContactSnapshot(contact, "owner-1", 1, Tier.ACTIVE, 30, true,
                    List.of(), null, null, null, Sincerity.UNSURE, created));
            assertThat(schedule(connection, contact)).containsExactly(
                    Instant.parse("2026-04-19T12:00:00Z"), Instant.parse("2026-04-12T00:00:00Z"));

            apply(raw, connection, Topics.INTERACTIONS, new InteractionSnapshot(UUID.randomUUID(), "owner-1", 1,
                    List.of(contact), Channel.PHONE, Initiator.ME, Exchange.GAVE, called));
            assertThat(schedule(connection, contact)).containsExactly(
                    Instant.parse("2026-04-24T08:00:00Z"), Instant.parse("2026-04-16T20:00:00Z"));
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    private static void apply(RawProjection raw, Connection connection, String topic, Object snapshot) throws Exception {
        TopicPartition partition = new TopicPartition(topic, 0);
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0, "owner-1", JSON.writeValueAsString(snapshot));
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        raw.apply(connection, new ConsumerRecords<>(Map.of(partition, List.of(record)), Map.of()),
                Map.of(partition, new long[] {0, 1}));
        connection.commit();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    /** The relationship's due date, then its fading date. */
    private static List<Instant> schedule(Connection connection, UUID contact) throws Exception {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT due_at, fading_at FROM raw_relationship WHERE owner_id = 'owner-1' AND contact_id = ?")) {
            query.setObject(1, contact);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the relationship's row").isTrue();
                return Arrays.asList(instant(row.getObject(1, OffsetDateTime.class)),
                        instant(row.getObject(2, OffsetDateTime.class)));
            }
        }
    }
}

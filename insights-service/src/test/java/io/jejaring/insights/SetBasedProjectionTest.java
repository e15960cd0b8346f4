package io.jejaring.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jejaring.events.Channel;
import io.jejaring.events.ConnectionChanged;
import io.jejaring.events.ConnectionKind;
import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.InteractionDeleted;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;
import io.jejaring.events.Topics;
import io.jejaring.insights.consume.ProjectionConsumers;
import io.jejaring.plumbing.consume.EventBatchProcessor;
import io.jejaring.plumbing.consume.EventHandler;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A poll batch is applied set-based: one statement per table and run of events. Each test hands the consumer one
 * batch directly (not through the broker, which may split it into several polls), so the events below are sure
 * to share one transaction and one statement, and checks that what it leaves is what applying them one by one
 * would leave.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class SetBasedProjectionTest {

    /** Far above what the tests' real records reach, so a handed batch never looks like a replay. */
    private static final AtomicLong OFFSETS = new AtomicLong(1_000_000_000L);

    @Inject
    ProjectionConsumers consumers;

    @Inject
    EventBatchProcessor processor;

    @Inject
    AgroalDataSource dataSource;

    final String owner = TestTokens.newOwner();
    final String otherOwner = TestTokens.newOwner();
    final Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(3));

    @Test
    void oneBatchOfCreatesUpdatesDeletionsAndStaleVersionsLeavesWhatOneByOneWould() throws SQLException {
        UUID deletedLater = UUID.randomUUID();
        UUID updated = UUID.randomUUID();
        UUID introduced = UUID.randomUUID();
        UUID alreadyNewer = UUID.randomUUID();
        batch(record(EventTypes.CONTACT_CREATED, owner, contact(owner, alreadyNewer, 5, 40, null)));

        batch(record(EventTypes.CONTACT_CREATED, owner, contact(owner, deletedLater, 1, 10, null)),
                record(EventTypes.CONTACT_UPDATED, owner, contact(owner, deletedLater, 3, 11, null)),
                record(EventTypes.CONTACT_CREATED, owner, contact(owner, updated, 2, 20, null)),
                // late and stale, in the same run as the newer versions: the highest version wins
                record(EventTypes.CONTACT_UPDATED, owner, contact(owner, deletedLater, 2, 12, null)),
                record(EventTypes.CONTACT_CREATED, owner, contact(owner, updated, 1, 21, null)),
                // stale against the row an earlier batch wrote: the statement's guard holds it back
                record(EventTypes.CONTACT_UPDATED, owner, contact(owner, alreadyNewer, 4, 41, null)),
                record(EventTypes.CONTACT_CREATED, owner, contact(owner, introduced, 1, 30, deletedLater)),
                record(EventTypes.CONNECTION_ADDED, owner, connection(owner, deletedLater, updated, 1)),
                // the other owner's contact of the same id lives on
                record(EventTypes.CONTACT_CREATED, otherOwner, contact(otherOwner, deletedLater, 1, 50, null)),
                record(EventTypes.CONTACT_DELETED, owner, new ContactDeleted(deletedLater, owner, 4)),
                // after the tombstone, even a higher version stays deleted
                record(EventTypes.CONTACT_UPDATED, owner, contact(owner, deletedLater, 5, 13, null)));

        assertThat(row(owner, deletedLater)).isEqualTo("v4 deleted cadence=null introducedBy=null");
        assertThat(row(owner, updated)).isEqualTo("v2 live cadence=20 introducedBy=null");
        assertThat(row(owner, alreadyNewer)).isEqualTo("v5 live cadence=40 introducedBy=null");
        // the deleted contact is erased from those it introduced and from its connections
        assertThat(row(owner, introduced)).isEqualTo("v1 live cadence=30 introducedBy=null");
        assertThat(count("SELECT count(*) FROM connection_edge WHERE owner_id = ?", owner)).isZero();
        assertThat(row(otherOwner, deletedLater)).isEqualTo("v1 live cadence=50 introducedBy=null");
        // a touched relationship is scheduled from its creation and cadence
        assertThat(count("SELECT count(*) FROM relationship WHERE owner_id = ? AND contact_id = ? AND due_at = ?",
                owner, updated, java.sql.Timestamp.from(created.plus(Duration.ofDays(20))))).isOne();
    }

    @Test
    void aConnectionKeepsItsHighestVersionWithinAndAcrossBatches() throws SQLException {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        batch(record(EventTypes.CONNECTION_ADDED, owner, connection(owner, a, b, 2)),
                record(EventTypes.CONNECTION_REMOVED, owner, connection(owner, b, a, 3)),
                record(EventTypes.CONNECTION_ADDED, owner, connection(owner, a, b, 1)));
        assertThat(edge(owner)).isEqualTo("v3 removed=true");

        batch(record(EventTypes.CONNECTION_ADDED, owner, connection(owner, b, a, 2)));
        assertThat(edge(owner)).isEqualTo("v3 removed=true");
    }

    @Test
    void oneBatchOfInteractionEditsSubtractsWhatEachEarlierEventOfItAdded() throws SQLException {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID edited = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        Instant first = created.plus(Duration.ofDays(1));
        Instant second = created.plus(Duration.ofDays(2));
        batch(record(EventTypes.CONTACT_CREATED, owner, contact(owner, a, 1, 30, null)),
                record(EventTypes.CONTACT_CREATED, owner, contact(owner, b, 1, 30, null)),
                record(EventTypes.CONTACT_CREATED, owner, contact(owner, c, 1, 30, null)));

        interactionBatch(record(Topics.INTERACTIONS, EventTypes.INTERACTION_LOGGED, owner, interaction(edited, 1, first, a, b)),
                record(Topics.INTERACTIONS, EventTypes.INTERACTION_UPDATED, owner, interaction(edited, 2, second, b, c)),
                // a late copy of the first version, under another event id: the fact's version holds it back
                record(Topics.INTERACTIONS, EventTypes.INTERACTION_LOGGED, owner, interaction(edited, 1, first, a, b)),
                record(Topics.INTERACTIONS, EventTypes.INTERACTION_LOGGED, owner, interaction(deleted, 1, first, a)),
                record(Topics.INTERACTIONS, EventTypes.INTERACTION_DELETED, owner, new InteractionDeleted(deleted, owner, 2)));

        assertThat(terms(owner, a)).isEqualTo("terms=0 mass=0.0 last=null");
        assertThat(terms(owner, b)).isEqualTo("terms=1 last=" + java.sql.Timestamp.from(second));
        assertThat(terms(owner, c)).isEqualTo("terms=1 last=" + java.sql.Timestamp.from(second));
        assertThat(count("SELECT count(*) FROM interaction_contact WHERE owner_id = ?", owner)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM interaction_fact WHERE owner_id = ? AND interaction_id = ? AND version = 2"
                + " AND NOT deleted AND contact_count = 2", owner, edited)).isOne();
        assertThat(count("SELECT count(*) FROM interaction_fact WHERE owner_id = ? AND interaction_id = ? AND version = 2"
                + " AND deleted", owner, deleted)).isOne();
    }

    @Test
    void anEventTwiceInOneBatchAndOneAppliedBeforeAreEachSkipped() {
        ConsumerRecord<String, String> first = record(EventTypes.CONTACT_CREATED, owner,
                contact(owner, UUID.randomUUID(), 1, 30, null));
        ConsumerRecord<String, String> second = record(EventTypes.CONTACT_CREATED, owner,
                contact(owner, UUID.randomUUID(), 1, 30, null));
        List<UUID> applied = new ArrayList<>();
        EventHandler handler = event -> applied.add(event.id());

        processor.process(List.of(first), () -> handler);
        applied.clear();
        processor.process(List.of(second, first, second), () -> handler);

        assertThat(applied).containsExactly(id(second));
    }

    @Test
    void aPoisonRecordInABatchIsDeadLetteredAndTheRestIsApplied() throws SQLException {
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        batch(record(EventTypes.CONTACT_CREATED, owner, contact(owner, before, 1, 30, null)),
                record(EventTypes.CONTACT_CREATED, owner, "{\"contactId\":\"nope\"}"),
                record(EventTypes.CONTACT_CREATED, owner, contact(owner, after, 1, 30, null)));

        assertThat(row(owner, before)).isEqualTo("v1 live cadence=30 introducedBy=null");
        assertThat(row(owner, after)).isEqualTo("v1 live cadence=30 introducedBy=null");
        var dead = TopicReader.awaitForOwner(Topics.deadLetter(Topics.CONTACTS), owner, 1, Duration.ofSeconds(30));
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("{\"contactId\":\"nope\"}");
    }

    @SafeVarargs
    private void batch(ConsumerRecord<String, String>... records) {
        consumers.consumeContacts(new ConsumerRecords<>(Map.of(new TopicPartition(Topics.CONTACTS, 0),
                List.of(records)), Map.of()));
    }

    @SafeVarargs
    private void interactionBatch(ConsumerRecord<String, String>... records) {
        consumers.consumeInteractions(new ConsumerRecords<>(Map.of(new TopicPartition(Topics.INTERACTIONS, 0),
                List.of(records)), Map.of()));
    }

    private InteractionSnapshot interaction(UUID id, long version, Instant occurredAt, UUID... contacts) {
        return new InteractionSnapshot(id, owner, version, List.of(contacts), Channel.IN_PERSON, Initiator.ME,
                Exchange.MUTUAL, occurredAt);
    }

    private ContactSnapshot contact(String ownerId, UUID id, long version, int cadenceDays, UUID introducedBy) {
        return new ContactSnapshot(id, ownerId, version, Tier.CLOSE, cadenceDays, true, List.of("alumni"), null, "35-44",
                introducedBy, Sincerity.SINCERE, created);
    }

    private static ConnectionChanged connection(String ownerId, UUID contact, UUID other, long version) {
        return new ConnectionChanged(ownerId, contact, other, ConnectionKind.KNOWS, version);
    }

    private static ConsumerRecord<String, String> record(String type, String ownerId, Object data) {
        return record(Topics.CONTACTS, type, ownerId, data);
    }

    private static ConsumerRecord<String, String> record(String topic, String type, String ownerId, Object data) {
        String value = data instanceof String text ? text : TestEvents.toJson(data);
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, OFFSETS.incrementAndGet(), ownerId, value);
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static UUID id(ConsumerRecord<String, String> record) {
        return UUID.fromString(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
    }

    private String row(String ownerId, UUID contactId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT version, deleted, cadence_days, introduced_by FROM relationship WHERE owner_id = ? AND contact_id = ?")) {
            query.setString(1, ownerId);
            query.setObject(2, contactId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? "v%d %s cadence=%s introducedBy=%s".formatted(rows.getLong(1),
                        rows.getBoolean(2) ? "deleted" : "live", rows.getObject(3), rows.getObject(4)) : "none";
            }
        }
    }

    /** The strength terms and last interaction; the mass too once no term is left, when it must be exactly zero. */
    private String terms(String ownerId, UUID contactId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT strength_terms, strength_mass, last_interaction_at FROM relationship"
                        + " WHERE owner_id = ? AND contact_id = ?")) {
            query.setString(1, ownerId);
            query.setObject(2, contactId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                int terms = rows.getInt(1);
                return "terms=" + terms + (terms == 0 ? " mass=" + rows.getDouble(2) : "") + " last=" + rows.getTimestamp(3);
            }
        }
    }

    private String edge(String ownerId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT version, removed FROM connection_edge WHERE owner_id = ?")) {
            query.setString(1, ownerId);
            try (ResultSet rows = query.executeQuery()) {
                List<String> edges = new ArrayList<>();
                while (rows.next()) {
                    edges.add("v%d removed=%s".formatted(rows.getLong(1), rows.getBoolean(2)));
                }
                return String.join(", ", edges);
            }
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

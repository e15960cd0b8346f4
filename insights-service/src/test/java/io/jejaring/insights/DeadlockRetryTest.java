package io.jejaring.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.jejaring.events.Channel;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A consumer that meets a real PostgreSQL deadlock (SQLState 40P01) retries the batch and applies the event; it
 * does not take the deadlock for poison. The other side of the deadlock is a transaction of this test that locks
 * the same two rows in the opposite order: the consumer records the event id, then locks the contact's
 * relationship row; the test holds that row, then records the same event id.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class DeadlockRetryTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @Test
    void anEventThatMeetsADeadlockTwiceIsAppliedAfterTheRetriesAndNothingIsDeadLettered() throws SQLException {
        String owner = TestTokens.newOwner();
        UUID contact = UUID.randomUUID();
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner,
                ContactProjectionTest.contact(owner, contact, 1, 30, Instant.now().minus(Duration.ofDays(1))));
        await().atMost(WAIT).until(() -> relationshipVersion(owner, contact) == 1);
        long deadlocksBefore = deadlocks();

        UUID eventId = UUID.randomUUID();
        Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // this side never gives up first: the consumer, which waits first, is the one PostgreSQL aborts
            execute(other, "SET deadlock_timeout = '60s'");
            int otherPid = pid(other);
            execute(other, "SELECT 1 FROM relationship WHERE owner_id = ? AND contact_id = ? FOR UPDATE", owner, contact);

            TestEvents.publish(Topics.INTERACTIONS, EventTypes.INTERACTION_LOGGED, owner, eventId, TestEvents.toJson(
                    new InteractionSnapshot(UUID.randomUUID(), owner, 1, List.of(contact), Channel.IN_PERSON,
                            Initiator.ME, Exchange.MUTUAL, occurredAt)));

            // twice: the old processor retried a failed batch once, record by record, then dead-lettered
            for (int deadlock = 1; deadlock <= 2; deadlock++) {
                // the consumer holds the event id and waits for the relationship row this side holds
                await().atMost(WAIT).until(() -> waitsFor(otherPid));
                execute(other, "SAVEPOINT event_id");
                // blocks until PostgreSQL breaks the circle by aborting the consumer's transaction
                execute(other, "INSERT INTO processed_event (event_id) VALUES (?)", eventId);
                execute(other, "ROLLBACK TO SAVEPOINT event_id");
            }
            other.rollback();
        }

        await().atMost(WAIT).until(() -> lastInteraction(owner, contact) != null);
        assertThat(lastInteraction(owner, contact)).isEqualTo(occurredAt);
        await().atMost(WAIT).until(() -> deadlocks() >= deadlocksBefore + 2);
        assertThat(TopicReader.readToEnd(Topics.deadLetter(Topics.INTERACTIONS)))
                .noneMatch(record -> owner.equals(record.key()));
    }

    private boolean waitsFor(int pid) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))")) {
            query.setInt(1, pid);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private long deadlocks() throws SQLException {
        return deadlocks(dataSource);
    }

    /** How many deadlocks PostgreSQL has broken in this database so far. */
    static long deadlocks(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long relationshipVersion(String owner, UUID contact) throws SQLException {
        Long version = single("SELECT version FROM relationship WHERE owner_id = ? AND contact_id = ?", owner, contact);
        return version == null ? -1 : version;
    }

    private Instant lastInteraction(String owner, UUID contact) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT last_interaction_at FROM relationship WHERE owner_id = ? AND contact_id = ?")) {
            query.setString(1, owner);
            query.setObject(2, contact);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getTimestamp(1) != null ? rows.getTimestamp(1).toInstant() : null;
            }
        }
    }

    private Long single(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_backend_pid()");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}

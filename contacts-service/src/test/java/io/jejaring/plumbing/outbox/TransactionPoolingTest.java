package io.jejaring.plumbing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.FlywayPlaceholders;
import io.jejaring.plumbing.testing.TestInfrastructure;

/**
 * The services reach PostgreSQL through PgBouncer in transaction pooling mode (deploy/kubernetes), which lends a
 * server connection for one transaction at a time. What the plumbing relies on must hold there: the relay's lock,
 * the driver's statements with {@code prepareThreshold=0}, and the session time zone. Each check is paired with the
 * session-level variant it replaces, which does break, so the test shows the pooler really swaps connections.
 * Skipped where no {@code pgbouncer} binary is installed.
 */
class TransactionPoolingTest {

    private static final String DATABASE = "transaction_pooling";
    private static TestInfrastructure.Database postgres;
    private static PgBouncer bouncer;

    @BeforeAll
    static void startPgBouncer() {
        Path binary = PgBouncer.binary().orElse(null);
        Assumptions.assumeTrue(binary != null, "pgbouncer is not installed");
        postgres = TestInfrastructure.get().database();
        String direct = postgres.jdbcUrl(DATABASE);
        // Migrations go to the database directly, as the migration Jobs do: Flyway's lock is a session lock.
        Flyway.configure().dataSource(direct, postgres.user(), postgres.password()).locations("classpath:db/plumbing")
                .placeholders(FlywayPlaceholders.shared()).load().migrate();
        // Two server connections for every client: clients must take turns on them, as under load.
        bouncer = PgBouncer.start(binary, direct, postgres.user(), postgres.password(), 2);
    }

    @AfterAll
    static void stopPgBouncer() throws InterruptedException {
        if (bouncer != null) {
            bouncer.close();
        }
    }

    @Test
    void theRelaysLockExcludesAnotherRelayForItsTransactionAndIsGoneAtCommit() throws SQLException {
        UUID row = insertUnsentOutboxRow();
        try (Connection relay = pooled("prepareThreshold=0"); Connection other = pooled("prepareThreshold=0")) {
            relay.setAutoCommit(false);
            other.setAutoCommit(false);
            assertThat(nextBatch(relay)).as("the relay holding the lock reads the batch").isEqualTo(1);
            assertThat(nextBatch(other)).as("another relay, while the first one's transaction is open").isZero();
            other.commit();
            relay.commit();
            // The server connection that held the lock went back to the pool with nothing held.
            assertThat(nextBatch(other)).as("another relay, after the first one committed").isEqualTo(1);
            other.commit();
        } finally {
            deleteOutboxRow(row);
        }
    }

    @Test
    void aSessionLockWouldStayWithTheServerConnectionForWhicheverClientGetsItNext() throws SQLException {
        try (Connection first = pooled("prepareThreshold=0"); Connection second = pooled("prepareThreshold=0")) {
            assertThat(tryLock(first, "pg_try_advisory_lock")).isTrue();
            // The first client's server connection is free again, and is the one lent next: it still holds the
            // lock, so a second client "gets" a lock the first one thinks it alone has.
            assertThat(tryLock(second, "pg_try_advisory_lock")).as("a session lock under transaction pooling").isTrue();
            // Released twice: both "holders" took it on the same server session.
            assertThat(tryLock(second, "pg_advisory_unlock")).isTrue();
            assertThat(tryLock(second, "pg_advisory_unlock")).isTrue();
        }
    }

    @Test
    void statementsRunAgainAndAgainOnWhicheverServerConnectionIsLentWithPrepareThresholdZero() throws SQLException {
        try (Connection client = pooled("prepareThreshold=0"); Connection other = pooled("prepareThreshold=0")) {
            assertThat(runTenTimesWhileAnotherClientHoldsAServerConnectionAfterTheFifth(client, other)).isEqualTo(10);
        }
    }

    @Test
    void theDriversDefaultServerSidePreparedStatementsBreakUnderTransactionPooling() throws SQLException {
        try (Connection client = pooled(""); Connection other = pooled("")) {
            assertThatThrownBy(() -> runTenTimesWhileAnotherClientHoldsAServerConnectionAfterTheFifth(client, other))
                    .isInstanceOf(SQLException.class).hasMessageContaining("prepared statement");
        }
    }

    @Test
    void eachClientKeepsTheTimeZoneItSetWhicheverServerConnectionItIsLent() throws SQLException {
        try (Connection utc = pooled("prepareThreshold=0"); Connection tokyo = pooled("prepareThreshold=0")) {
            execute(utc, "SET TIME ZONE 'UTC'");
            execute(tokyo, "SET TIME ZONE 'Asia/Tokyo'");
            for (int round = 0; round < 4; round++) {
                // One client holds a server connection in a transaction, so the other is lent the other one.
                Connection holder = round % 2 == 0 ? utc : tokyo;
                holder.setAutoCommit(false);
                assertThat(timeZone(holder)).isEqualTo(holder == utc ? "UTC" : "Asia/Tokyo");
                assertThat(timeZone(utc)).isEqualTo("UTC");
                assertThat(timeZone(tokyo)).isEqualTo("Asia/Tokyo");
                holder.commit();
                holder.setAutoCommit(true);
            }
        }
    }

    /** Runs one statement ten times; after the fifth (when the driver would prepare it), the other client holds a connection. */
    private static int runTenTimesWhileAnotherClientHoldsAServerConnectionAfterTheFifth(Connection client, Connection other)
            throws SQLException {
        int answered = 0;
        try (PreparedStatement statement = client.prepareStatement("SELECT ?::int + 1")) {
            for (int i = 0; i < 10; i++) {
                if (i == 6) {
                    // Lent the server connection the client used last (PgBouncer reuses the most recent one).
                    other.setAutoCommit(false);
                    execute(other, "SELECT 1");
                }
                statement.setInt(1, i);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    answered += result.getInt(1) == i + 1 ? 1 : 0;
                }
            }
        } finally {
            if (!other.getAutoCommit()) {
                other.rollback();
            }
        }
        return answered;
    }

    private static int nextBatch(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OutboxRelay.LOCK_AND_NEXT_BATCH)) {
            select.setLong(1, OutboxRelay.LOCK_KEY);
            select.setInt(2, 500);
            int rows = 0;
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static boolean tryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT " + function + "(?)")) {
            lock.setLong(1, OutboxRelay.LOCK_KEY + 1);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static String timeZone(Connection connection) throws SQLException {
        try (Statement show = connection.createStatement(); ResultSet result = show.executeQuery("SHOW TimeZone")) {
            result.next();
            return result.getString(1);
        }
    }

    private static UUID insertUnsentOutboxRow() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = direct(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO outbox (id, owner_id, sequence, topic, type, subject, payload, created_at)
                VALUES (?, ?, 1, 'jejaring.test', 'io.jejaring.test', 'subject', '{}', ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, "pooling-" + id);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    private static void deleteOutboxRow(UUID id) throws SQLException {
        try (Connection connection = direct(); PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox WHERE id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection pooled(String parameters) throws SQLException {
        return DriverManager.getConnection(bouncer.jdbcUrl(DATABASE, parameters), postgres.user(), postgres.password());
    }

    private static Connection direct() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password());
    }
}

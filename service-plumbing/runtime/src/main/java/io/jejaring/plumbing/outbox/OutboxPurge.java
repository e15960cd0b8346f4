package io.jejaring.plumbing.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes sent outbox rows, which hold event payloads: everyone's once they are older than
 * {@code jejaring.outbox.retention}, and an erased owner's at once (up to where the erasure record says). Unsent
 * rows are never touched, so the relay, which reads and marks only those, is never blocked. Each batch is one
 * short transaction of its own.
 */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);

    private static final String EXPIRED = """
            DELETE FROM outbox WHERE id IN (
                SELECT id FROM outbox WHERE sent_at IS NOT NULL AND sent_at < ? ORDER BY sent_at LIMIT ?)""";
    private static final String ERASED = """
            DELETE FROM outbox WHERE id IN (
                SELECT o.id FROM owner_erasure e JOIN outbox o ON o.owner_id = e.owner_id
                WHERE e.outbox_until IS NOT NULL AND o.position <= e.outbox_until AND o.sent_at IS NOT NULL LIMIT ?)""";
    /** An erasure whose rows are all gone needs no more looking at. */
    private static final String ERASED_DONE = """
            UPDATE owner_erasure e SET outbox_until = NULL WHERE e.outbox_until IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.owner_id = e.owner_id AND o.position <= e.outbox_until)""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @ConfigProperty(name = "jejaring.outbox.retention", defaultValue = "P7D")
    Duration retention;

    @ConfigProperty(name = "jejaring.outbox.purge-batch-size", defaultValue = "500")
    int batchSize;

    @Scheduled(every = "${jejaring.outbox.purge-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warnf("outbox purge failed (%s); it retries on the next run", e.getClass().getSimpleName());
            LOG.debug("outbox purge failure", e);
        }
    }

    /** Purges until nothing is left to purge; answers how many rows it deleted. */
    public int purge() {
        Timestamp cutoff = Timestamp.from(Instant.now(clock).minus(retention));
        int deleted = 0;
        int batch;
        do {
            batch = inOwnTransaction(EXPIRED, cutoff, batchSize);
            deleted += batch;
        } while (batch == batchSize);
        do {
            batch = inOwnTransaction(ERASED, batchSize);
            deleted += batch;
        } while (batch == batchSize);
        inOwnTransaction(ERASED_DONE);
        return deleted;
    }

    /** One statement, committed on its own (auto-commit), so no lock is held beyond it. */
    private int inOwnTransaction(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox purge failed: " + e.getSQLState(), e);
        }
    }
}

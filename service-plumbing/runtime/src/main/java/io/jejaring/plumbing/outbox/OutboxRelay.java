package io.jejaring.plumbing.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Publishes unsent outbox rows to Kafka in order, then marks them sent.
 * <p>
 * Each batch runs in one transaction that first takes {@code pg_try_advisory_xact_lock}: one relay per database
 * publishes at a time, which keeps each owner's order, and the lock cannot outlive a dead relay the way a session
 * lock on a pooled connection can. The relay is woken after every commit that appended an event; a slow poll
 * behind it catches whatever a wake missed, such as rows left while Kafka was down.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant will do: each service has its own database. */
    static final long LOCK_KEY = 0x6a656a6172696e67L;

    /**
     * The relay lock and the next batch in one round trip: the lock is tried once (a CTE with a volatile function
     * is never inlined), and a relay that did not get it reads no rows.
     */
    static final String LOCK_AND_NEXT_BATCH = """
            WITH relay AS (SELECT pg_try_advisory_xact_lock(?) AS active)
            SELECT id, owner_id, sequence, topic, type, subject, payload, created_at, traceparent, tracestate
            FROM outbox, relay WHERE relay.active AND sent_at IS NULL ORDER BY position LIMIT ?""";
    private static final String MARK_SENT = "UPDATE outbox SET sent_at = ? WHERE id = ANY(?)";

    /**
     * A plain JDBC transaction, not a JTA one: the broker's acknowledgements complete on Kafka's threads, and
     * a JTA transaction would see them as other threads active in it at commit.
     */
    @Inject
    AgroalDataSource dataSource;

    @Inject
    KafkaPublisher publisher;

    @Inject
    Clock clock;

    @ConfigProperty(name = "jejaring.outbox.source")
    String source;

    @ConfigProperty(name = "jejaring.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "jejaring.outbox.send-timeout", defaultValue = "PT30M")
    Duration sendTimeout;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakePending = new AtomicBoolean();

    void onStart(@Observes StartupEvent start) {
        wake();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wake();
    }

    @Scheduled(every = "${jejaring.outbox.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Asks for a drain; wakes that arrive while one is pending fold into it. */
    public void wake() {
        if (wakePending.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        wakePending.set(false);
        try {
            while (publishBatch() == batchSize) {
                // a full batch means there may be more
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay could not publish (%s); it retries on the next poll", e.getClass().getSimpleName());
            LOG.debug("outbox relay failure", e);
        }
    }

    /** Publishes one batch and marks it sent; answers how many rows it published (0 when another relay is active). */
    int publishBatch() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int published = publishBatch(connection);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox unreadable: " + e.getSQLState(), e);
        }
    }

    private int publishBatch(Connection connection) throws SQLException {
        List<OutboxMessage> batch = nextBatch(connection);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Uni<Void>> acks = batch.stream()
                .map(message -> publisher.publish(message.topic(), message.ownerId(), message.payload(),
                        CloudEventHeaders.of(message, source)))
                .toList();
        // every send completes (delivered, or failed for good) before the batch is settled: retrying while an
        // earlier attempt is still in flight could put an owner's events out of order
        Uni.join().all(acks).andCollectFailures().await().atMost(sendTimeout);
        try (PreparedStatement sent = connection.prepareStatement(MARK_SENT)) {
            sent.setTimestamp(1, Timestamp.from(Instant.now(clock)));
            sent.setArray(2, connection.createArrayOf("uuid", batch.stream().map(OutboxMessage::id).toArray()));
            sent.executeUpdate();
        }
        return batch.size();
    }

    private List<OutboxMessage> nextBatch(Connection connection) throws SQLException {
        List<OutboxMessage> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(LOCK_AND_NEXT_BATCH)) {
            select.setLong(1, LOCK_KEY);
            select.setInt(2, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String traceparent = rows.getString(9);
                    TraceContext trace = traceparent == null ? null : new TraceContext(traceparent, rows.getString(10));
                    batch.add(new OutboxMessage(rows.getObject(1, UUID.class), rows.getString(2), rows.getLong(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getTimestamp(8).toInstant(), trace));
                }
            }
        }
        return batch;
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

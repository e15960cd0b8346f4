package io.jejaring.plumbing.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.jejaring.plumbing.sql.SqlTimes;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
    private static final long LOCK_KEY = 0x6a656a6172696e67L;

    private static final String TRY_LOCK = "SELECT pg_try_advisory_xact_lock(?1)";
    private static final String NEXT_BATCH = """
            SELECT id, owner_id, sequence, topic, type, subject, payload, created_at
            FROM outbox WHERE sent_at IS NULL ORDER BY position LIMIT ?1""";
    private static final String MARK_SENT = "UPDATE outbox SET sent_at = ?1 WHERE id IN (?2)";

    @Inject
    EntityManager entityManager;

    @Inject
    KafkaPublisher publisher;

    @Inject
    Clock clock;

    @ConfigProperty(name = "jejaring.outbox.source")
    String source;

    @ConfigProperty(name = "jejaring.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "jejaring.outbox.send-timeout", defaultValue = "PT20S")
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
        return QuarkusTransaction.requiringNew().timeout((int) sendTimeout.toSeconds() + 10).call(() -> {
            if (!Boolean.TRUE.equals(entityManager.createNativeQuery(TRY_LOCK).setParameter(1, LOCK_KEY).getSingleResult())) {
                return 0;
            }
            List<OutboxMessage> batch = nextBatch();
            if (batch.isEmpty()) {
                return 0;
            }
            List<Uni<Void>> acks = batch.stream()
                    .map(message -> publisher.publish(message.topic(), message.ownerId(), message.payload(),
                            CloudEventHeaders.of(message, source)))
                    .toList();
            Uni.join().all(acks).andFailFast().await().atMost(sendTimeout);
            entityManager.createNativeQuery(MARK_SENT)
                    .setParameter(1, Instant.now(clock))
                    .setParameter(2, batch.stream().map(OutboxMessage::id).toList())
                    .executeUpdate();
            return batch.size();
        });
    }

    @SuppressWarnings("unchecked")
    private List<OutboxMessage> nextBatch() {
        List<Object[]> rows = entityManager.createNativeQuery(NEXT_BATCH).setParameter(1, batchSize).getResultList();
        return rows.stream().map(row -> new OutboxMessage((UUID) row[0], (String) row[1], ((Number) row[2]).longValue(),
                (String) row[3], (String) row[4], (String) row[5], (String) row[6], SqlTimes.instant(row[7]))).toList();
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

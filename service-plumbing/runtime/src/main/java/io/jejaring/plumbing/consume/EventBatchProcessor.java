package io.jejaring.plumbing.consume;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies a poll batch in one transaction, each event at most once ({@link ProcessedEvents}).
 * If the batch fails, it is retried record by record so that only the poison record goes to the dead-letter
 * topic. A database outage is not poison: the batch waits and is tried again.
 */
@ApplicationScoped
public class EventBatchProcessor {

    private static final Logger LOG = Logger.getLogger(EventBatchProcessor.class);
    private static final Duration OUTAGE_BACKOFF = Duration.ofSeconds(2);

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ObjectMapper json;

    public void process(ConsumerRecords<String, String> batch, EventHandler handler) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        process(records, handler);
    }

    public void process(List<ConsumerRecord<String, String>> records, EventHandler handler) {
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    records.forEach(record -> applyOnce(record, handler));
                    handler.beforeCommit();
                });
                return;
            } catch (RuntimeException batchFailure) {
                if (!isOutage(batchFailure)) {
                    records.forEach(record -> processAlone(record, handler));
                    return;
                }
                waitOut(batchFailure);
            }
        }
    }

    private void processAlone(ConsumerRecord<String, String> record, EventHandler handler) {
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    applyOnce(record, handler);
                    handler.beforeCommit();
                });
                return;
            } catch (RuntimeException failure) {
                if (!isOutage(failure)) {
                    deadLetters.send(record, rootCause(failure));
                    return;
                }
                waitOut(failure);
            }
        }
    }

    private void applyOnce(ConsumerRecord<String, String> record, EventHandler handler) {
        IncomingEvent event = IncomingEvent.from(record, json);
        if (processedEvents.firstTime(event.id())) {
            handler.apply(event);
        }
    }

    private static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void waitOut(RuntimeException failure) {
        LOG.warnf("database unavailable (%s); retrying the batch", failure.getClass().getSimpleName());
        try {
            Thread.sleep(OUTAGE_BACKOFF.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}

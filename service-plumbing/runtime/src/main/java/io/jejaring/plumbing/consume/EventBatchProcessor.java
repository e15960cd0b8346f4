package io.jejaring.plumbing.consume;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.plumbing.outbox.TraceContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Applies a poll batch in one transaction, each event at most once: the batch's event ids are recorded with one
 * statement ({@link ProcessedEvents}), and the handler gets the events not seen before all at once.
 * <p>
 * A failure is first classified ({@link TransientFailures}). A transient one (a deadlock, a serialization
 * failure, a lock timeout, the database or the broker away) says nothing about the records, so the same batch is
 * tried again after a capped, jittered backoff ({@link RetryBackoff}), for as long as it takes or until shutdown:
 * giving up would either dead-letter good events, which loses them, or skip them. Any other failure is
 * deterministic: the batch is retried record by record, each in its own transaction with its own handler, so
 * only the record that fails alone goes to the dead-letter topic.
 * <p>
 * Once the service is stopping, no failure is dead-lettered: its database and broker clients close while the
 * consumer still runs, so a failure then says nothing about the record. The batch is left uncommitted, and the
 * next start reads it again.
 */
@ApplicationScoped
public class EventBatchProcessor {

    private static final Logger LOG = Logger.getLogger(EventBatchProcessor.class);

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ObjectMapper json;

    @Inject
    Tracer tracer;

    private volatile boolean stopping;

    /** Fired before Quarkus closes the datasources, Hibernate and the Kafka clients. */
    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** For a handler that keeps no state between events. */
    public void process(ConsumerRecords<String, String> batch, EventHandler handler) {
        process(batch, () -> handler);
    }

    /** {@code newHandler} is called for each transaction, so a failed attempt's state is dropped with it. */
    public void process(ConsumerRecords<String, String> batch, Supplier<EventHandler> newHandler) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        process(records, newHandler);
    }

    public void process(List<ConsumerRecord<String, String>> records, Supplier<EventHandler> newHandler) {
        if (records.isEmpty()) {
            return;
        }
        Span span = processSpan(records);
        try (Scope current = span.makeCurrent()) {
            processInSpan(records, newHandler);
        } catch (RuntimeException failure) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            throw failure;
        } finally {
            span.end();
        }
    }

    /**
     * One consumer span per batch, linked to the span that wrote each record: the batch is applied in one
     * transaction, so its work belongs to no single record, and a span has one parent but may have many links.
     * A record retried alone gets a span of its own inside the batch's. Events a projection publishes carry the
     * span's context on. While tracing is off the span is a no-op and no header is read.
     */
    private Span processSpan(List<ConsumerRecord<String, String>> records) {
        String topic = records.get(0).topic();
        Span span = tracer.spanBuilder("process " + topic)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.batch.message_count", records.size())
                .startSpan();
        if (span.isRecording()) {
            for (ConsumerRecord<String, String> record : records) {
                SpanContext writer = TraceContext.from(record.headers());
                if (writer.isValid()) {
                    span.addLink(writer);
                }
            }
        }
        return span;
    }

    private void processInSpan(List<ConsumerRecord<String, String>> records, Supplier<EventHandler> newHandler) {
        try {
            untilNotTransient(() -> applyInOneTransaction(records, newHandler.get()));
        } catch (RuntimeException failure) {
            if (stopping || TransientFailures.isTransient(failure)) {
                throw failure; // shutting down, or interrupted while waiting it out: nothing is dead-lettered
            }
            if (records.size() > 1) {
                records.forEach(record -> process(List.of(record), newHandler));
            } else {
                untilNotTransient(() -> deadLetters.send(records.get(0), TransientFailures.rootCause(failure)));
                Span.current().setStatus(StatusCode.ERROR, "dead-lettered");
            }
        }
    }

    private void applyInOneTransaction(List<ConsumerRecord<String, String>> records, EventHandler handler) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<IncomingEvent> events = records.stream().map(record -> IncomingEvent.from(record, json)).toList();
            Set<UUID> firstTime = processedEvents.firstTimes(events.stream().map(IncomingEvent::id).toList());
            // removing an id as it is taken applies an event the batch holds twice only once
            List<IncomingEvent> fresh = events.stream().filter(event -> firstTime.remove(event.id())).toList();
            handler.lockInOrder(fresh);
            handler.applyAll(fresh);
            handler.beforeCommit();
        });
    }

    /** Runs {@code work} until it succeeds or fails deterministically, waiting out each transient failure. */
    private static void untilNotTransient(Runnable work) {
        for (int attempt = 0; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException failure) {
                if (!TransientFailures.isTransient(failure)) {
                    throw failure;
                }
                pause(attempt, failure);
            }
        }
    }

    private static void pause(int attempt, RuntimeException failure) {
        long millis = RetryBackoff.CONSUMER.delay(attempt, ThreadLocalRandom.current()::nextDouble).toMillis();
        LOG.warnf("transient failure (%s); trying again in %d ms, attempt %d", TransientFailures.describe(failure),
                millis, attempt + 2);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}

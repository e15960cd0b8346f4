package io.jejaring.plumbing.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes an event to the {@code outbox} table in the caller's transaction, so the event exists exactly when the
 * state change it describes does. The relay publishes it after commit, with the trace context of the span that
 * wrote it (the request's, or a consumer's), so the trace goes on past the outbox.
 */
@ApplicationScoped
public class Outbox {

    /**
     * The owner's next sequence and the event's row in one statement, so an append costs one round trip: the
     * upsert takes the owner's sequence row lock until the transaction ends, which keeps the sequence gap-free.
     * Parameters: owner, id, owner, topic, type, subject, payload, created_at, traceparent, tracestate.
     */
    private static final String APPEND = """
            WITH next AS (
                INSERT INTO outbox_sequence (owner_id, last_sequence) VALUES (?, 1)
                ON CONFLICT (owner_id) DO UPDATE SET last_sequence = outbox_sequence.last_sequence + 1
                RETURNING last_sequence)
            INSERT INTO outbox (id, owner_id, sequence, topic, type, subject, payload, created_at,
                traceparent, tracestate)
            SELECT ?, ?, next.last_sequence, ?, ?, ?, ?, ?, ?, ? FROM next
            RETURNING sequence""";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxAppended> appended;

    /**
     * Appends an event for {@code ownerId}, who becomes the record key. {@code subject} is the aggregate's id.
     * Its {@code ce_sequence} is the owner's next one, taken under a row lock, so it is gap-free.
     * <p>
     * Lock order: a transaction takes its own rows first, each kind in one fixed order, and the owners'
     * sequence rows last, owner after owner in order. Two transactions that both append for two owners then
     * cannot wait on each other in a circle.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage append(String topic, String type, String ownerId, Object subject, Object data) {
        UUID id = UUID.randomUUID();
        String subjectId = subject.toString();
        String payload = toJson(data);
        Instant createdAt = Instant.now(clock);
        TraceContext trace = TraceContext.current();
        // Plain JDBC on the session's own connection, so in the caller's transaction: the statement is fixed, and
        // Hibernate's native-query layer (parsing, result mapping) cost more than the round trip. Nothing pending
        // need be flushed first, since the outbox tables are no entity's.
        long sequence = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement append = connection.prepareStatement(APPEND)) {
                append.setString(1, ownerId);
                append.setObject(2, id);
                append.setString(3, ownerId);
                append.setString(4, topic);
                append.setString(5, type);
                append.setString(6, subjectId);
                append.setString(7, payload);
                append.setObject(8, createdAt.atOffset(ZoneOffset.UTC));
                append.setString(9, trace == null ? null : trace.traceparent());
                append.setString(10, trace == null ? null : trace.tracestate());
                try (ResultSet appended = append.executeQuery()) {
                    appended.next();
                    return appended.getLong(1);
                }
            }
        });
        OutboxMessage message = new OutboxMessage(id, ownerId, sequence, topic, type, subjectId, payload, createdAt,
                trace);
        appended.fire(new OutboxAppended(topic));
        return message;
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serializable: " + data.getClass().getName(), e);
        }
    }
}

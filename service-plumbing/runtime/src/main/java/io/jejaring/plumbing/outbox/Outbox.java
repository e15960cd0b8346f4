package io.jejaring.plumbing.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes an event to the {@code outbox} table in the caller's transaction, so the event exists exactly when the
 * state change it describes does. The relay publishes it after commit.
 */
@ApplicationScoped
public class Outbox {

    private static final String NEXT_SEQUENCE = """
            INSERT INTO outbox_sequence (owner_id, last_sequence) VALUES (?1, 1)
            ON CONFLICT (owner_id) DO UPDATE SET last_sequence = outbox_sequence.last_sequence + 1
            RETURNING last_sequence""";
    private static final String INSERT = """
            INSERT INTO outbox (id, owner_id, sequence, topic, type, subject, payload, created_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""";

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
        // FlushModeType.COMMIT: the outbox tables are no entity's, so nothing pending need be flushed before these
        // statements; otherwise Hibernate would dirty-check every entity the transaction holds, twice per event.
        long sequence = ((Number) entityManager.createNativeQuery(NEXT_SEQUENCE)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, ownerId)
                .getSingleResult()).longValue();
        OutboxMessage message = new OutboxMessage(UUID.randomUUID(), ownerId, sequence, topic, type,
                subject.toString(), toJson(data), Instant.now(clock));
        entityManager.createNativeQuery(INSERT)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, message.id())
                .setParameter(2, message.ownerId())
                .setParameter(3, message.sequence())
                .setParameter(4, message.topic())
                .setParameter(5, message.type())
                .setParameter(6, message.subject())
                .setParameter(7, message.payload())
                .setParameter(8, message.createdAt())
                .executeUpdate();
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

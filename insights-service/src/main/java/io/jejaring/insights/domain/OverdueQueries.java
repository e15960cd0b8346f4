package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Pages of overdue relationships, in the order of the {@code (owner_id, due_at, contact_id)} index. */
@ApplicationScoped
public class OverdueQueries {

    private static final String PAGE = """
            SELECT * FROM relationship
            WHERE owner_id = ?1 AND NOT deleted AND keep_in_touch AND version > 0 AND due_at <= ?2
              AND (due_at, contact_id) > (?3, ?4)
            ORDER BY due_at, contact_id
            LIMIT ?5""";
    private static final Instant BEFORE_ALL = Instant.parse("0001-01-01T00:00:00Z");
    private static final UUID LOWEST = new UUID(0, 0);

    @Inject
    EntityManager entityManager;

    @Inject
    Network network;

    @Inject
    Clock clock;

    @SuppressWarnings("unchecked")
    public List<OverdueRelationship> page(String ownerId, Instant afterDueAt, UUID afterContactId, int rows) {
        Instant now = Instant.now(clock);
        List<Relationship> overdue = entityManager.createNativeQuery(PAGE, Relationship.class)
                .setParameter(1, ownerId)
                .setParameter(2, now)
                .setParameter(3, afterDueAt == null ? BEFORE_ALL : afterDueAt)
                .setParameter(4, afterContactId == null ? LOWEST : afterContactId)
                .setParameter(5, rows)
                .getResultList();
        if (overdue.isEmpty()) {
            return List.of();
        }
        Ranking ranking = network.ranking(ownerId, now);
        return overdue.stream().map(relationship -> OverdueRelationship.of(relationship, ranking)).toList();
    }

    public long count(String ownerId, Instant now) {
        return Relationship.count("key.ownerId = ?1 and deleted = false and version > 0 and keepInTouch = true and dueAt <= ?2",
                ownerId, now);
    }
}

package io.jejaring.insights.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Reads the projection for one owner. */
@ApplicationScoped
public class Insights {

    private static final String OVERDUE_PAGE = """
            SELECT contact_id, last_interaction_at, created_at, due_at, cadence_days
            FROM relationship
            WHERE owner_id = ?1 AND NOT deleted AND keep_in_touch AND due_at <= ?2
              AND (due_at, contact_id) > (?3, ?4)
            ORDER BY due_at, contact_id
            LIMIT ?5""";
    private static final Instant BEFORE_ALL = Instant.parse("0001-01-01T00:00:00Z");
    private static final UUID LOWEST = new UUID(0, 0);

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Overdue relationships after the keyset ({@code afterDueAt}, {@code afterContactId}), oldest due date first. */
    @SuppressWarnings("unchecked")
    public List<OverdueRelationship> overdue(String ownerId, Instant afterDueAt, UUID afterContactId, int limit) {
        Instant now = Instant.now(clock);
        List<Object[]> rows = entityManager.createNativeQuery(OVERDUE_PAGE)
                .setParameter(1, ownerId)
                .setParameter(2, now)
                .setParameter(3, afterDueAt == null ? BEFORE_ALL : afterDueAt)
                .setParameter(4, afterContactId == null ? LOWEST : afterContactId)
                .setParameter(5, limit)
                .getResultList();
        return rows.stream().map(row -> OverdueRelationship.of((UUID) row[0], instant(row[1]), instant(row[2]),
                instant(row[3]), ((Number) row[4]).intValue(), now)).toList();
    }

    public Reach reach(String ownerId) {
        Instant now = Instant.now(clock);
        long total = Relationship.count("key.ownerId = ?1 and deleted = false", ownerId);
        long overdue = Relationship.count("key.ownerId = ?1 and deleted = false and keepInTouch = true and dueAt <= ?2",
                ownerId, now);
        return new Reach(total, overdue, now);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}

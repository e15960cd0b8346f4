package io.jejaring.insights.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.jejaring.plumbing.sql.SqlTimes;

/**
 * How far the reciprocity window's walk got ({@code reciprocity_window_scan}, one row), and the interaction links
 * it walks past.
 */
@ApplicationScoped
public class ReciprocityWindowStore {

    private static final String CLAIM = "SELECT 1 FROM reciprocity_window_scan FOR UPDATE SKIP LOCKED";
    private static final String REWIND = "UPDATE reciprocity_window_scan SET passed_at = ?1 WHERE passed_at > ?1";
    private static final String LEFT = """
            SELECT l.occurred_at, l.owner_id, l.contact_id FROM interaction_contact l, reciprocity_window_scan s
            WHERE l.occurred_at > s.passed_at AND l.occurred_at <= ?1
            ORDER BY l.occurred_at LIMIT ?2""";
    private static final String LEFT_AT = "SELECT occurred_at, owner_id, contact_id FROM interaction_contact WHERE occurred_at = ?1";
    private static final String ADVANCE = "UPDATE reciprocity_window_scan SET passed_at = ?1";

    /** One interaction's link to a contact. */
    public record Link(Instant occurredAt, String ownerId, UUID contactId) {
    }

    @Inject
    EntityManager entityManager;

    /** Takes the position row for this transaction; false when another replica holds it. */
    public boolean claim() {
        return !entityManager.createNativeQuery(CLAIM).getResultList().isEmpty();
    }

    /** Moves the position back to {@code windowStart} if it is past it (a clock set back). */
    public void rewind(Instant windowStart) {
        entityManager.createNativeQuery(REWIND).setParameter(1, windowStart).executeUpdate();
    }

    /** Up to {@code rows} links past the position and at or before {@code windowStart}, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Link> leftSincePosition(Instant windowStart, int rows) {
        return links(entityManager.createNativeQuery(LEFT).setParameter(1, windowStart).setParameter(2, rows)
                .getResultList());
    }

    /** Every link that occurred at exactly {@code at}. */
    @SuppressWarnings("unchecked")
    public List<Link> leftAt(Instant at) {
        return links(entityManager.createNativeQuery(LEFT_AT).setParameter(1, at).getResultList());
    }

    public void advance(Instant passed) {
        entityManager.createNativeQuery(ADVANCE).setParameter(1, passed).executeUpdate();
    }

    private static List<Link> links(List<Object[]> rows) {
        List<Link> links = new ArrayList<>(rows.size());
        rows.forEach(row -> links.add(new Link(SqlTimes.instant(row[0]), (String) row[1], (UUID) row[2])));
        return links;
    }
}

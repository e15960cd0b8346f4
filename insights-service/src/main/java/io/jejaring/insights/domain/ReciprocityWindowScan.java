package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.Reciprocity;
import io.jejaring.plumbing.sql.SqlTimes;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Follows the reciprocity window as time moves it. The flags counted over it (ONE_SIDED) can change with no
 * event at all, when an older interaction leaves the window. This walks the interactions that left since the
 * last run, oldest first from where {@code reciprocity_window_scan} says it got to, and settles each relationship
 * they name, so that every transition is published once. One replica walks at a time (the position row is taken
 * with {@code SKIP LOCKED}).
 */
@ApplicationScoped
public class ReciprocityWindowScan {

    static final int BATCH = 500;
    private static final String CLAIM = "SELECT 1 FROM reciprocity_window_scan FOR UPDATE SKIP LOCKED";
    // a clock set back (only tests do that) puts interactions back in the window: they can leave it again
    private static final String REWIND = "UPDATE reciprocity_window_scan SET passed_at = ?1 WHERE passed_at > ?1";
    private static final String LEFT = """
            SELECT l.occurred_at, l.owner_id, l.contact_id FROM interaction_contact l, reciprocity_window_scan s
            WHERE l.occurred_at > s.passed_at AND l.occurred_at <= ?1
            ORDER BY l.occurred_at LIMIT ?2""";
    private static final String LEFT_AT = "SELECT occurred_at, owner_id, contact_id FROM interaction_contact WHERE occurred_at = ?1";
    private static final String ADVANCE = "UPDATE reciprocity_window_scan SET passed_at = ?1";

    @Inject
    EntityManager entityManager;

    @Inject
    ReciprocityCounts reciprocity;

    @Inject
    RelationshipUpkeep upkeep;

    @Inject
    Parameters parameters;

    @Inject
    Clock clock;

    /** Settles every relationship whose interactions left the window since the last run. */
    public void follow() {
        while (QuarkusTransaction.requiringNew().call(this::followBatch) == BATCH) {
            // a full batch means there may be more
        }
    }

    /** One batch of interactions that left the window; answers how many it walked past. */
    @SuppressWarnings("unchecked")
    int followBatch() {
        Instant windowStart = Instant.now(clock).minus(parameters.reciprocityWindow());
        if (entityManager.createNativeQuery(CLAIM).getResultList().isEmpty()) {
            return 0; // another replica is walking
        }
        entityManager.createNativeQuery(REWIND).setParameter(1, windowStart).executeUpdate();
        List<Object[]> left = new ArrayList<>(entityManager.createNativeQuery(LEFT).setParameter(1, windowStart)
                .setParameter(2, BATCH).getResultList());
        if (left.isEmpty()) {
            return 0;
        }
        Instant passed = SqlTimes.instant(left.get(left.size() - 1)[0]);
        if (left.size() == BATCH) {
            // the position is a time: take every interaction at the last one, so that none is left behind
            left.addAll(entityManager.createNativeQuery(LEFT_AT).setParameter(1, passed).getResultList());
        }
        Map<String, SortedSet<UUID>> byOwner = new TreeMap<>();
        for (Object[] row : left) {
            byOwner.computeIfAbsent((String) row[1], owner -> new TreeSet<>(Comparator.comparing(UUID::toString)))
                    .add((UUID) row[2]);
        }
        byOwner.forEach(this::settle);
        entityManager.createNativeQuery(ADVANCE).setParameter(1, passed).executeUpdate();
        return Math.min(left.size(), BATCH);
    }

    /** Locks the owner's relationships in contact order, as every writer does, and settles their flags. */
    private void settle(String ownerId, SortedSet<UUID> contactIds) {
        List<UUID> ids = List.copyOf(contactIds);
        List<Relationship> relationships = Relationship.<Relationship>find(
                        "key.ownerId = ?1 and key.contactId in ?2 order by key.contactId", ownerId, ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Map<UUID, Reciprocity> counts = reciprocity.forContacts(ownerId, ids);
        relationships.forEach(relationship -> upkeep.settleOneSided(relationship,
                counts.getOrDefault(relationship.contactId(), Reciprocity.NONE), true));
    }
}

package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.Reciprocity;

/** Counts who initiated and what was exchanged, per (interaction, contact) pair, over the reciprocity window. */
@ApplicationScoped
public class ReciprocityCounts {

    private static final String COUNTS = """
            SELECT l.contact_id,
                   count(*) FILTER (WHERE f.initiated_by = 'ME'),
                   count(*) FILTER (WHERE f.initiated_by = 'THEM'),
                   count(*) FILTER (WHERE f.exchange = 'GAVE'),
                   count(*) FILTER (WHERE f.exchange = 'RECEIVED'),
                   count(*) FILTER (WHERE f.exchange = 'MUTUAL')
            FROM interaction_contact l
            JOIN interaction_fact f ON f.owner_id = l.owner_id AND f.interaction_id = l.interaction_id
            JOIN relationship r ON r.owner_id = l.owner_id AND r.contact_id = l.contact_id AND NOT r.deleted
            WHERE l.owner_id = ?1 AND l.occurred_at > ?2 AND l.occurred_at <= ?3
              %s
            GROUP BY l.contact_id""";

    @Inject
    EntityManager entityManager;

    @Inject
    Parameters parameters;

    @Inject
    Clock clock;

    /** Per contact, for the given contacts only. */
    public Map<UUID, Reciprocity> forContacts(String ownerId, List<UUID> contactIds) {
        return run(ownerId, "AND l.contact_id = ANY(" + SqlArrays.uuids(4) + ")", SqlArrays.json(contactIds));
    }

    /** Per contact, for all of the owner's contacts with interactions in the window. */
    public Map<UUID, Reciprocity> forOwner(String ownerId) {
        return run(ownerId, "", null);
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Reciprocity> run(String ownerId, String filter, String contactIds) {
        Instant now = Instant.now(clock);
        var query = entityManager.createNativeQuery(COUNTS.formatted(filter))
                .setParameter(1, ownerId)
                .setParameter(2, now.minus(parameters.reciprocityWindow()))
                .setParameter(3, now);
        if (contactIds != null) {
            query.setParameter(4, contactIds);
        }
        Map<UUID, Reciprocity> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put((UUID) row[0], new Reciprocity(count(row[1]), count(row[2]), count(row[3]), count(row[4]), count(row[5])));
        }
        return counts;
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}

package io.jejaring.insights.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.jejaring.plumbing.sql.SqlTimes;

/** One relationship's strength terms, as its history is computed from them. */
@ApplicationScoped
public class StrengthTerms {

    /**
     * The live relationship joined to its live facts' terms, oldest first: one row with nulls when it has none, no
     * row when it is unknown, deleted or another owner's. One index range of {@code interaction_contact}.
     */
    private static final String TERMS = Sql.of("""
            SELECT f.weight_share, l.occurred_at
            FROM relationship r
            LEFT JOIN (interaction_contact l JOIN interaction_fact f
                       ON f.owner_id = l.owner_id AND f.interaction_id = l.interaction_id AND NOT f.deleted)
              ON l.owner_id = r.owner_id AND l.contact_id = r.contact_id
            WHERE {r.owner} AND r.contact_id = ?2 AND NOT r.deleted AND r.version > 0
            ORDER BY l.occurred_at""");

    /** One term: the contact's share of an interaction's weight, at the moment it occurred. */
    public record Term(double weightShare, Instant occurredAt) {
    }

    @Inject
    EntityManager entityManager;

    /** The terms of the owner's live relationship with the contact, oldest first; empty when there is none. */
    @SuppressWarnings("unchecked")
    public Optional<List<Term>> of(String ownerId, UUID contactId) {
        List<Object[]> rows = entityManager.createNativeQuery(TERMS).setParameter(1, ownerId)
                .setParameter(2, contactId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Term> terms = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (row[1] != null) {
                terms.add(new Term(((Number) row[0]).doubleValue(), SqlTimes.instant(row[1])));
            }
        }
        return Optional.of(terms);
    }
}

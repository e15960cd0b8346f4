package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.jejaring.events.CommitmentDirection;
import io.jejaring.insights.formula.Integrity;

/** Promises per direction: kept, broken, open, and open past due (before today, UTC). */
@ApplicationScoped
public class CommitmentCounts {

    private static final String COUNTS = """
            SELECT contact_id, direction,
                   count(*) FILTER (WHERE status = 'KEPT'),
                   count(*) FILTER (WHERE status = 'BROKEN'),
                   count(*) FILTER (WHERE status = 'OPEN' AND due_on < ?2),
                   count(*) FILTER (WHERE status = 'OPEN')
            FROM commitment_fact WHERE owner_id = ?1 %s
            GROUP BY contact_id, direction""";

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Per contact and direction. */
    public Map<UUID, Map<CommitmentDirection, Integrity>> perContact(String ownerId, UUID onlyContact) {
        Map<UUID, Map<CommitmentDirection, Integrity>> counts = new HashMap<>();
        for (Object[] row : rows(ownerId, onlyContact)) {
            counts.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(CommitmentDirection.class))
                    .put(CommitmentDirection.valueOf((String) row[1]), integrity(row));
        }
        return counts;
    }

    /** Summed over all contacts, per direction. */
    public Map<CommitmentDirection, Integrity> total(String ownerId) {
        Map<CommitmentDirection, Integrity> totals = new EnumMap<>(CommitmentDirection.class);
        for (CommitmentDirection direction : CommitmentDirection.values()) {
            totals.put(direction, Integrity.NONE);
        }
        for (Object[] row : rows(ownerId, null)) {
            totals.merge(CommitmentDirection.valueOf((String) row[1]), integrity(row), CommitmentCounts::sum);
        }
        return totals;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String ownerId, UUID onlyContact) {
        var query = entityManager.createNativeQuery(COUNTS.formatted(onlyContact == null ? "" : "AND contact_id = ?3"))
                .setParameter(1, ownerId).setParameter(2, today());
        if (onlyContact != null) {
            query.setParameter(3, onlyContact);
        }
        return query.getResultList();
    }

    private static Integrity integrity(Object[] row) {
        return new Integrity(count(row[2]), count(row[3]), count(row[4]), count(row[5]));
    }

    private static Integrity sum(Integrity a, Integrity b) {
        return new Integrity(a.kept() + b.kept(), a.broken() + b.broken(), a.openPastDue() + b.openPastDue(), a.open() + b.open());
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}

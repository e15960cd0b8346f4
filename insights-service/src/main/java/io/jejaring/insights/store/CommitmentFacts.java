package io.jejaring.insights.store;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.jejaring.events.CommitmentChanged;
import io.jejaring.events.CommitmentDirection;
import io.jejaring.insights.formula.Integrity;

/** The commitment facts ({@code commitment_fact}), and the counts read from them. */
@ApplicationScoped
public class CommitmentFacts {

    private static final String WRITE = Sql.of("""
            INSERT INTO commitment_fact (owner_id, commitment_id, version, contact_id, direction, due_on, status)
            SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7
            WHERE NOT EXISTS (SELECT 1 FROM relationship WHERE {owner} AND contact_id = ?4 AND deleted)
            ON CONFLICT (owner_id, commitment_id) DO UPDATE SET version = EXCLUDED.version,
                contact_id = EXCLUDED.contact_id, direction = EXCLUDED.direction, due_on = EXCLUDED.due_on,
                status = EXCLUDED.status
            WHERE commitment_fact.version < EXCLUDED.version""");
    private static final String COUNTS = Sql.of("""
            SELECT contact_id, direction,
                   count(*) FILTER (WHERE status = 'KEPT'),
                   count(*) FILTER (WHERE status = 'BROKEN'),
                   count(*) FILTER (WHERE status = 'OPEN' AND due_on < ?2),
                   count(*) FILTER (WHERE status = 'OPEN')
            FROM commitment_fact WHERE {owner} %s
            GROUP BY contact_id, direction""");
    private static final String PROMISES_DUE = Sql.of("""
            SELECT contact_id, min(due_on) FROM commitment_fact
            WHERE {owner} AND direction = 'I_PROMISED' AND status = 'OPEN' AND due_on <= ?2
            GROUP BY contact_id""");

    @Inject
    EntityManager entityManager;

    /** Writes the commitment unless a later version is there, or its contact was deleted. */
    public void write(String ownerId, CommitmentChanged commitment) {
        entityManager.createNativeQuery(WRITE)
                .setParameter(1, ownerId)
                .setParameter(2, commitment.commitmentId())
                .setParameter(3, commitment.version())
                .setParameter(4, commitment.contactId())
                .setParameter(5, commitment.direction().name())
                .setParameter(6, commitment.dueOn())
                .setParameter(7, commitment.status().name())
                .executeUpdate();
    }

    /**
     * Promises per contact and direction: kept, broken, open, and open past due (before {@code today}); of one
     * contact only unless {@code onlyContact} is null.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<CommitmentDirection, Integrity>> counts(String ownerId, LocalDate today, UUID onlyContact) {
        var query = entityManager.createNativeQuery(COUNTS.formatted(onlyContact == null ? "" : "AND contact_id = ?3"))
                .setParameter(1, ownerId).setParameter(2, today);
        if (onlyContact != null) {
            query.setParameter(3, onlyContact);
        }
        Map<UUID, Map<CommitmentDirection, Integrity>> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(CommitmentDirection.class))
                    .put(CommitmentDirection.valueOf((String) row[1]), new Integrity(Sql.count(row[2]),
                            Sql.count(row[3]), Sql.count(row[4]), Sql.count(row[5])));
        }
        return counts;
    }

    /** Per contact, the earliest due date of my open promises due by {@code until}. */
    @SuppressWarnings("unchecked")
    public Map<UUID, LocalDate> promisesDue(String ownerId, LocalDate until) {
        Map<UUID, LocalDate> due = new HashMap<>();
        List<Object[]> rows = entityManager.createNativeQuery(PROMISES_DUE).setParameter(1, ownerId).setParameter(2, until)
                .getResultList();
        rows.forEach(row -> due.put((UUID) row[0], toDate(row[1])));
        return due;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}

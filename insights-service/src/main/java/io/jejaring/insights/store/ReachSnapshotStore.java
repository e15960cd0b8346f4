package io.jejaring.insights.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The daily reach snapshots ({@code reach_snapshot}): one row of figures (JSON) per owner and UTC day. */
@ApplicationScoped
public class ReachSnapshotStore {

    private static final String OWNERS_WITHOUT_DAY = Sql.of("""
            SELECT DISTINCT r.owner_id FROM relationship r
            WHERE {live} AND NOT EXISTS (SELECT 1 FROM reach_snapshot s WHERE s.owner_id = r.owner_id AND s.day = ?1)""");
    /**
     * Holds one of the owner's live relationships still until the snapshot commits: an erasure tombstones them all
     * before it deletes the owner's snapshots, so it then waits for this one and deletes it too.
     */
    private static final String HOLD_LIVE_RELATIONSHIP = Sql.of("""
            SELECT contact_id FROM relationship WHERE {owner} AND {live} LIMIT 1 FOR SHARE""");
    private static final String PREVIOUS = Sql.of(
            "SELECT CAST(figures AS text) FROM reach_snapshot WHERE {owner} AND day < ?2 ORDER BY day DESC LIMIT 1");
    private static final String STORE = "INSERT INTO reach_snapshot (owner_id, day, figures) VALUES (?1, ?2, CAST(?3 AS jsonb)) ON CONFLICT DO NOTHING";
    private static final String HISTORY = Sql.of(
            "SELECT day, CAST(figures AS text) FROM reach_snapshot WHERE {owner} AND day BETWEEN ?2 AND ?3 ORDER BY day LIMIT ?4");
    private static final String FORGET = Sql.of("DELETE FROM reach_snapshot WHERE {owner}");

    /** One day ({@code YYYY-MM-DD}) and its figures, as the JSON text they were stored as. */
    public record Snapshot(String day, String figures) {
    }

    @Inject
    EntityManager entityManager;

    /** The owners with a live relationship and no snapshot for {@code day}. */
    @SuppressWarnings("unchecked")
    public List<String> ownersWithout(LocalDate day) {
        return entityManager.createNativeQuery(OWNERS_WITHOUT_DAY).setParameter(1, day).getResultList();
    }

    /** Holds one of the owner's live relationships until the transaction ends; false when there is none. */
    public boolean holdLiveRelationship(String ownerId) {
        return !entityManager.createNativeQuery(HOLD_LIVE_RELATIONSHIP).setParameter(1, ownerId).getResultList().isEmpty();
    }

    /** The figures of the owner's latest snapshot before {@code day}. */
    public Optional<String> previous(String ownerId, LocalDate day) {
        List<?> rows = entityManager.createNativeQuery(PREVIOUS).setParameter(1, ownerId).setParameter(2, day).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /** Stores the day's figures unless the day has some already; answers whether it stored them. */
    public boolean store(String ownerId, LocalDate day, String figures) {
        return entityManager.createNativeQuery(STORE).setParameter(1, ownerId).setParameter(2, day)
                .setParameter(3, figures).executeUpdate() == 1;
    }

    /** The owner's snapshots from {@code from} to {@code to} inclusive, oldest first, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<Snapshot> history(String ownerId, LocalDate from, LocalDate to, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery(HISTORY).setParameter(1, ownerId).setParameter(2, from)
                .setParameter(3, to).setParameter(4, limit).getResultList();
        return rows.stream().map(row -> new Snapshot(row[0].toString(), (String) row[1])).toList();
    }

    /** Deletes all of the owner's snapshots. */
    public void forget(String ownerId) {
        entityManager.createNativeQuery(FORGET).setParameter(1, ownerId).executeUpdate();
    }
}

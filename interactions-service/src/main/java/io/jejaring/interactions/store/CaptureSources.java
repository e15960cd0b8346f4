package io.jejaring.interactions.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** Every query of {@code capture_source} and {@code capture_run}: what an owner's imports already brought in. */
@ApplicationScoped
public class CaptureSources {

    static final String FIND = "SELECT source_key, interaction_id, sequence FROM capture_source"
            + " WHERE owner_id = :owner AND source_key IN (:keys)";
    static final String RECORD = """
            INSERT INTO capture_source (owner_id, source_key, interaction_id, sequence, captured_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (owner_id, source_key) DO UPDATE SET interaction_id = EXCLUDED.interaction_id,
                sequence = EXCLUDED.sequence, captured_at = EXCLUDED.captured_at""";
    static final String START_RUN = """
            INSERT INTO capture_run (owner_id, started_at) VALUES (?1, ?2)
            ON CONFLICT (owner_id) DO UPDATE SET started_at = EXCLUDED.started_at
            WHERE capture_run.started_at < ?3""";

    @Inject
    EntityManager entityManager;

    /** What was imported before under any of the keys. */
    public Map<String, Imported> find(String ownerId, Collection<String> keys) {
        Map<String, Imported> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(FIND).setParameter("owner", ownerId)
                .setParameter("keys", keys).getResultList();
        for (Object[] row : rows) {
            found.put(((String) row[0]).trim(), new Imported((UUID) row[1], ((Number) row[2]).intValue()));
        }
        return found;
    }

    /**
     * Remembers what a batch imported, in one JDBC batch after one flush: the interactions it names are inserted
     * first (the key references them), and a flush per item would walk the whole growing session each time.
     */
    public void recordAll(String ownerId, List<Imported> rows, List<String> keys, Instant now) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement record = connection.prepareStatement(RECORD)) {
                for (int i = 0; i < rows.size(); i++) {
                    record.setString(1, ownerId);
                    record.setString(2, keys.get(i));
                    record.setObject(3, rows.get(i).interactionId());
                    record.setInt(4, rows.get(i).sequence());
                    record.setObject(5, now.atOffset(ZoneOffset.UTC));
                    record.addBatch();
                }
                record.executeBatch();
            }
        });
    }

    /** Marks an import of the owner as running; false when one already is (and started after {@code staleBefore}). */
    public boolean startRun(String ownerId, Instant now, Instant staleBefore) {
        return entityManager.createNativeQuery(START_RUN).setParameter(1, ownerId).setParameter(2, now)
                .setParameter(3, staleBefore).executeUpdate() == 1;
    }

    public void endRun(String ownerId) {
        entityManager.createNativeQuery("DELETE FROM capture_run WHERE owner_id = ?1").setParameter(1, ownerId).executeUpdate();
    }

    /** An erased owner's import records. */
    public void forget(String ownerId) {
        entityManager.createNativeQuery("DELETE FROM capture_source WHERE owner_id = ?1").setParameter(1, ownerId).executeUpdate();
    }

    /** A key imported before: its interaction (null once gone) and the SEQUENCE it was imported at. */
    public record Imported(UUID interactionId, int sequence) {
    }
}

package io.jejaring.plumbing.consume;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The {@code processed_event} table: which events this service has applied already. */
@ApplicationScoped
public class ProcessedEvents {

    /** One statement for a whole batch: the ids it returns are the ones not seen before. */
    private static final String RECORD_ALL = """
            INSERT INTO processed_event (event_id)
            SELECT CAST(jsonb_array_elements_text(CAST(?1 AS jsonb)) AS uuid)
            ON CONFLICT DO NOTHING RETURNING event_id""";

    @Inject
    EntityManager entityManager;

    /** Records the ids in the caller's transaction, with one statement; answers those not applied before. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Set<UUID> firstTimes(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return new HashSet<>();
        }
        String ids = eventIds.stream().distinct().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
        // untyped: a result class makes Hibernate cache a new plan for each execution (one hash bucket, scanned)
        List<UUID> recorded = entityManager.createNativeQuery(RECORD_ALL).setParameter(1, ids).getResultList();
        return new HashSet<>(recorded);
    }
}

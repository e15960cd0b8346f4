package io.jejaring.plumbing.consume;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The {@code processed_event} table: which events this service has applied already. */
@ApplicationScoped
public class ProcessedEvents {

    private static final String RECORD = "INSERT INTO processed_event (event_id) VALUES (?1) ON CONFLICT DO NOTHING";

    @Inject
    EntityManager entityManager;

    /** Records the id in the caller's transaction; answers false when the event was applied before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(UUID eventId) {
        return entityManager.createNativeQuery(RECORD).setParameter(1, eventId).executeUpdate() == 1;
    }
}

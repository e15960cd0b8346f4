package io.jejaring.insights.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Empties the projection, for a rebuild from the topics' start; the reach snapshots stay. */
@ApplicationScoped
public class ProjectionReset {

    private static final String RESET = "TRUNCATE relationship, interaction_fact, interaction_contact, commitment_fact, connection_edge, processed_event";

    @Inject
    EntityManager entityManager;

    public void reset() {
        entityManager.createNativeQuery(RESET).executeUpdate();
    }
}

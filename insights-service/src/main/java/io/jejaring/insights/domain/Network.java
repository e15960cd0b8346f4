package io.jejaring.insights.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.TieStrength;

/** Reads an owner's ranking by tie strength. */
@ApplicationScoped
public class Network {

    @Inject
    EntityManager entityManager;

    @Inject
    Parameters parameters;

    @SuppressWarnings("unchecked")
    public Ranking ranking(String ownerId, Instant at) {
        List<UUID> top = entityManager.createNativeQuery(Ranking.TOP)
                .setParameter(1, ownerId)
                .setParameter(2, TieStrength.massFor(parameters.strengthThreshold(), at, parameters.halfLife()))
                .setParameter(3, parameters.layerBounds().get(parameters.layerBounds().size() - 1))
                .getResultList();
        return Ranking.of(top, at, parameters);
    }
}

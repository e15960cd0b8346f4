package io.jejaring.insights.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.TieStrength;
import io.jejaring.insights.store.RelationshipStore;

/** Reads an owner's ranking by tie strength. */
@ApplicationScoped
public class Network {

    @Inject
    RelationshipStore relationships;

    @Inject
    Parameters parameters;

    /** Only the top of the ranking (the layer bounds' last, 150) is read: everyone below it is layer 5. */
    public Ranking ranking(String ownerId, Instant at) {
        List<UUID> top = relationships.strongest(ownerId,
                TieStrength.massFor(parameters.strengthThreshold(), at, parameters.halfLife()),
                parameters.layerBounds().get(parameters.layerBounds().size() - 1));
        return Ranking.of(top, at, parameters);
    }
}

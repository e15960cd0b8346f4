package io.jejaring.insights.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.jejaring.insights.formula.Layers;
import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.TieStrength;

/**
 * An owner's contacts ranked by tie strength at one moment: only the top of the ranking (the layer bounds' last,
 * 150) matters, since everyone below it is layer 5 ({@link Network} reads it).
 */
public record Ranking(Map<UUID, Integer> rankOf, Instant at, Parameters parameters) {

    static Ranking of(List<UUID> topContacts, Instant at, Parameters parameters) {
        Map<UUID, Integer> ranks = new HashMap<>();
        for (int i = 0; i < topContacts.size(); i++) {
            ranks.put(topContacts.get(i), i + 1);
        }
        return new Ranking(ranks, at, parameters);
    }

    public int layerOf(UUID contactId) {
        Integer rank = rankOf.get(contactId);
        return rank == null ? parameters.layerBounds().size() + 1 : Layers.ofRank(rank, parameters.layerBounds());
    }

    public double strength(double mass) {
        return TieStrength.valueAt(mass, at, parameters.halfLife());
    }

    /** How many contacts are in the ranking (at most the last layer bound). */
    public int ranked() {
        return rankOf.size();
    }
}

package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.events.CommitmentDirection;
import io.jejaring.insights.formula.Diversity;
import io.jejaring.insights.formula.Integrity;
import io.jejaring.insights.formula.Layers;
import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.Reciprocity;
import io.jejaring.insights.store.InteractionFacts;
import io.jejaring.insights.store.RelationshipStore;
import io.jejaring.insights.store.RelationshipStore.ActiveTallies;

/** Computes an owner's {@link Reach} from the projection, at the clock's now. */
@ApplicationScoped
public class ReachCalculator {

    @Inject
    RelationshipStore relationships;

    @Inject
    InteractionFacts interactions;

    @Inject
    Network network;

    @Inject
    ReciprocityCounts reciprocity;

    @Inject
    CommitmentCounts commitments;

    @Inject
    Parameters parameters;

    @Inject
    Clock clock;

    public Reach reach(String ownerId) {
        Instant now = Instant.now(clock);
        Instant activeSince = now.minus(parameters.activeWindow());
        RelationshipStore.Counts counts = relationships.counts(ownerId, now);
        long total = counts.live();
        ActiveTallies active = relationships.activeTallies(ownerId, activeSince);
        int secondDegree = relationships.secondDegree(ownerId, activeSince);
        Reciprocity pairs = reciprocity.total(ownerId);
        Map<CommitmentDirection, Integrity> promises = commitments.total(ownerId);
        Integrity mine = promises.get(CommitmentDirection.I_PROMISED);
        Integrity theirs = promises.get(CommitmentDirection.THEY_PROMISED);
        return new Reach(total, active.active(), secondDegree, layers(ownerId, now, total), breadth(active),
                diversity(active), interactions.channelMix(ownerId, now.minus(parameters.reciprocityWindow()), now),
                new Reach.ReciprocityFigures(pairs.me(), pairs.them(), pairs.initiationBalance()),
                new Reach.Generosity(pairs.gave(), pairs.received(), pairs.exchangeBalance()),
                new Reach.IntegrityFigures(mine.kept(), mine.broken(), mine.keptRate(), theirs.kept(), theirs.broken(),
                        theirs.keptRate()),
                counts.overdue(), now);
    }

    private Map<String, Integer> layers(String ownerId, Instant now, long total) {
        int[] counts = Layers.counts(network.ranking(ownerId, now).ranked(), (int) total, parameters.layerBounds());
        Map<String, Integer> layers = new LinkedHashMap<>();
        for (int layer = 0; layer < counts.length; layer++) {
            layers.put(String.valueOf(layer + 1), counts[layer]);
        }
        return layers;
    }

    private static Reach.Breadth breadth(ActiveTallies active) {
        return new Reach.Breadth(active.communities().size(), active.cultures().size(), active.ageBands().size());
    }

    /** A culture or age band is one value per contact, so the contacts with one are the sum of the tallies. */
    private static Reach.Diversity diversity(ActiveTallies active) {
        return new Reach.Diversity(Diversity.iqv(active.communities(), active.withCommunity()),
                Diversity.iqv(active.cultures(), sum(active.cultures())),
                Diversity.iqv(active.ageBands(), sum(active.ageBands())));
    }

    private static double sum(Map<String, Double> tallies) {
        return tallies.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}

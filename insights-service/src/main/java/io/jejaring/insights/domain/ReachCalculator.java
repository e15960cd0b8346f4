package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.jejaring.events.CommitmentDirection;
import io.jejaring.insights.formula.Diversity;
import io.jejaring.insights.formula.Integrity;
import io.jejaring.insights.formula.Layers;
import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.Reciprocity;

/** Computes an owner's {@link Reach} from the projection, at the clock's now. */
@ApplicationScoped
public class ReachCalculator {

    /** The active contacts A, and everyone joined to one of them by a connection or an introduction. */
    private static final String SECOND_DEGREE = """
            WITH live AS (
                SELECT contact_id, introduced_by, last_interaction_at FROM relationship
                WHERE owner_id = ?1 AND NOT deleted AND version > 0),
            active AS (SELECT contact_id FROM live WHERE last_interaction_at > ?2),
            edge AS (
                SELECT contact_a AS x, contact_b AS y FROM connection_edge WHERE owner_id = ?1 AND NOT removed
                UNION ALL SELECT contact_b, contact_a FROM connection_edge WHERE owner_id = ?1 AND NOT removed
                UNION ALL SELECT contact_id, introduced_by FROM live WHERE introduced_by IS NOT NULL
                UNION ALL SELECT introduced_by, contact_id FROM live WHERE introduced_by IS NOT NULL),
            reached AS (
                SELECT contact_id FROM active
                UNION SELECT edge.y FROM edge JOIN active ON active.contact_id = edge.x)
            SELECT count(*) FROM reached JOIN live USING (contact_id)""";
    private static final String ACTIVE_LABELS = """
            SELECT CAST(array_to_json(communities) AS text), culture, age_band FROM relationship
            WHERE owner_id = ?1 AND NOT deleted AND version > 0 AND last_interaction_at > ?2""";
    private static final String CHANNEL_MIX = """
            SELECT channel, count(*) FROM interaction_fact f
            WHERE owner_id = ?1 AND NOT deleted AND occurred_at > ?2 AND occurred_at <= ?3
              AND EXISTS (SELECT 1 FROM interaction_contact l WHERE l.owner_id = f.owner_id AND l.interaction_id = f.interaction_id)
            GROUP BY channel ORDER BY channel""";

    @Inject
    EntityManager entityManager;

    @Inject
    Network network;

    @Inject
    OverdueQueries overdue;

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
        long total = Relationship.count("key.ownerId = ?1 and deleted = false and version > 0", ownerId);
        List<Object[]> active = rows(ACTIVE_LABELS, ownerId, activeSince);
        int secondDegree = ((Number) entityManager.createNativeQuery(SECOND_DEGREE).setParameter(1, ownerId)
                .setParameter(2, activeSince).getSingleResult()).intValue();
        Reciprocity pairs = reciprocity.forOwner(ownerId).values().stream().reduce(Reciprocity.NONE, Reciprocity::plus);
        Map<CommitmentDirection, Integrity> promises = commitments.total(ownerId);
        Integrity mine = promises.get(CommitmentDirection.I_PROMISED);
        Integrity theirs = promises.get(CommitmentDirection.THEY_PROMISED);
        return new Reach(total, active.size(), secondDegree, layers(ownerId, now, total), breadth(active),
                diversity(active), channelMix(ownerId, now),
                new Reach.ReciprocityFigures(pairs.me(), pairs.them(), pairs.initiationBalance()),
                new Reach.Generosity(pairs.gave(), pairs.received(), pairs.exchangeBalance()),
                new Reach.IntegrityFigures(mine.kept(), mine.broken(), mine.keptRate(), theirs.kept(), theirs.broken(),
                        theirs.keptRate()),
                overdue.count(ownerId, now), now);
    }

    private Map<String, Integer> layers(String ownerId, Instant now, long total) {
        int[] counts = Layers.counts(network.ranking(ownerId, now).ranked(), (int) total, parameters.layerBounds());
        Map<String, Integer> layers = new LinkedHashMap<>();
        for (int layer = 0; layer < counts.length; layer++) {
            layers.put(String.valueOf(layer + 1), counts[layer]);
        }
        return layers;
    }

    private static Reach.Breadth breadth(List<Object[]> active) {
        return new Reach.Breadth(Diversity.breadth(column(active, 0)), Diversity.breadth(column(active, 1)),
                Diversity.breadth(column(active, 2)));
    }

    private static Reach.Diversity diversity(List<Object[]> active) {
        return new Reach.Diversity(Diversity.iqv(column(active, 0)), Diversity.iqv(column(active, 1)),
                Diversity.iqv(column(active, 2)));
    }

    /** One attribute's values per active contact: communities are a JSON array, culture and age band single. */
    private static List<List<String>> column(List<Object[]> rows, int index) {
        List<List<String>> values = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object value = row[index];
            values.add(index == 0 ? JsonText.strings((String) value) : value == null ? List.of() : List.of((String) value));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> channelMix(String ownerId, Instant now) {
        List<Object[]> rows = entityManager.createNativeQuery(CHANNEL_MIX).setParameter(1, ownerId)
                .setParameter(2, now.minus(parameters.reciprocityWindow())).setParameter(3, now).getResultList();
        Map<String, Integer> mix = new LinkedHashMap<>();
        rows.forEach(row -> mix.put((String) row[0], ((Number) row[1]).intValue()));
        return mix;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String ownerId, Instant since) {
        return entityManager.createNativeQuery(sql).setParameter(1, ownerId).setParameter(2, since).getResultList();
    }
}

package io.jejaring.insights.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.jpa.HibernateHints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.plumbing.sql.SqlTimes;

/**
 * What a strength recompute reads and writes: the decay parameters the stored strengths were built with
 * ({@code projection_parameters}), the facts' weight shares, and the relationships' strength masses.
 */
@ApplicationScoped
public class StrengthStore {

    private static final int TERMS_FETCH_SIZE = 1000;

    private static final String RECORDED = """
            SELECT half_life, CAST(channel_weights AS text) FROM projection_parameters""";
    private static final String RECORD = """
            INSERT INTO projection_parameters (id, half_life, channel_weights, recorded_at)
            VALUES (true, ?1, CAST(?2 AS jsonb), ?3)
            ON CONFLICT (id) DO UPDATE SET half_life = EXCLUDED.half_life,
                channel_weights = EXCLUDED.channel_weights, recorded_at = EXCLUDED.recorded_at""";
    private static final String OWNER_COUNT = "SELECT count(DISTINCT owner_id) FROM relationship";
    private static final String OWNERS = """
            SELECT DISTINCT owner_id FROM relationship WHERE owner_id > ?1 ORDER BY owner_id LIMIT ?2""";
    /**
     * Each live fact's share {@code w / n} under the new weights. {@code n} is kept once known; an older fact's is
     * derived from its share under the recorded weights, or, where that weight was 0, from its links.
     */
    private static final String SHARES = """
            UPDATE interaction_fact f SET contact_count = d.n,
                weight_share = coalesce(CAST(CAST(?3 AS jsonb) ->> f.channel AS double precision), 0) / d.n
            FROM (SELECT x.owner_id, x.interaction_id, greatest(1, coalesce(x.contact_count,
                      nullif(CAST(round(CAST(CAST(?2 AS jsonb) ->> x.channel AS double precision)
                                        / nullif(x.weight_share, 0)) AS integer), 0),
                      (SELECT count(*) FROM interaction_contact l
                       WHERE l.owner_id = x.owner_id AND l.interaction_id = x.interaction_id))) AS n
                  FROM interaction_fact x WHERE x.owner_id = ANY(%s) AND NOT x.deleted) d
            WHERE f.owner_id = d.owner_id AND f.interaction_id = d.interaction_id""".formatted(SqlArrays.texts(1));
    /** In the one order every writer locks relationship rows in. */
    private static final String LOCK = """
            SELECT owner_id, contact_id FROM relationship WHERE owner_id = ANY(%s) AND NOT deleted
            ORDER BY owner_id, contact_id FOR UPDATE""".formatted(SqlArrays.texts(1));
    private static final String TERMS = """
            SELECT l.owner_id, l.contact_id, f.weight_share, l.occurred_at
            FROM interaction_contact l JOIN interaction_fact f
                ON f.owner_id = l.owner_id AND f.interaction_id = l.interaction_id
            WHERE l.owner_id = ANY(%s) AND NOT f.deleted""".formatted(SqlArrays.texts(1));
    private static final String WRITE = """
            UPDATE relationship r SET strength_mass = v.mass, strength_terms = v.terms
            FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS v(owner_id text, contact_id uuid, mass double precision,
                                                             terms integer)
            WHERE r.owner_id = v.owner_id AND r.contact_id = v.contact_id AND NOT r.deleted""";

    /** Decay parameters as recorded: the half-life (ISO-8601) and the channel weights (a JSON object). */
    public record Recorded(String halfLife, String channelWeights) {
    }

    /** One strength term: a fact's weight share for one contact, at the moment the interaction occurred. */
    public record Term(Relationship.Key relationship, double weightShare, Instant occurredAt) {
    }

    /** A relationship's strength: its mass and how many terms make it. */
    public record Strength(Relationship.Key relationship, double mass, int terms) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** What the stored strengths were built with; empty when none was recorded yet. */
    public Optional<Recorded> recorded() {
        List<?> rows = entityManager.createNativeQuery(RECORDED).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Recorded((String) row[0], (String) row[1]));
    }

    public void record(String halfLife, String channelWeights, Instant at) {
        entityManager.createNativeQuery(RECORD).setParameter(1, halfLife).setParameter(2, channelWeights)
                .setParameter(3, at).executeUpdate();
    }

    public long ownerCount() {
        return ((Number) entityManager.createNativeQuery(OWNER_COUNT).getSingleResult()).longValue();
    }

    /** The next {@code limit} owners after {@code owner} ("" for the first), in order. */
    @SuppressWarnings("unchecked")
    public List<String> ownersAfter(String owner, int limit) {
        return entityManager.createNativeQuery(OWNERS).setParameter(1, owner).setParameter(2, limit).getResultList();
    }

    /** Gives the owners' live facts their shares under {@code weightsAfter}; both weights as JSON objects. */
    public void recomputeShares(List<String> owners, String weightsBefore, String weightsAfter) {
        entityManager.createNativeQuery(SHARES).setParameter(1, SqlArrays.json(owners))
                .setParameter(2, weightsBefore).setParameter(3, weightsAfter).executeUpdate();
    }

    /** Locks the owners' relationship rows that are not deleted, in order; answers their keys. */
    public List<Relationship.Key> lock(List<String> owners) {
        List<Relationship.Key> keys = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery(LOCK).setParameter(1, SqlArrays.json(owners)).getResultList()) {
            Object[] key = (Object[]) row;
            keys.add(new Relationship.Key((String) key[0], (UUID) key[1]));
        }
        return keys;
    }

    /** Every term of the owners' live facts, streamed: a batch holds what {@code each} keeps, not every row. */
    public void forEachTerm(List<String> owners, Consumer<Term> each) {
        try (Stream<?> terms = entityManager.createNativeQuery(TERMS).setParameter(1, SqlArrays.json(owners))
                .setHint(HibernateHints.HINT_FETCH_SIZE, TERMS_FETCH_SIZE).getResultStream()) {
            terms.forEach(row -> {
                Object[] term = (Object[]) row;
                each.accept(new Term(new Relationship.Key((String) term[0], (UUID) term[1]),
                        ((Number) term[2]).doubleValue(), SqlTimes.instant(term[3])));
            });
        }
    }

    /** Writes each relationship's strength, unless it was deleted meanwhile. */
    public void write(List<Strength> strengths) {
        List<Map<String, Object>> values = new ArrayList<>(strengths.size());
        strengths.forEach(strength -> values.add(Map.of("owner_id", strength.relationship().ownerId(),
                "contact_id", strength.relationship().contactId().toString(), "mass", strength.mass(),
                "terms", strength.terms())));
        try {
            entityManager.createNativeQuery(WRITE).setParameter(1, json.writeValueAsString(values)).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

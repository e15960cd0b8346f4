package io.jejaring.insights.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.Channel;
import io.jejaring.insights.domain.SqlArrays;
import io.jejaring.insights.formula.DecayParameters;
import io.jejaring.insights.formula.TieStrength;
import io.jejaring.plumbing.sql.SqlTimes;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Brings the stored strengths in line with the decay parameters configured now. Each stored mass holds the
 * half-life, and each interaction's weight share the channel weights, in force when it was written; read with
 * other ones, every strength is wrong. So the parameters are recorded ({@code projection_parameters}), and when
 * they differ, the strengths are recomputed from the interaction facts, one transaction per batch of owners,
 * before the new ones are recorded.
 * <p>
 * The consumers keep running meanwhile, with the new parameters. A batch first locks its owners' relationship
 * rows and only then reads the facts, so an event either committed before (and is read) or applies its own term
 * after (with the new parameters); both end exact. Each batch is idempotent, so a pass cut short is simply run
 * again. Run it on one replica version at a time: a replica still configured with the old parameters would write
 * old masses after the pass.
 */
@ApplicationScoped
public class StrengthRecompute {

    static final int OWNERS_PER_BATCH = 50;
    private static final int TERMS_FETCH_SIZE = 1000;
    private static final Logger LOG = Logger.getLogger(StrengthRecompute.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

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

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** What the stored strengths were built with; empty when that is unknown (none recorded yet). */
    public Optional<DecayParameters> recorded() {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(RECORDED).getResultList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new DecayParameters(Duration.parse((String) row[0]), read((String) row[1])));
    }

    /**
     * Recomputes every strength for {@code configured} unless it is what they were built with, then records it.
     * Answers whether anything was recomputed.
     */
    public boolean bringUpToDate(DecayParameters configured) {
        Optional<DecayParameters> recorded = recorded();
        if (recorded.filter(configured::equals).isPresent()) {
            return false;
        }
        // unrecorded weights are taken to be today's: the shares cannot tell which weights made them
        Map<Channel, Double> weightsBefore = recorded.map(DecayParameters::channelWeights)
                .orElse(configured.channelWeights());
        LOG.infof("the stored tie strengths were built with %s; recomputing them for %s",
                recorded.map(DecayParameters::toString).orElse("unrecorded parameters"), configured);
        recompute(weightsBefore, configured);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(RECORD)
                .setParameter(1, configured.halfLife().toString())
                .setParameter(2, write(configured.channelWeights()))
                .setParameter(3, Instant.now(clock))
                .executeUpdate());
        return true;
    }

    private void recompute(Map<Channel, Double> weightsBefore, DecayParameters after) {
        long total = ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery(OWNER_COUNT).getSingleResult())).longValue();
        boolean newShares = !weightsBefore.equals(after.channelWeights());
        long started = System.nanoTime();
        long lastLog = started;
        long done = 0;
        String afterOwner = "";
        while (true) {
            String from = afterOwner;
            List<String> owners = QuarkusTransaction.requiringNew().call(() -> ownersAfter(from));
            if (owners.isEmpty()) {
                break;
            }
            QuarkusTransaction.requiringNew().run(() -> recomputeBatch(owners, weightsBefore, after, newShares));
            done += owners.size();
            afterOwner = owners.get(owners.size() - 1);
            if (System.nanoTime() - lastLog >= PROGRESS_EVERY.toNanos()) {
                lastLog = System.nanoTime();
                LOG.infof("tie strengths recomputed for %d of about %d owners", done, total);
            }
        }
        LOG.infof("tie strengths recomputed for all %d owners in %d ms", done,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @SuppressWarnings("unchecked")
    private List<String> ownersAfter(String owner) {
        return entityManager.createNativeQuery(OWNERS).setParameter(1, owner).setParameter(2, OWNERS_PER_BATCH)
                .getResultList();
    }

    /** One transaction: new shares, then each relationship's mass summed afresh from its facts' terms. */
    private void recomputeBatch(List<String> owners, Map<Channel, Double> weightsBefore, DecayParameters after,
            boolean newShares) {
        String ownerIds = SqlArrays.json(owners);
        if (newShares) {
            entityManager.createNativeQuery(SHARES).setParameter(1, ownerIds)
                    .setParameter(2, write(weightsBefore)).setParameter(3, write(after.channelWeights()))
                    .executeUpdate();
        }
        Map<List<Object>, Sum> sums = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery(LOCK).setParameter(1, ownerIds).getResultList()) {
            Object[] key = (Object[]) row;
            sums.put(List.of(key[0], key[1]), new Sum());
        }
        // streamed: a batch holds one sum per relationship, not one row per term
        try (Stream<?> terms = entityManager.createNativeQuery(TERMS).setParameter(1, ownerIds)
                .setHint(HibernateHints.HINT_FETCH_SIZE, TERMS_FETCH_SIZE).getResultStream()) {
            terms.forEach(row -> {
                Object[] term = (Object[]) row;
                Sum sum = sums.get(List.of(term[0], term[1]));
                if (sum != null) {
                    sum.add(TieStrength.mass(((Number) term[2]).doubleValue(), SqlTimes.instant(term[3]),
                            after.halfLife()));
                }
            });
        }
        List<Map<String, Object>> values = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> values.add(Map.of("owner_id", key.get(0), "contact_id", key.get(1).toString(),
                "mass", sum.mass, "terms", sum.terms)));
        entityManager.createNativeQuery(WRITE).setParameter(1, write(values)).executeUpdate();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<Channel, Double> read(String weights) {
        try {
            return json.readValue(weights, new TypeReference<Map<Channel, Double>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable recorded channel weights", e);
        }
    }

    /** A relationship's terms; a relationship with none is exactly 0, as when its last term is subtracted. */
    private static final class Sum {
        double mass;
        int terms;

        void add(double termMass) {
            mass += termMass;
            terms++;
        }
    }
}

package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.Channel;
import io.jejaring.insights.formula.DecayParameters;
import io.jejaring.insights.formula.TieStrength;
import io.jejaring.insights.store.Relationship;
import io.jejaring.insights.store.StrengthStore;
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
    private static final Logger LOG = Logger.getLogger(StrengthRecompute.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    @Inject
    StrengthStore store;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** What the stored strengths were built with; empty when that is unknown (none recorded yet). */
    public Optional<DecayParameters> recorded() {
        return QuarkusTransaction.requiringNew().call(store::recorded)
                .map(recorded -> new DecayParameters(Duration.parse(recorded.halfLife()),
                        read(recorded.channelWeights())));
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
        QuarkusTransaction.requiringNew().run(() -> store.record(configured.halfLife().toString(),
                write(configured.channelWeights()), Instant.now(clock)));
        return true;
    }

    private void recompute(Map<Channel, Double> weightsBefore, DecayParameters after) {
        long total = QuarkusTransaction.requiringNew().call(store::ownerCount);
        boolean newShares = !weightsBefore.equals(after.channelWeights());
        long started = System.nanoTime();
        long lastLog = started;
        long done = 0;
        String afterOwner = "";
        while (true) {
            String from = afterOwner;
            List<String> owners = QuarkusTransaction.requiringNew()
                    .call(() -> store.ownersAfter(from, OWNERS_PER_BATCH));
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

    /** One transaction: new shares, then each relationship's mass summed afresh from its facts' terms. */
    private void recomputeBatch(List<String> owners, Map<Channel, Double> weightsBefore, DecayParameters after,
            boolean newShares) {
        if (newShares) {
            store.recomputeShares(owners, write(weightsBefore), write(after.channelWeights()));
        }
        Map<Relationship.Key, Sum> sums = new LinkedHashMap<>();
        store.lock(owners).forEach(key -> sums.put(key, new Sum()));
        store.forEachTerm(owners, term -> {
            Sum sum = sums.get(term.relationship());
            if (sum != null) {
                sum.add(TieStrength.mass(term.weightShare(), term.occurredAt(), after.halfLife()));
            }
        });
        List<StrengthStore.Strength> strengths = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> strengths.add(new StrengthStore.Strength(key, sum.mass, sum.terms)));
        store.write(strengths);
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

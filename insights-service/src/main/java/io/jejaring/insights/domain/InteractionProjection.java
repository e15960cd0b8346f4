package io.jejaring.insights.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.events.CommitmentChanged;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.TieStrength;
import io.jejaring.insights.store.CommitmentFacts;
import io.jejaring.insights.store.InteractionFacts;
import io.jejaring.insights.store.InteractionFacts.AppliedFact;
import io.jejaring.insights.store.InteractionFacts.FactWrite;
import io.jejaring.insights.store.InteractionFacts.InteractionKey;

/**
 * Applies interactions and commitments. Each interaction's last applied fields are kept in
 * {@code interaction_fact}, so that an edit or a deletion first subtracts exactly the strength that interaction
 * added, then adds its new terms: back-dated, edited and deleted interactions all stay exact.
 */
@ApplicationScoped
public class InteractionProjection {

    @Inject
    InteractionFacts interactions;

    @Inject
    CommitmentFacts commitments;

    @Inject
    Parameters parameters;

    /**
     * Collects one batch's interaction events. The facts of {@code interactions} (those the batch names) are
     * locked and read with one statement up front, and the facts it leaves are written with one statement by
     * {@link Batch#apply()}; in between, each event sees what the events before it applied.
     */
    public Batch batch(PendingUpkeep upkeep, Collection<InteractionKey> interactions) {
        return new Batch(upkeep, interactions);
    }

    public void commitment(String ownerId, CommitmentChanged commitment) {
        commitments.write(ownerId, commitment);
    }

    /** One batch's interactions: what each applied last, and the facts to write. */
    public final class Batch {

        private final PendingUpkeep upkeep;
        private final Set<InteractionKey> read = new HashSet<>();
        private final Map<InteractionKey, AppliedFact> applied;
        private final Map<InteractionKey, FactWrite> writes = new LinkedHashMap<>();

        private Batch(PendingUpkeep upkeep, Collection<InteractionKey> keys) {
            this.upkeep = upkeep;
            this.applied = interactions.lockApplied(keys);
            read.addAll(keys);
        }

        /**
         * Swaps what the interaction applied before for what it applies now, unless what it applied is as new;
         * {@code now} null means deleted.
         */
        public void interaction(String ownerId, UUID interactionId, long version, InteractionSnapshot now) {
            InteractionKey key = new InteractionKey(ownerId, interactionId);
            if (read.add(key)) {
                // not named up front (its id read differently there): locked on its own
                applied.putAll(interactions.lockApplied(List.of(key)));
            }
            AppliedFact before = applied.get(key);
            if (before != null && before.version() >= version) {
                return;
            }
            Set<UUID> touched = new LinkedHashSet<>();
            if (before != null && !before.deleted()) {
                interactions.subtractTerms(ownerId, before.contactIds(), TieStrength.mass(before.weightShare(),
                        before.occurredAt(), parameters.halfLife()));
                touched.addAll(before.contactIds());
            }
            double share = now == null ? 0 : parameters.weight(now.channel()) / now.contactIds().size();
            writes.put(key, new FactWrite(version, now, share));
            if (before != null) {
                interactions.unlink(ownerId, interactionId);
            }
            List<UUID> linked = List.of();
            if (now != null) {
                linked = interactions.link(ownerId, interactionId, now.occurredAt(), now.contactIds());
                interactions.addTerms(ownerId, now.contactIds(),
                        TieStrength.mass(share, now.occurredAt(), parameters.halfLife()));
                touched.addAll(now.contactIds());
            }
            applied.put(key, new AppliedFact(version, now == null, linked, share, now == null ? null : now.occurredAt()));
            upkeep.touch(ownerId, touched, now != null);
        }

        /** Writes the facts the batch's interactions leave. */
        public void apply() {
            interactions.write(writes);
            writes.clear();
        }
    }
}

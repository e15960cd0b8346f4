package io.jejaring.insights.domain;

import java.util.LinkedHashSet;
import java.util.Optional;
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
     * Swaps what the interaction applied before for what it applies now, unless what it applied is as new;
     * {@code now} null means deleted.
     */
    public void interaction(String ownerId, UUID interactionId, long version, InteractionSnapshot now,
            PendingUpkeep upkeep) {
        Optional<AppliedFact> before = interactions.lockApplied(ownerId, interactionId);
        if (before.isPresent() && before.get().version() >= version) {
            return;
        }
        Set<UUID> touched = new LinkedHashSet<>();
        if (before.isPresent() && !before.get().deleted()) {
            AppliedFact applied = before.get();
            interactions.subtractTerms(ownerId, applied.contactIds(), TieStrength.mass(applied.weightShare(),
                    applied.occurredAt(), parameters.halfLife()));
            touched.addAll(applied.contactIds());
        }
        double share = now == null ? 0 : parameters.weight(now.channel()) / now.contactIds().size();
        interactions.write(ownerId, interactionId, version, now, share);
        if (before.isPresent()) {
            interactions.unlink(ownerId, interactionId);
        }
        if (now != null) {
            interactions.link(ownerId, interactionId, now.occurredAt(), now.contactIds());
            interactions.addTerms(ownerId, now.contactIds(),
                    TieStrength.mass(share, now.occurredAt(), parameters.halfLife()));
            touched.addAll(now.contactIds());
        }
        upkeep.touch(ownerId, touched, now != null);
    }

    public void commitment(String ownerId, CommitmentChanged commitment) {
        commitments.write(ownerId, commitment);
    }
}

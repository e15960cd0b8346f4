package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.Reciprocity;
import io.jejaring.insights.store.InteractionFacts;

/** Counts who initiated and what was exchanged, per (interaction, contact) pair, over the reciprocity window. */
@ApplicationScoped
public class ReciprocityCounts {

    @Inject
    InteractionFacts interactions;

    @Inject
    Parameters parameters;

    @Inject
    Clock clock;

    /** Per contact, for the given contacts only. */
    public Map<UUID, Reciprocity> forContacts(String ownerId, List<UUID> contactIds) {
        Instant now = Instant.now(clock);
        return interactions.reciprocity(ownerId, now.minus(parameters.reciprocityWindow()), now, contactIds);
    }

    /** Summed over all of the owner's contacts. */
    public Reciprocity total(String ownerId) {
        Instant now = Instant.now(clock);
        return interactions.reciprocityTotal(ownerId, now.minus(parameters.reciprocityWindow()), now);
    }

    /** Per contact, for the contacts I owe ({@link Reciprocity#youOwe}) only. */
    public Map<UUID, Reciprocity> youOwe(String ownerId) {
        Instant now = Instant.now(clock);
        return interactions.youOwe(ownerId, now.minus(parameters.reciprocityWindow()), now, parameters.youOweMinimum());
    }
}

package io.jejaring.insights.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The relationships one batch of events touched, brought up to date once, just before the batch commits, rather
 * than after each event: the upkeep queries then run once per owner and batch, not once per event, and only the
 * batch's net change of a flag is published.
 */
public final class PendingUpkeep {

    private final RelationshipUpkeep upkeep;
    private final boolean publish;
    private final Map<String, Set<UUID>> byInteraction = new LinkedHashMap<>();
    private final Map<String, Set<UUID>> byContactChange = new LinkedHashMap<>();

    PendingUpkeep(RelationshipUpkeep upkeep, boolean publish) {
        this.upkeep = upkeep;
        this.publish = publish;
    }

    /** {@code interaction} says an interaction changed, so that a restored relationship names it. */
    public void touch(String ownerId, Collection<UUID> contactIds, boolean interaction) {
        (interaction ? byInteraction : byContactChange).computeIfAbsent(ownerId, owner -> new LinkedHashSet<>())
                .addAll(contactIds);
    }

    /** Refreshes everything touched since the last call; inside the batch's transaction. */
    public void settle() {
        Map<String, Set<UUID>> interactions = Map.copyOf(byInteraction);
        Map<String, Set<UUID>> contacts = Map.copyOf(byContactChange);
        byInteraction.clear();
        byContactChange.clear();
        interactions.forEach((ownerId, contactIds) -> upkeep.refresh(ownerId, contactIds, true, publish));
        contacts.forEach((ownerId, contactIds) -> {
            Set<UUID> rest = new LinkedHashSet<>(contactIds);
            rest.removeAll(interactions.getOrDefault(ownerId, Set.of()));
            upkeep.refresh(ownerId, rest, false, publish);
        });
    }
}

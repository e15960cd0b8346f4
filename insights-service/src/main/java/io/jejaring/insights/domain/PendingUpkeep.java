package io.jejaring.insights.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The relationships one batch of events touched, brought up to date once, just before the batch commits, rather
 * than after each event: the upkeep queries then run once per owner and batch, not once per event, and only the
 * batch's net change of a flag is published.
 */
public final class PendingUpkeep {

    private final RelationshipUpkeep upkeep;
    private final boolean publish;
    private final Map<String, Set<UUID>> byInteraction = new TreeMap<>();
    private final Map<String, Set<UUID>> byContactChange = new TreeMap<>();

    PendingUpkeep(RelationshipUpkeep upkeep, boolean publish) {
        this.upkeep = upkeep;
        this.publish = publish;
    }

    /** {@code interaction} says an interaction changed, so that a restored relationship names it. */
    public void touch(String ownerId, Collection<UUID> contactIds, boolean interaction) {
        (interaction ? byInteraction : byContactChange).computeIfAbsent(ownerId, owner -> new LinkedHashSet<>())
                .addAll(contactIds);
    }

    /**
     * Refreshes everything touched since the last call; inside the batch's transaction. Owners are settled in
     * order, each wholly, so the outbox sequence rows the published flags lock are taken in the same order by
     * every transaction.
     */
    public void settle() {
        Set<String> owners = new TreeSet<>(byInteraction.keySet());
        owners.addAll(byContactChange.keySet());
        for (String ownerId : owners) {
            Set<UUID> interactions = byInteraction.getOrDefault(ownerId, Set.of());
            Set<UUID> rest = new LinkedHashSet<>(byContactChange.getOrDefault(ownerId, Set.of()));
            rest.removeAll(interactions);
            upkeep.refresh(ownerId, interactions, true, publish);
            upkeep.refresh(ownerId, rest, false, publish);
        }
        byInteraction.clear();
        byContactChange.clear();
    }
}

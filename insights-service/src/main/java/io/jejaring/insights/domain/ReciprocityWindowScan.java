package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.Reciprocity;
import io.jejaring.insights.store.ReciprocityWindowStore;
import io.jejaring.insights.store.ReciprocityWindowStore.Link;
import io.jejaring.insights.store.Relationship;
import io.jejaring.insights.store.RelationshipStore;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Follows the reciprocity window as time moves it. The flags counted over it (ONE_SIDED) can change with no
 * event at all, when an older interaction leaves the window. This walks the interactions that left since the
 * last run, oldest first from where {@code reciprocity_window_scan} says it got to, and settles each relationship
 * they name, so that every transition is published once. One replica walks at a time (the position row is taken
 * with {@code SKIP LOCKED}).
 */
@ApplicationScoped
public class ReciprocityWindowScan {

    static final int BATCH = 500;

    @Inject
    ReciprocityWindowStore position;

    @Inject
    RelationshipStore relationships;

    @Inject
    ReciprocityCounts reciprocity;

    @Inject
    RelationshipUpkeep upkeep;

    @Inject
    Parameters parameters;

    @Inject
    Clock clock;

    /** Settles every relationship whose interactions left the window since the last run. */
    public void follow() {
        while (QuarkusTransaction.requiringNew().call(this::followBatch) == BATCH) {
            // a full batch means there may be more
        }
    }

    /** One batch of interactions that left the window; answers how many it walked past. */
    int followBatch() {
        Instant windowStart = Instant.now(clock).minus(parameters.reciprocityWindow());
        if (!position.claim()) {
            return 0; // another replica is walking
        }
        // a clock set back (only tests do that) puts interactions back in the window: they can leave it again
        position.rewind(windowStart);
        List<Link> left = new ArrayList<>(position.leftSincePosition(windowStart, BATCH));
        if (left.isEmpty()) {
            return 0;
        }
        Instant passed = left.get(left.size() - 1).occurredAt();
        if (left.size() == BATCH) {
            // the position is a time: take every interaction at the last one, so that none is left behind
            left.addAll(position.leftAt(passed));
        }
        Map<String, SortedSet<UUID>> byOwner = new TreeMap<>();
        for (Link link : left) {
            byOwner.computeIfAbsent(link.ownerId(), owner -> new TreeSet<>(Comparator.comparing(UUID::toString)))
                    .add(link.contactId());
        }
        byOwner.forEach(this::settle);
        position.advance(passed);
        return Math.min(left.size(), BATCH);
    }

    /** Locks the owner's relationships in contact order, as every writer does, and settles their flags. */
    private void settle(String ownerId, SortedSet<UUID> contactIds) {
        List<UUID> ids = List.copyOf(contactIds);
        List<Relationship> locked = relationships.lockInContactOrder(ownerId, ids);
        Map<UUID, Reciprocity> counts = reciprocity.forContacts(ownerId, ids);
        locked.forEach(relationship -> upkeep.settleOneSided(relationship,
                counts.getOrDefault(relationship.contactId(), Reciprocity.NONE), true));
    }
}

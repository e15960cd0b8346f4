package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.Reciprocity;
import io.jejaring.insights.store.Relationship;
import io.jejaring.insights.store.RelationshipStore;

/**
 * After a projection write, brings the touched relationships up to date: the last interaction, the due and
 * fading dates, and the flags whose changes are published — a relationship restored, a relationship turned
 * one-sided.
 */
@ApplicationScoped
public class RelationshipUpkeep {

    @Inject
    RelationshipStore relationships;

    @Inject
    InsightEvents events;

    @Inject
    ReciprocityCounts reciprocity;

    @Inject
    Parameters parameters;

    @Inject
    Clock clock;

    /** Collects what one batch touches, to refresh it once before the batch commits. */
    public PendingUpkeep pending(boolean publish) {
        return new PendingUpkeep(this, publish);
    }

    /**
     * Recomputes the touched relationships. {@code byInteraction} says whether an interaction changed, so that
     * a restored relationship names the interaction that restored it; a cadence change names none.
     */
    public void refresh(String ownerId, Collection<UUID> contactIds, boolean byInteraction, boolean publish) {
        if (contactIds.isEmpty()) {
            return;
        }
        relationships.refreshLastInteraction(ownerId, contactIds);
        List<Relationship> touched = relationships.all(ownerId, contactIds);
        Map<Relationship.Key, Schedule> before = new HashMap<>();
        touched.forEach(relationship -> before.put(relationship.key, Schedule.of(relationship)));
        // due dates come from Cadence alone (absolute time), not from SQL interval arithmetic in a session zone
        touched.forEach(relationship -> relationship.schedule(parameters.fadingRatio()));
        Instant now = Instant.now(clock);
        touched.forEach(relationship -> settleOverdue(relationship, now, byInteraction, publish));
        Map<UUID, Reciprocity> counts = reciprocity.forContacts(ownerId, List.copyOf(contactIds));
        touched.forEach(relationship -> settleOneSided(relationship, counts.getOrDefault(relationship.contactId(),
                Reciprocity.NONE), publish));
        relationships.saveSchedules(touched.stream()
                .filter(relationship -> !Schedule.of(relationship).equals(before.get(relationship.key))).toList());
    }

    /** What the upkeep derives and stores of a relationship. */
    private record Schedule(Instant dueAt, Instant fadingAt, Instant notifiedDueAt, boolean oneSided) {

        static Schedule of(Relationship relationship) {
            return new Schedule(relationship.dueAt, relationship.fadingAt, relationship.notifiedDueAt,
                    relationship.oneSided);
        }
    }

    /** An announced overdue that no longer holds is restored; one that still holds follows its new due date. */
    private void settleOverdue(Relationship relationship, Instant now, boolean byInteraction, boolean publish) {
        if (!publish && relationship.isOverdue(now)) {
            // replaying history: what is overdue now was announced when it happened
            relationship.notifiedDueAt = relationship.dueAt;
            return;
        }
        if (relationship.notifiedDueAt == null || relationship.deleted) {
            return;
        }
        if (relationship.isOverdue(now)) {
            relationship.notifiedDueAt = relationship.dueAt;
            return;
        }
        relationship.notifiedDueAt = null;
        if (publish) {
            events.restored(relationship.key.ownerId(), relationship.contactId(),
                    byInteraction ? relationship.lastInteractionAt : null);
        }
    }

    /** Stores whether the relationship is one-sided now, and publishes the turn to one-sided once. */
    void settleOneSided(Relationship relationship, Reciprocity counts, boolean publish) {
        boolean oneSided = relationship.isLive() && counts.oneSided(parameters.oneSidedMinimum());
        if (oneSided && !relationship.oneSided && publish) {
            events.oneSided(relationship.key.ownerId(), relationship.contactId(), counts);
        }
        relationship.oneSided = oneSided;
    }
}

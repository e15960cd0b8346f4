package io.jejaring.insights.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.events.EventTypes;
import io.jejaring.events.OneSided;
import io.jejaring.events.ReachChanged;
import io.jejaring.events.RelationshipOverdue;
import io.jejaring.events.RelationshipRestored;
import io.jejaring.events.Topics;
import io.jejaring.insights.formula.Reciprocity;
import io.jejaring.plumbing.outbox.Outbox;

/** Writes insight events to the outbox, in the transaction that noticed the change. */
@ApplicationScoped
public class InsightEvents {

    @Inject
    Outbox outbox;

    public void overdue(RelationshipOverdue overdue) {
        outbox.append(Topics.INSIGHTS, EventTypes.RELATIONSHIP_OVERDUE, overdue.ownerId(), overdue.contactId(), overdue);
    }

    public void restored(String ownerId, UUID contactId, Instant interactionAt) {
        outbox.append(Topics.INSIGHTS, EventTypes.RELATIONSHIP_RESTORED, ownerId, contactId,
                new RelationshipRestored(ownerId, contactId, interactionAt));
    }

    public void oneSided(String ownerId, UUID contactId, Reciprocity reciprocity) {
        outbox.append(Topics.INSIGHTS, EventTypes.ONE_SIDED, ownerId, contactId,
                new OneSided(ownerId, contactId, reciprocity.gave(), reciprocity.received(), reciprocity.them()));
    }

    public void reachChanged(ReachChanged reach) {
        outbox.append(Topics.INSIGHTS, EventTypes.REACH_CHANGED, reach.ownerId(), reach.ownerId(), reach);
    }
}

package io.jejaring.insights.consume;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.CommitmentChanged;
import io.jejaring.events.EventTypes;
import io.jejaring.events.InteractionDeleted;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.insights.domain.InteractionProjection;
import io.jejaring.insights.domain.PendingUpkeep;
import io.jejaring.insights.domain.RelationshipLocks;
import io.jejaring.insights.store.InteractionFacts.InteractionKey;
import io.jejaring.plumbing.consume.IncomingEvent;

/**
 * Turns interaction and commitment records into {@link InteractionProjection} calls. A record missing what it
 * needs is rejected as poison.
 */
@ApplicationScoped
public class InteractionRecords {

    /** The types that write an interaction's fact. */
    private static final Set<String> INTERACTIONS = Set.of(EventTypes.INTERACTION_LOGGED,
            EventTypes.INTERACTION_UPDATED, EventTypes.INTERACTION_DELETED);

    @Inject
    InteractionProjection projection;

    @Inject
    ObjectMapper json;

    /** Names the relationship rows the event will write, for the batch to lock them first, in order. */
    public void plan(IncomingEvent event, RelationshipLocks.Plan locks) {
        // commitments write no relationship row
        if (INTERACTIONS.contains(event.type())) {
            EventKeys.uuid(event, "interactionId").ifPresent(id -> locks.interaction(event.ownerId(), id,
                    EventKeys.uuids(event, "contactIds")));
        }
    }

    /**
     * Applies a batch's events in order, with the facts of the interactions it names read up front and written at
     * its end ({@link InteractionProjection.Batch}).
     */
    public void applyAll(List<IncomingEvent> events, PendingUpkeep upkeep) {
        Set<InteractionKey> named = new LinkedHashSet<>();
        events.stream().filter(event -> INTERACTIONS.contains(event.type())).forEach(event ->
                EventKeys.uuid(event, "interactionId").ifPresent(id -> named.add(new InteractionKey(event.ownerId(), id))));
        InteractionProjection.Batch batch = projection.batch(upkeep, named);
        events.forEach(event -> apply(event, batch));
        batch.apply();
    }

    private void apply(IncomingEvent event, InteractionProjection.Batch batch) {
        switch (event.type()) {
            case EventTypes.INTERACTION_LOGGED, EventTypes.INTERACTION_UPDATED -> {
                InteractionSnapshot interaction = event.dataAs(InteractionSnapshot.class, json);
                IncomingEvent.require(interaction.interactionId() != null && interaction.version() >= 1
                        && interaction.contactIds() != null && !interaction.contactIds().isEmpty()
                        && interaction.channel() != null && interaction.occurredAt() != null,
                        "interaction id, version, contact ids, channel and occurredAt are required");
                batch.interaction(event.ownerId(), interaction.interactionId(), interaction.version(), interaction);
            }
            case EventTypes.INTERACTION_DELETED -> {
                InteractionDeleted deleted = event.dataAs(InteractionDeleted.class, json);
                IncomingEvent.require(deleted.interactionId() != null && deleted.version() >= 1,
                        "interaction id and version are required");
                batch.interaction(event.ownerId(), deleted.interactionId(), deleted.version(), null);
            }
            case EventTypes.COMMITMENT_MADE, EventTypes.COMMITMENT_RESOLVED -> {
                CommitmentChanged commitment = event.dataAs(CommitmentChanged.class, json);
                IncomingEvent.require(commitment.commitmentId() != null && commitment.contactId() != null
                        && commitment.direction() != null && commitment.dueOn() != null && commitment.status() != null
                        && commitment.version() >= 1,
                        "commitment id, contact, direction, due date, status and version are required");
                projection.commitment(event.ownerId(), commitment);
            }
            default -> {
                // a type from a newer producer: nothing this version projects
            }
        }
    }
}

package io.jejaring.interactions.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.events.CommitmentChanged;
import io.jejaring.events.CommitmentStatus;
import io.jejaring.events.EventTypes;
import io.jejaring.events.InteractionDeleted;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Topics;
import io.jejaring.interactions.store.Commitment;
import io.jejaring.interactions.store.Interaction;
import io.jejaring.plumbing.outbox.Outbox;

/** Writes interaction and commitment events to the outbox. Summaries, notes and descriptions never leave. */
@ApplicationScoped
public class InteractionEvents {

    @Inject
    Outbox outbox;

    public void logged(Interaction interaction) {
        interaction(EventTypes.INTERACTION_LOGGED, interaction);
    }

    public void updated(Interaction interaction) {
        interaction(EventTypes.INTERACTION_UPDATED, interaction);
    }

    /** A deletion is the interaction's next version, so it outranks every earlier event. */
    public void deleted(Interaction interaction) {
        outbox.append(Topics.INTERACTIONS, EventTypes.INTERACTION_DELETED, interaction.ownerId, interaction.id,
                new InteractionDeleted(interaction.id, interaction.ownerId, interaction.version + 1));
    }

    /** {@code commitment.made} while it is open, {@code commitment.resolved} once it is not. */
    public void commitment(Commitment commitment) {
        String type = commitment.status == CommitmentStatus.OPEN ? EventTypes.COMMITMENT_MADE : EventTypes.COMMITMENT_RESOLVED;
        outbox.append(Topics.INTERACTIONS, type, commitment.ownerId, commitment.id, new CommitmentChanged(commitment.id,
                commitment.ownerId, commitment.contactId, commitment.direction, commitment.dueOn, commitment.status,
                commitment.version));
    }

    private void interaction(String type, Interaction interaction) {
        outbox.append(Topics.INTERACTIONS, type, interaction.ownerId, interaction.id, new InteractionSnapshot(
                interaction.id, interaction.ownerId, interaction.version, List.copyOf(interaction.contactIds),
                interaction.channel, interaction.initiatedBy, interaction.exchange, interaction.occurredAt));
    }
}

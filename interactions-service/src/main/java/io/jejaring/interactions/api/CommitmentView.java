package io.jejaring.interactions.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.jejaring.events.CommitmentDirection;
import io.jejaring.events.CommitmentStatus;
import io.jejaring.interactions.store.Commitment;

/** A commitment as the API shows it. */
public record CommitmentView(UUID id, UUID contactId, UUID interactionId, CommitmentDirection direction,
        String description, LocalDate dueOn, CommitmentStatus status, long version, Instant createdAt, Instant updatedAt) {

    public static CommitmentView of(Commitment commitment) {
        return new CommitmentView(commitment.id, commitment.contactId, commitment.interactionId, commitment.direction,
                commitment.description, commitment.dueOn, commitment.status, commitment.version, commitment.createdAt,
                commitment.updatedAt);
    }
}

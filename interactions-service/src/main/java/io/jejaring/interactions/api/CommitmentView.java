package io.jejaring.interactions.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.events.CommitmentDirection;
import io.jejaring.events.CommitmentStatus;
import io.jejaring.interactions.store.Commitment;

/** A commitment as the API shows it. */
@Schema(description = "A commitment as the API shows it.", requiredProperties = {"id", "contactId", "interactionId",
        "direction", "description", "dueOn", "status", "version", "createdAt", "updatedAt"})
public record CommitmentView(
        UUID id,
        @Schema(description = "The contact the promise was made to, or by.") UUID contactId,
        @Schema(description = "The interaction it was made in, if one was named.", nullable = true) UUID interactionId,
        @Schema(description = "I_PROMISED: the owner promised; THEY_PROMISED: the contact did.") CommitmentDirection direction,
        @Schema(description = "What was promised; it stays in this service.") String description,
        @Schema(description = "The date it is due (a date, no time).") LocalDate dueOn,
        @Schema(description = "OPEN until resolved once as KEPT, BROKEN or CANCELLED.") CommitmentStatus status,
        @Schema(description = "Goes up by one with each change; the ETag carries it.") long version,
        Instant createdAt,
        Instant updatedAt) {

    public static CommitmentView of(Commitment commitment) {
        return new CommitmentView(commitment.id, commitment.contactId, commitment.interactionId, commitment.direction,
                commitment.description, commitment.dueOn, commitment.status, commitment.version, commitment.createdAt,
                commitment.updatedAt);
    }
}

package io.jejaring.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@link EventTypes#RELATIONSHIP_OVERDUE}: a relationship passed its due date; published once per transition.
 * {@code lastInteractionAt} is null when there has been no interaction yet (the due date then counts from the
 * contact's creation). {@code layer} is 1 to 5; {@code strength} is the tie strength, at least 0.
 */
public record RelationshipOverdue(
        String ownerId,
        UUID contactId,
        Instant lastInteractionAt,
        Instant dueAt,
        int cadenceDays,
        int layer,
        double strength) {
}

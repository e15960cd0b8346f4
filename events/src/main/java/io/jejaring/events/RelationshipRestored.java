package io.jejaring.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@link EventTypes#RELATIONSHIP_RESTORED}: an overdue relationship is no longer overdue.
 * {@code interactionAt} is the interaction that cleared it, or null when a longer cadence or
 * {@code keepInTouch = false} cleared it.
 */
public record RelationshipRestored(String ownerId, UUID contactId, Instant interactionAt) {
}

package io.jejaring.events;

import java.util.UUID;

/** Data of {@link EventTypes#INTERACTION_DELETED}; {@code version} is the interaction's last version + 1. */
public record InteractionDeleted(UUID interactionId, String ownerId, long version) {
}

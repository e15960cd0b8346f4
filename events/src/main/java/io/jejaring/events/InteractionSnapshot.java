package io.jejaring.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@link EventTypes#INTERACTION_LOGGED} and {@link EventTypes#INTERACTION_UPDATED}: the interaction's state
 * after the change, without personal data (no summary or notes). {@code contactIds} holds 1 to 50 distinct contact
 * ids. Consumers store what each interaction last applied, so an update or delete subtracts exactly what it added.
 */
public record InteractionSnapshot(
        UUID interactionId,
        String ownerId,
        long version,
        List<UUID> contactIds,
        Channel channel,
        Initiator initiatedBy,
        Exchange exchange,
        Instant occurredAt) {
}

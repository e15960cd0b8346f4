package io.jejaring.events;

import java.time.Instant;

/**
 * Data of {@link EventTypes#OWNER_ERASED}: the owner erased everything. It comes after the owner's
 * {@code contact.deleted} events, in the same partition.
 */
public record OwnerErased(String ownerId, Instant erasedAt) {
}

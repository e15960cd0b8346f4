package io.jejaring.events;

import java.util.UUID;

/**
 * Data of {@link EventTypes#CONNECTION_ADDED} and {@link EventTypes#CONNECTION_REMOVED}. A connection is undirected;
 * its {@code version} counts its adds and removes.
 */
public record ConnectionChanged(String ownerId, UUID contactId, UUID otherContactId, ConnectionKind kind,
        long version) {
}

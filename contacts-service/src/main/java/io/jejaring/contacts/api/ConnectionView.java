package io.jejaring.contacts.api;

import java.time.Instant;
import java.util.UUID;

import io.jejaring.contacts.store.Connection;
import io.jejaring.events.ConnectionKind;

/** A connection seen from one of its contacts: the other end, the kind, and since when. */
public record ConnectionView(UUID contactId, UUID otherContactId, ConnectionKind kind, long version, Instant updatedAt) {

    public static ConnectionView of(Connection connection, UUID from) {
        return new ConnectionView(from, connection.otherThan(from), connection.kind, connection.version, connection.updatedAt);
    }
}

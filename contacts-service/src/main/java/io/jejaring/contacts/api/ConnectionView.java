package io.jejaring.contacts.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.contacts.store.Connection;
import io.jejaring.events.ConnectionKind;

/** A connection seen from one of its contacts: the other end, the kind, and since when. */
@Schema(name = "Connection", description = "A connection between two of the owner's contacts, seen from one of them.")
public record ConnectionView(
        @Schema(description = "The contact it is seen from.") UUID contactId,
        @Schema(description = "The contact at the other end.") UUID otherContactId,
        @Schema(description = "How the two know each other.") ConnectionKind kind,
        @Schema(description = "Counts the connection's adds and removes; also its ETag.", minimum = "1") long version,
        @Schema(description = "When it last changed (UTC).") Instant updatedAt) {

    public static ConnectionView of(Connection connection, UUID from) {
        return new ConnectionView(from, connection.otherThan(from), connection.kind, connection.version, connection.updatedAt);
    }
}

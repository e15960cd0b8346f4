package io.jejaring.events;

import java.util.UUID;

/** Data of {@link EventTypes#CONTACT_DELETED}; {@code version} is the contact's last version + 1. */
public record ContactDeleted(UUID contactId, String ownerId, long version) {
}

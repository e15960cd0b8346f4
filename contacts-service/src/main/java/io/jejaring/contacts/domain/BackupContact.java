package io.jejaring.contacts.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One contact of a JSON backup (the JSON export's item): the fields the owner writes, and the id and creation time
 * it had. A null id gets a new one; a null creation time is now.
 */
public record BackupContact(UUID id, Instant createdAt, ContactDraft draft) {
}

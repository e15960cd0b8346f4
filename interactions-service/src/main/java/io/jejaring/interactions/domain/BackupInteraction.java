package io.jejaring.interactions.domain;

import java.time.Instant;
import java.util.UUID;

/** One interaction of a JSON backup (the export's item): its fields, and the id and creation time it had. */
public record BackupInteraction(UUID id, Instant createdAt, InteractionDraft draft) {
}

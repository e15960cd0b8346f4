package io.jejaring.plumbing.outbox;

import java.time.Instant;
import java.util.UUID;

/** One row of the outbox: an event as it will be published. */
public record OutboxMessage(UUID id, String ownerId, long sequence, String topic, String type, String subject,
        String payload, Instant createdAt) {
}

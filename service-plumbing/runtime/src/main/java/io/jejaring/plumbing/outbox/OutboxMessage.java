package io.jejaring.plumbing.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the outbox: an event as it will be published. {@code trace} is the trace context of the span that
 * wrote it, or null when there was none (tracing off).
 */
public record OutboxMessage(UUID id, String ownerId, long sequence, String topic, String type, String subject,
        String payload, Instant createdAt, TraceContext trace) {
}

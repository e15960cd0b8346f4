package io.jejaring.plumbing.outbox;

/** Fired for each outbox append; the relay observes it after the transaction commits. */
public record OutboxAppended(String topic) {
}

package io.jejaring.interactions.store;

import java.time.Instant;
import java.util.UUID;

import io.jejaring.events.Channel;

/**
 * What narrows a page of an owner's interactions, newest first: contact, time ({@code from} inclusive, {@code to}
 * exclusive) and channel, and the keyset the page starts before. Each part may be null.
 */
public record InteractionSearch(UUID contactId, Instant from, Instant to, Channel channel, Instant beforeTime, UUID beforeId) {
}

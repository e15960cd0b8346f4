package io.jejaring.events;

import java.util.UUID;

/**
 * Data of {@link EventTypes#ONE_SIDED} (rule 1: filter for sincerity): a contact reaches out and takes but never gives
 * back. The counts cover the last 365 days, per (interaction, contact) pair, and are never negative.
 */
public record OneSided(String ownerId, UUID contactId, int gave, int received, int initiatedByThem) {
}

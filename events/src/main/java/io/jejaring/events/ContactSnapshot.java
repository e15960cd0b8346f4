package io.jejaring.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@link EventTypes#CONTACT_CREATED} and {@link EventTypes#CONTACT_UPDATED}: the contact's state after the
 * change, without personal data. {@code cadenceDays} is the effective cadence, already resolved from the tier.
 * {@code culture}, {@code ageBand} and {@code introducedBy} may be null.
 */
public record ContactSnapshot(
        UUID contactId,
        String ownerId,
        long version,
        Tier tier,
        int cadenceDays,
        boolean keepInTouch,
        List<String> communities,
        String culture,
        String ageBand,
        UUID introducedBy,
        Sincerity sincerity,
        Instant createdAt) {
}

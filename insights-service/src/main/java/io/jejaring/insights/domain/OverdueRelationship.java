package io.jejaring.insights.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A relationship past its due date. {@code lastInteractionAt} is null until the first interaction, when the
 * due date counts from the contact's creation.
 */
public record OverdueRelationship(UUID contactId, Instant lastInteractionAt, Instant dueAt, long daysOverdue,
        double overdueRatio, int cadenceDays) {

    static OverdueRelationship of(UUID contactId, Instant lastInteractionAt, Instant createdAt, Instant dueAt,
            int cadenceDays, Instant now) {
        Instant last = lastInteractionAt != null ? lastInteractionAt : createdAt;
        double ratio = (double) Duration.between(last, now).toMillis() / Duration.ofDays(cadenceDays).toMillis();
        return new OverdueRelationship(contactId, lastInteractionAt, dueAt, Duration.between(dueAt, now).toDays(),
                ratio, cadenceDays);
    }
}

package io.jejaring.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@link EventTypes#COMMITMENT_MADE} (status {@link CommitmentStatus#OPEN}) and
 * {@link EventTypes#COMMITMENT_RESOLVED} (status KEPT, BROKEN or CANCELLED): the commitment's state after the change,
 * without its description. {@code dueOn} is a calendar date, serialized as {@code YYYY-MM-DD}.
 */
public record CommitmentChanged(
        UUID commitmentId,
        String ownerId,
        UUID contactId,
        CommitmentDirection direction,
        LocalDate dueOn,
        CommitmentStatus status,
        long version) {
}

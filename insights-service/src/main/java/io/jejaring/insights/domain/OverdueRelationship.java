package io.jejaring.insights.domain;

import java.time.Instant;
import java.util.UUID;

import io.jejaring.insights.formula.Cadence;
import io.jejaring.insights.store.Relationship;

/**
 * A relationship past its due date. {@code lastInteractionAt} is null until the first interaction, when the
 * due date counts from the contact's creation.
 */
public record OverdueRelationship(UUID contactId, Instant lastInteractionAt, Instant dueAt, long daysOverdue,
        double overdueRatio, int cadenceDays, int layer, double strength) {

    static OverdueRelationship of(Relationship relationship, Ranking ranking) {
        Instant now = ranking.at();
        return new OverdueRelationship(relationship.contactId(), relationship.lastInteractionAt, relationship.dueAt,
                Cadence.daysOverdue(relationship.dueAt, now),
                Cadence.overdueRatio(relationship.last(), relationship.cadenceDays, now), relationship.cadenceDays,
                ranking.layerOf(relationship.contactId()), ranking.strength(relationship.strengthMass));
    }
}

package io.jejaring.insights.domain;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.insights.formula.Cadence;
import io.jejaring.insights.store.Relationship;

/**
 * A relationship past its due date. {@code lastInteractionAt} is null until the first interaction, when the
 * due date counts from the contact's creation.
 */
@Schema(description = "A relationship past its due date.", requiredProperties = {"contactId", "lastInteractionAt", "dueAt",
        "daysOverdue", "overdueRatio", "cadenceDays", "layer", "strength"})
public record OverdueRelationship(
        UUID contactId,
        @Schema(description = "The last interaction; null before the first, when the due date counts from the contact's"
                + " creation.", nullable = true) Instant lastInteractionAt,
        @Schema(description = "When the next interaction was due.") Instant dueAt,
        @Schema(description = "Whole days since the due date.") long daysOverdue,
        @Schema(description = "Time since the last interaction over the cadence; above 1 is overdue.") double overdueRatio,
        @Schema(description = "The contact's effective cadence, in days.") int cadenceDays,
        @Schema(description = "The Dunbar layer by tie strength: 1 (the closest 5) to 5.") int layer,
        @Schema(description = "Tie strength, decayed to now.") double strength) {

    static OverdueRelationship of(Relationship relationship, Ranking ranking) {
        Instant now = ranking.at();
        return new OverdueRelationship(relationship.contactId(), relationship.lastInteractionAt, relationship.dueAt,
                Cadence.daysOverdue(relationship.dueAt, now),
                Cadence.overdueRatio(relationship.last(), relationship.cadenceDays, now), relationship.cadenceDays,
                ranking.layerOf(relationship.contactId()), ranking.strength(relationship.strengthMass));
    }
}

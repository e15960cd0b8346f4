package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.events.CommitmentDirection;
import io.jejaring.insights.domain.RelationshipInsight.Flag;
import io.jejaring.insights.formula.Cadence;
import io.jejaring.insights.formula.Integrity;
import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.Reciprocity;
import io.jejaring.insights.store.Relationship;
import io.jejaring.insights.store.RelationshipStore;
import io.jejaring.plumbing.domain.DomainException;

/** Assembles one relationship's strength, layer, due date, balances, promises and flags. */
@ApplicationScoped
public class RelationshipInsights {

    @Inject
    RelationshipStore relationships;

    @Inject
    Network network;

    @Inject
    ReciprocityCounts reciprocity;

    @Inject
    CommitmentCounts commitments;

    @Inject
    Parameters parameters;

    @Inject
    Clock clock;

    public RelationshipInsight of(String ownerId, UUID contactId) {
        Relationship relationship = relationships.find(ownerId, contactId)
                .filter(Relationship::isLive)
                .orElseThrow(() -> DomainException.notFound("relationship"));
        Instant now = Instant.now(clock);
        Ranking ranking = network.ranking(ownerId, now);
        Reciprocity counts = reciprocity.forContacts(ownerId, List.of(contactId)).getOrDefault(contactId, Reciprocity.NONE);
        Map<CommitmentDirection, Integrity> promises = commitments.perContact(ownerId, contactId).getOrDefault(contactId, Map.of());
        Double ratio = relationship.cadenceDays == null || relationship.last() == null ? null
                : Cadence.overdueRatio(relationship.last(), relationship.cadenceDays, now);
        return new RelationshipInsight(contactId, ranking.strength(relationship.strengthMass), ranking.layerOf(contactId),
                relationship.lastInteractionAt, relationship.dueAt, ratio,
                relationship.dueAt == null ? null : Cadence.daysOverdue(relationship.dueAt, now), relationship.cadenceDays,
                relationship.keepInTouch, RelationshipInsight.Balances.of(counts),
                new RelationshipInsight.Commitments(
                        RelationshipInsight.Promises.of(promises.getOrDefault(CommitmentDirection.I_PROMISED, Integrity.NONE)),
                        RelationshipInsight.Promises.of(promises.getOrDefault(CommitmentDirection.THEY_PROMISED, Integrity.NONE))),
                flags(relationship, ratio, counts, now));
    }

    List<Flag> flags(Relationship relationship, Double ratio, Reciprocity counts, Instant now) {
        List<Flag> flags = new ArrayList<>();
        boolean overdue = relationship.isOverdue(now);
        if (overdue) {
            flags.add(Flag.OVERDUE);
        }
        if (counts.oneSided(parameters.oneSidedMinimum())) {
            flags.add(Flag.ONE_SIDED);
        }
        if (counts.youOwe(parameters.youOweMinimum())) {
            flags.add(Flag.YOU_OWE);
        }
        if (!overdue && relationship.keepInTouch && ratio != null && ratio >= parameters.fadingRatio()) {
            flags.add(Flag.FADING);
        }
        return flags;
    }
}

package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.insights.store.Relationship;
import io.jejaring.insights.store.RelationshipStore;

/** Pages of overdue relationships, in the order of the {@code (owner_id, due_at, contact_id)} index. */
@ApplicationScoped
public class OverdueList {

    @Inject
    RelationshipStore relationships;

    @Inject
    Network network;

    @Inject
    Clock clock;

    /** The page after the given position; none means from the start. */
    public List<OverdueRelationship> page(String ownerId, Instant afterDueAt, UUID afterContactId, int rows) {
        Instant now = Instant.now(clock);
        List<Relationship> overdue = relationships.overduePage(ownerId, now, afterDueAt, afterContactId, rows);
        if (overdue.isEmpty()) {
            return List.of();
        }
        Ranking ranking = network.ranking(ownerId, now);
        return overdue.stream().map(relationship -> OverdueRelationship.of(relationship, ranking)).toList();
    }
}

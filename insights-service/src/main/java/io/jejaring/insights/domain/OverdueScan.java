package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.events.RelationshipOverdue;
import io.jejaring.insights.store.Relationship;
import io.jejaring.insights.store.RelationshipStore;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Time makes relationships overdue, so a scheduled scan announces them: every relationship whose due date has
 * passed and was not announced for that due date gets one {@code relationship-overdue}. Rows are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so several replicas can scan at once without announcing anything twice.
 */
@ApplicationScoped
public class OverdueScan {

    static final int BATCH = 500;

    @Inject
    RelationshipStore relationships;

    @Inject
    Network network;

    @Inject
    InsightEvents events;

    @Inject
    ReciprocityWindowScan reciprocityWindow;

    @Inject
    Clock clock;

    /** Announces every overdue relationship not announced yet, batch by batch; then follows the reciprocity window. */
    public void scan() {
        while (QuarkusTransaction.requiringNew().call(this::announceBatch) == BATCH) {
            // a full batch means there may be more
        }
        // time moves the reciprocity window too, and with it the one-sided flags
        reciprocityWindow.follow();
    }

    /** Announces one batch; answers how many it announced. */
    int announceBatch() {
        Instant now = Instant.now(clock);
        List<Relationship> due = relationships.lockDueUnannounced(now, BATCH);
        // owner by owner, in order: each owner's outbox sequence row is then locked in the order every writer takes
        // it (the relationship rows are already locked, and SKIP LOCKED never waits for them); within an owner,
        // announced in due order, as the query found them
        due.sort(Comparator.comparing((Relationship relationship) -> relationship.key.ownerId())
                .thenComparing(relationship -> relationship.dueAt).thenComparing(Relationship::contactId));
        Map<String, Ranking> rankings = new HashMap<>();
        for (Relationship relationship : due) {
            Ranking ranking = rankings.computeIfAbsent(relationship.key.ownerId(), owner -> network.ranking(owner, now));
            events.overdue(new RelationshipOverdue(relationship.key.ownerId(), relationship.contactId(),
                    relationship.lastInteractionAt, relationship.dueAt, relationship.cadenceDays,
                    ranking.layerOf(relationship.contactId()), ranking.strength(relationship.strengthMass)));
            relationship.notifiedDueAt = relationship.dueAt;
        }
        return due.size();
    }
}

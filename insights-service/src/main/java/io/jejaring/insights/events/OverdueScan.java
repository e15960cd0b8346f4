package io.jejaring.insights.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.health.Readiness;

import io.jejaring.events.RelationshipOverdue;
import io.jejaring.insights.domain.Network;
import io.jejaring.insights.domain.Ranking;
import io.jejaring.insights.domain.ReciprocityWindowScan;
import io.jejaring.insights.domain.Relationship;
import io.jejaring.insights.rebuild.Rebuild;
import io.jejaring.insights.rebuild.StrengthsReadiness;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Time makes relationships overdue, so a scheduled scan announces them: every relationship whose due date has
 * passed and was not announced for that due date gets one {@code relationship-overdue}. Rows are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so several replicas can scan at once without announcing anything twice.
 */
@ApplicationScoped
public class OverdueScan {

    static final int BATCH = 500;
    private static final String DUE = """
            SELECT * FROM relationship
            WHERE due_at <= ?1 AND NOT deleted AND keep_in_touch AND version > 0
              AND notified_due_at IS DISTINCT FROM due_at
            ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""";

    @Inject
    EntityManager entityManager;

    @Inject
    Network network;

    @Inject
    InsightEvents events;

    @Inject
    Rebuild rebuild;

    @Inject
    ReciprocityWindowScan reciprocityWindow;

    @Inject
    @Readiness
    StrengthsReadiness strengths;

    @Inject
    Clock clock;

    @Scheduled(every = "${jejaring.overdue-scan.every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        // an announcement carries a layer and a strength: none while a replay or a recompute has them half done
        if (rebuild.isReplaying() || !strengths.isCurrent()) {
            return;
        }
        while (QuarkusTransaction.requiringNew().call(this::announceBatch) == BATCH) {
            // a full batch means there may be more
        }
        // time moves the reciprocity window too, and with it the one-sided flags
        reciprocityWindow.follow();
    }

    /** Announces one batch; answers how many it announced. */
    @SuppressWarnings("unchecked")
    int announceBatch() {
        Instant now = Instant.now(clock);
        List<Relationship> due = new ArrayList<>(entityManager.createNativeQuery(DUE, Relationship.class)
                .setParameter(1, now).setParameter(2, BATCH).getResultList());
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

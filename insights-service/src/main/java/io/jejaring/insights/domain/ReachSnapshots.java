package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.ReachChanged;
import io.jejaring.insights.events.InsightEvents;
import io.jejaring.insights.rebuild.Rebuild;
import io.jejaring.insights.rebuild.StrengthsReadiness;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * One snapshot of each owner's reach per day (UTC), for {@code /reach/history}. When the network figures differ
 * from the previous snapshot's, {@code reach-changed} is published.
 */
@ApplicationScoped
public class ReachSnapshots {

    private static final Logger LOG = Logger.getLogger(ReachSnapshots.class);
    private static final String OWNERS_WITHOUT_TODAY = """
            SELECT DISTINCT r.owner_id FROM relationship r
            WHERE r.version > 0 AND NOT r.deleted AND NOT EXISTS (SELECT 1 FROM reach_snapshot s WHERE s.owner_id = r.owner_id AND s.day = ?1)""";
    /**
     * Holds one of the owner's live relationships still until the snapshot commits: an erasure tombstones them all
     * before it deletes the owner's snapshots, so it then waits for this one and deletes it too.
     */
    private static final String HOLD_LIVE_RELATIONSHIP = """
            SELECT contact_id FROM relationship WHERE owner_id = ?1 AND version > 0 AND NOT deleted LIMIT 1 FOR SHARE""";
    private static final String PREVIOUS = "SELECT CAST(figures AS text) FROM reach_snapshot WHERE owner_id = ?1 AND day < ?2 ORDER BY day DESC LIMIT 1";
    private static final String STORE = "INSERT INTO reach_snapshot (owner_id, day, figures) VALUES (?1, ?2, CAST(?3 AS jsonb)) ON CONFLICT DO NOTHING";
    private static final String HISTORY = "SELECT day, CAST(figures AS text) FROM reach_snapshot WHERE owner_id = ?1 AND day BETWEEN ?2 AND ?3 ORDER BY day LIMIT ?4";

    @Inject
    EntityManager entityManager;

    @Inject
    ReachCalculator calculator;

    @Inject
    InsightEvents events;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    @Readiness
    StrengthsReadiness strengths;

    @Inject
    Rebuild rebuild;

    @Scheduled(every = "${jejaring.reach-snapshot.every:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void snapshotAll() {
        // none of a half-built projection: while a rebuild replays, or a recompute has the strengths half done
        if (rebuild.isReplaying() || !strengths.isCurrent()) {
            return;
        }
        LocalDate today = today();
        List<String> owners = QuarkusTransaction.requiringNew().call(() -> owners(today));
        for (String owner : owners) {
            try {
                QuarkusTransaction.requiringNew().run(() -> snapshot(owner, today));
            } catch (RuntimeException e) {
                LOG.warnf("reach snapshot failed for one owner (%s); it is retried on the next run", e.getClass().getSimpleName());
            }
        }
    }

    /** Takes today's snapshot of one owner, and publishes reach-changed if the network moved since the last one. */
    public void snapshot(String ownerId, LocalDate day) {
        if (entityManager.createNativeQuery(HOLD_LIVE_RELATIONSHIP).setParameter(1, ownerId).getResultList().isEmpty()) {
            return; // erased (or emptied) since it was selected
        }
        Reach reach = calculator.reach(ownerId);
        ReachChanged figures = new ReachChanged(ownerId, reach.activeContacts(), reach.secondDegreeReach(), reach.layers(),
                new ReachChanged.Breadth(reach.breadth().communities(), reach.breadth().cultures(), reach.breadth().ageBands()),
                new ReachChanged.Diversity(reach.diversity().community(), reach.diversity().culture(), reach.diversity().ageBand()),
                reach.computedAt());
        List<?> previous = entityManager.createNativeQuery(PREVIOUS).setParameter(1, ownerId).setParameter(2, day).getResultList();
        int stored = entityManager.createNativeQuery(STORE).setParameter(1, ownerId).setParameter(2, day)
                .setParameter(3, toJson(reach)).executeUpdate();
        if (stored == 1 && (previous.isEmpty() || !sameNetwork(readTree((String) previous.get(0)), figures))) {
            events.reachChanged(figures);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> history(String ownerId, LocalDate from, LocalDate to, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery(HISTORY).setParameter(1, ownerId).setParameter(2, from)
                .setParameter(3, to).setParameter(4, limit).getResultList();
        return rows.stream().map(row -> Map.<String, Object>of("day", row[0].toString(), "figures", readTree((String) row[1])))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private List<String> owners(LocalDate today) {
        return entityManager.createNativeQuery(OWNERS_WITHOUT_TODAY).setParameter(1, today).getResultList();
    }

    /** The figures reach-changed carries; counts of contacts and promises alone don't make a change. */
    private boolean sameNetwork(JsonNode previous, ReachChanged now) {
        JsonNode current = json.valueToTree(now);
        for (String field : List.of("activeContacts", "secondDegreeReach", "layers", "breadth", "diversity")) {
            if (!current.path(field).equals(previous.path(field))) {
                return false;
            }
        }
        return true;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable reach snapshot", e);
        }
    }
}

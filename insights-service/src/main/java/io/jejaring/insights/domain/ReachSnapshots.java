package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.ReachChanged;
import io.jejaring.insights.store.ReachSnapshotStore;
import io.jejaring.plumbing.domain.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One snapshot of each owner's reach per day (UTC), for {@code /reach/history}. When the network figures differ
 * from the previous snapshot's, {@code reach-changed} is published.
 */
@ApplicationScoped
public class ReachSnapshots {

    private static final Logger LOG = Logger.getLogger(ReachSnapshots.class);
    static final int MAX_HISTORY_DAYS = 366;

    @Inject
    ReachSnapshotStore store;

    @Inject
    ReachCalculator calculator;

    @Inject
    InsightEvents events;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Takes today's snapshot of every owner who has none yet, each in its own transaction. */
    public void snapshotAll() {
        LocalDate today = today();
        List<String> owners = QuarkusTransaction.requiringNew().call(() -> store.ownersWithout(today));
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
        if (!store.holdLiveRelationship(ownerId)) {
            return; // erased (or emptied) since it was selected
        }
        Reach reach = calculator.reach(ownerId);
        ReachChanged figures = new ReachChanged(ownerId, reach.activeContacts(), reach.secondDegreeReach(), reach.layers(),
                new ReachChanged.Breadth(reach.breadth().communities(), reach.breadth().cultures(), reach.breadth().ageBands()),
                new ReachChanged.Diversity(reach.diversity().community(), reach.diversity().culture(), reach.diversity().ageBand()),
                reach.computedAt());
        Optional<String> previous = store.previous(ownerId, day);
        boolean stored = store.store(ownerId, day, toJson(reach));
        if (stored && (previous.isEmpty() || !sameNetwork(readTree(previous.get()), figures))) {
            events.reachChanged(figures);
        }
    }

    /**
     * Daily snapshots, {@code from} and {@code to} inclusive (UTC dates; by default the 30 days up to today),
     * oldest first, from the day after {@code after} (the last day a previous page showed) if given.
     */
    public List<ReachDay> history(String ownerId, LocalDate from, LocalDate to, LocalDate after, int limit) {
        LocalDate last = to == null ? today() : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last)) {
            throw DomainException.invalidParameter("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_HISTORY_DAYS) {
            throw DomainException.invalidParameter("from", "the range may span at most " + MAX_HISTORY_DAYS + " days");
        }
        LocalDate start = after == null || first.isAfter(after.plusDays(1)) ? first : after.plusDays(1);
        return store.history(ownerId, start, last, limit).stream()
                .map(snapshot -> new ReachDay(snapshot.day(), readTree(snapshot.figures())))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
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

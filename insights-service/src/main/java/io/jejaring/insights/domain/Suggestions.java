package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.insights.formula.Cadence;
import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.Reciprocity;
import io.jejaring.insights.store.CommitmentFacts;
import io.jejaring.insights.store.Relationship;
import io.jejaring.insights.store.RelationshipStore;

/**
 * Who to reach out to, by priority: {@code overdueRatio × layerWeight}, plus 2 for a promise of mine due within
 * a week and 1 when I owe them. Candidates are the relationships that are overdue or fading, where I owe them,
 * or where a promise of mine is due.
 */
@ApplicationScoped
public class Suggestions {

    /**
     * Highest priority first; ties by contact id as a string, the order {@code /overdue} and PostgreSQL keep
     * ({@link UUID#compareTo} compares signed halves and would put {@code 8…} before {@code 0…}).
     */
    static final Comparator<Suggestion> PRIORITY_ORDER = Comparator.comparingDouble(Suggestion::priority).reversed()
            .thenComparing(suggestion -> suggestion.contactId().toString());

    @Inject
    RelationshipStore relationships;

    @Inject
    CommitmentFacts commitmentFacts;

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

    public List<Suggestion> suggest(String ownerId, int limit) {
        Instant now = Instant.now(clock);
        Ranking ranking = network.ranking(ownerId, now);
        Map<UUID, Relationship> candidates = new LinkedHashMap<>();
        relationships.fading(ownerId, now, limit + ranking.ranked()).forEach(r -> candidates.put(r.contactId(), r));
        if (ranking.ranked() > 0) {
            relationships.fadingAmong(ownerId, now, ranking.rankOf().keySet(), ranking.ranked())
                    .forEach(r -> candidates.put(r.contactId(), r));
        }
        Map<UUID, Reciprocity> owed = reciprocity.youOwe(ownerId);
        Map<UUID, LocalDate> promises = commitmentFacts.promisesDue(ownerId,
                commitments.today().plusDays(parameters.promiseHorizon().toDays()));
        List<UUID> others = new ArrayList<>(owed.keySet());
        others.addAll(promises.keySet());
        others.removeAll(candidates.keySet());
        if (!others.isEmpty()) {
            relationships.live(ownerId, others).forEach(r -> candidates.put(r.contactId(), r));
        }
        return candidates.values().stream()
                .map(r -> suggestion(r, ranking, owed.get(r.contactId()), promises.get(r.contactId()), now))
                .sorted(PRIORITY_ORDER)
                .limit(limit)
                .toList();
    }

    private Suggestion suggestion(Relationship relationship, Ranking ranking, Reciprocity owed, LocalDate promiseDue,
            Instant now) {
        int layer = ranking.layerOf(relationship.contactId());
        List<Suggestion.Reason> reasons = new ArrayList<>();
        Double ratio = null;
        double priority = 0;
        if (relationship.cadenceDays != null && relationship.last() != null) {
            ratio = Cadence.overdueRatio(relationship.last(), relationship.cadenceDays, now);
            priority = relationship.keepInTouch ? ratio * parameters.layerWeight(layer) : 0;
            cadenceReason(relationship, ratio, now).ifPresent(reasons::add);
        }
        if (promiseDue != null) {
            priority += 2;
            long days = ChronoUnit.DAYS.between(commitments.today(), promiseDue);
            reasons.add(new Suggestion.Reason("PROMISE_DUE", Map.of("daysUntilDue", days), days > 1
                    ? "a promise of yours to them is due in " + days + " days"
                    : days == 1 ? "a promise of yours to them is due tomorrow"
                    : days == 0 ? "a promise of yours to them is due today"
                    : "a promise of yours to them was due " + -days + (days == -1 ? " day ago" : " days ago")));
        }
        if (owed != null) {
            priority += 1;
            reasons.add(new Suggestion.Reason("YOU_OWE", Map.of("received", owed.received(), "gave", owed.gave()),
                    "they helped you " + owed.received() + " times; you haven't returned it"));
        }
        return new Suggestion(relationship.contactId(), priority, layer, ratio, reasons);
    }

    private Optional<Suggestion.Reason> cadenceReason(Relationship relationship, double ratio, Instant now) {
        int cadence = relationship.cadenceDays;
        if (relationship.isOverdue(now)) {
            long late = Duration.between(relationship.dueAt, now).toDays();
            return Optional.of(new Suggestion.Reason("OVERDUE", Map.of("daysOverdue", late, "cadenceDays", cadence),
                    late == 0 ? "due today on your " + cadence + "-day cadence"
                            : late + (late == 1 ? " day" : " days") + " past your " + cadence + "-day cadence"));
        }
        if (relationship.keepInTouch && ratio >= parameters.fadingRatio()) {
            long since = Duration.between(relationship.last(), now).toDays();
            return Optional.of(new Suggestion.Reason("FADING", Map.of("daysSince", since, "cadenceDays", cadence),
                    since + " days since you were last in touch; your cadence is " + cadence + " days"));
        }
        return Optional.empty();
    }
}

package io.jejaring.insights.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.jejaring.insights.formula.Cadence;
import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.Reciprocity;

/**
 * Who to reach out to, by priority: {@code overdueRatio × layerWeight}, plus 2 for a promise of mine due within
 * a week and 1 when I owe them. Candidates are the relationships that are overdue or fading, where I owe them,
 * or where a promise of mine is due.
 */
@ApplicationScoped
public class Suggestions {

    private static final String RATIO = "extract(epoch FROM (?2 - coalesce(last_interaction_at, created_at))) / (cadence_days * 86400.0)";
    private static final String FADING = """
            SELECT * FROM relationship
            WHERE owner_id = ?1 AND NOT deleted AND version > 0 AND keep_in_touch AND fading_at <= ?2 %s
            ORDER BY %s DESC, contact_id LIMIT ?3""";
    private static final String PROMISES_DUE = """
            SELECT contact_id, min(due_on) FROM commitment_fact
            WHERE owner_id = ?1 AND direction = 'I_PROMISED' AND status = 'OPEN' AND due_on <= ?2
            GROUP BY contact_id""";

    /**
     * Highest priority first; ties by contact id as a string, the order {@code /overdue} and PostgreSQL keep
     * ({@link UUID#compareTo} compares signed halves and would put {@code 8…} before {@code 0…}).
     */
    static final Comparator<Suggestion> PRIORITY_ORDER = Comparator.comparingDouble(Suggestion::priority).reversed()
            .thenComparing(suggestion -> suggestion.contactId().toString());

    @Inject
    EntityManager entityManager;

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
        fading(ownerId, now, "", limit + ranking.ranked(), null).forEach(r -> candidates.put(r.contactId(), r));
        if (ranking.ranked() > 0) {
            fading(ownerId, now, "AND contact_id = ANY(" + SqlArrays.uuids(4) + ")", ranking.ranked(),
                    SqlArrays.json(ranking.rankOf().keySet())).forEach(r -> candidates.put(r.contactId(), r));
        }
        Map<UUID, Reciprocity> owed = new HashMap<>();
        reciprocity.forOwner(ownerId).forEach((contactId, counts) -> {
            if (counts.youOwe(parameters.youOweMinimum())) {
                owed.put(contactId, counts);
            }
        });
        Map<UUID, LocalDate> promises = promisesDue(ownerId, commitments.today().plusDays(parameters.promiseHorizon().toDays()));
        List<UUID> others = new ArrayList<>(owed.keySet());
        others.addAll(promises.keySet());
        others.removeAll(candidates.keySet());
        if (!others.isEmpty()) {
            Relationship.<Relationship>list("key.ownerId = ?1 and key.contactId in ?2 and deleted = false and version > 0",
                    ownerId, others).forEach(r -> candidates.put(r.contactId(), r));
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

    @SuppressWarnings("unchecked")
    private List<Relationship> fading(String ownerId, Instant now, String filter, int rows, String ids) {
        var query = entityManager.createNativeQuery(FADING.formatted(filter, RATIO), Relationship.class)
                .setParameter(1, ownerId).setParameter(2, now).setParameter(3, rows);
        if (ids != null) {
            query.setParameter(4, ids);
        }
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, LocalDate> promisesDue(String ownerId, LocalDate until) {
        Map<UUID, LocalDate> due = new HashMap<>();
        List<Object[]> rows = entityManager.createNativeQuery(PROMISES_DUE).setParameter(1, ownerId).setParameter(2, until)
                .getResultList();
        rows.forEach(row -> due.put((UUID) row[0], toDate(row[1])));
        return due;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}

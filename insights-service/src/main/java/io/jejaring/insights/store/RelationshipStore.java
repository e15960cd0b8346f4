package io.jejaring.insights.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Reads the relationships, and the writes that keep their derived columns and locks. */
@ApplicationScoped
public class RelationshipStore {

    /**
     * An owner's top by strength mass: only the top of the ranking (the layer bounds' last, 150) matters, since
     * everyone below it is layer 5. Reading it is one index scan of at most that many rows.
     */
    private static final String TOP = Sql.of("""
            SELECT contact_id FROM relationship
            WHERE {owner} AND {live} AND strength_mass > ?2
            ORDER BY strength_mass DESC, last_interaction_at DESC NULLS LAST, contact_id
            LIMIT ?3""");
    /** In the order of the {@code (owner_id, due_at, contact_id)} index. */
    private static final String OVERDUE_PAGE = Sql.of("""
            SELECT * FROM relationship
            WHERE {owner} AND {live} AND keep_in_touch AND due_at <= ?2
              AND (due_at, contact_id) > (?3, ?4)
            ORDER BY due_at, contact_id
            LIMIT ?5""");
    /** Both counts in one index-only scan of {@code relationship_counted}. */
    private static final String COUNTS = Sql.of("""
            SELECT count(*), count(*) FILTER (WHERE keep_in_touch AND due_at <= ?2)
            FROM relationship WHERE {owner} AND {live}""");
    private static final String LIVE_AMONG = Sql.of("""
            SELECT * FROM relationship WHERE {owner} AND contact_id = ANY(%s) AND {live}""".formatted(SqlArrays.uuids(2)));
    private static final String AMONG = Sql.of("""
            SELECT * FROM relationship WHERE {owner} AND contact_id = ANY(%s)""".formatted(SqlArrays.uuids(2)));
    /** {@code FOR NO KEY UPDATE}: the lock Hibernate takes on PostgreSQL for {@code PESSIMISTIC_WRITE}. */
    private static final String LOCK_AMONG = Sql.of("""
            SELECT * FROM relationship WHERE {owner} AND contact_id = ANY(%s)
            ORDER BY contact_id FOR NO KEY UPDATE""".formatted(SqlArrays.uuids(2)));
    private static final String RATIO = "extract(epoch FROM (?2 - coalesce(last_interaction_at, created_at))) / (cadence_days * 86400.0)";
    private static final String FADING_AMONG = Sql.of("""
            SELECT * FROM relationship
            WHERE {owner} AND {live} AND keep_in_touch AND fading_at <= ?2 AND contact_id = ANY(%s)
            ORDER BY %s DESC, contact_id LIMIT ?3""".formatted(SqlArrays.uuids(4), RATIO));
    /**
     * Within one cadence the highest overdue ratio is the earliest {@code last}, so the top rows overall are among
     * each cadence's first rows in the {@code relationship_fading} index: a walk over the owner's few distinct
     * cadences (a loose index scan), then at most {@code ?3} index rows each, instead of a ratio for every row.
     */
    private static final String FADING = Sql.of("""
            WITH RECURSIVE cadence AS (
                (SELECT cadence_days AS days FROM relationship
                 WHERE {owner} AND {live} AND keep_in_touch AND cadence_days IS NOT NULL
                 ORDER BY cadence_days LIMIT 1)
                UNION ALL
                SELECT (SELECT r.cadence_days FROM relationship r
                        WHERE {r.owner} AND NOT r.deleted AND r.version > 0 AND r.keep_in_touch AND r.cadence_days > c.days
                        ORDER BY r.cadence_days LIMIT 1)
                FROM cadence c WHERE c.days IS NOT NULL)
            SELECT r.* FROM cadence c CROSS JOIN LATERAL (
                SELECT * FROM relationship
                WHERE {owner} AND {live} AND keep_in_touch AND cadence_days = c.days AND fading_at <= ?2
                ORDER BY coalesce(last_interaction_at, created_at), contact_id LIMIT ?3) r
            ORDER BY %s DESC, contact_id LIMIT ?3""".formatted(RATIO));
    private static final String REFRESH = Sql.of("""
            UPDATE relationship r SET last_interaction_at = (
                SELECT max(l.occurred_at) FROM interaction_contact l
                WHERE l.owner_id = r.owner_id AND l.contact_id = r.contact_id)
            WHERE {r.owner} AND r.contact_id = ANY(%s) AND NOT r.deleted""".formatted(SqlArrays.uuids(2)));
    private static final String SAVE_SCHEDULES = """
            UPDATE relationship r SET due_at = s.due_at, fading_at = s.fading_at, notified_due_at = s.notified_due_at,
                one_sided = s.one_sided
            FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS s(owner_id text, contact_id uuid, due_at timestamptz,
                fading_at timestamptz, notified_due_at timestamptz, one_sided boolean)
            WHERE r.owner_id = s.owner_id AND r.contact_id = s.contact_id""";
    private static final String DUE_UNANNOUNCED = Sql.of("""
            SELECT * FROM relationship
            WHERE due_at <= ?1 AND {live} AND keep_in_touch
              AND notified_due_at IS DISTINCT FROM due_at
            ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""");
    /** {@code ON CONFLICT DO UPDATE ... WHERE false} locks an existing row without changing it. */
    private static final String LOCK = """
            INSERT INTO relationship (owner_id, contact_id, version)
            SELECT owner_id, contact_id, 0 FROM (
                SELECT k->>0 AS owner_id, CAST(k->>1 AS uuid) AS contact_id FROM jsonb_array_elements(CAST(?1 AS jsonb)) k
                UNION
                SELECT l.owner_id, l.contact_id FROM jsonb_array_elements(CAST(?2 AS jsonb)) i
                JOIN interaction_contact l ON l.owner_id = i->>0 AND l.interaction_id = CAST(i->>1 AS uuid)
                UNION
                SELECT r.owner_id, r.contact_id FROM jsonb_array_elements(CAST(?3 AS jsonb)) d
                JOIN relationship r ON r.owner_id = d->>0 AND r.introduced_by = CAST(d->>1 AS uuid)
            ) touched
            ORDER BY owner_id, contact_id
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET version = relationship.version WHERE false""";
    /**
     * The active contacts' tallies, in one scan of the covering {@code relationship_last} index: how many, and per
     * attribute and value its share (a contact in m communities adds 1/m to each), plus how many have a community.
     */
    private static final String ACTIVE_TALLIES = Sql.of("""
            WITH active AS (
                SELECT communities, culture, age_band FROM relationship
                WHERE {owner} AND {live} AND last_interaction_at > ?2)
            SELECT 'active', NULL, count(*) FROM active
            UNION ALL SELECT 'communities', NULL, count(*) FROM active WHERE cardinality(communities) > 0
            UNION ALL SELECT 'community', value, sum(1.0::float8 / cardinality(communities))
                      FROM active, unnest(communities) AS value GROUP BY value
            UNION ALL SELECT 'culture', culture, count(*) FROM active WHERE culture IS NOT NULL GROUP BY culture
            UNION ALL SELECT 'ageBand', age_band, count(*) FROM active WHERE age_band IS NOT NULL GROUP BY age_band""");
    /**
     * {@code |A ∪ N(A)|}: the active contacts A, plus the live contacts outside A joined to one of them by a
     * connection (either end) or an introduction (either way). Walks out from A through indexes, so it costs what
     * A and its edges cost, not what the whole network does.
     */
    private static final String SECOND_DEGREE = Sql.of("""
            WITH active AS (
                SELECT contact_id, introduced_by FROM relationship
                WHERE {owner} AND {live} AND last_interaction_at > ?2),
            neighbour AS (
                SELECT e.contact_b AS contact_id FROM active a
                JOIN connection_edge e ON {e.owner} AND e.contact_a = a.contact_id AND NOT e.removed
                UNION SELECT e.contact_a FROM active a
                JOIN connection_edge e ON {e.owner} AND e.contact_b = a.contact_id AND NOT e.removed
                UNION SELECT introduced_by FROM active WHERE introduced_by IS NOT NULL
                UNION SELECT r.contact_id FROM active a
                JOIN relationship r ON {r.owner} AND r.introduced_by = a.contact_id AND NOT r.deleted)
            SELECT (SELECT count(*) FROM active) + (SELECT count(*) FROM neighbour n
                JOIN relationship r ON {r.owner} AND r.contact_id = n.contact_id AND NOT r.deleted AND r.version > 0
                 AND (r.last_interaction_at IS NULL OR r.last_interaction_at <= ?2))""");
    private static final Instant BEFORE_ALL = Instant.parse("0001-01-01T00:00:00Z");
    private static final UUID LOWEST = new UUID(0, 0);

    /** The owner's live contacts, and the overdue ones among them. */
    public record Counts(long live, long overdue) {
    }

    /**
     * The active contacts: how many, how many have a community, and per value of each attribute its share (the
     * sum of {@code 1/m} over the contacts that have it; a culture or age band counts 1).
     */
    public record ActiveTallies(int active, int withCommunity, Map<String, Double> communities,
            Map<String, Double> cultures, Map<String, Double> ageBands) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** The owner's live contacts with a strength mass above {@code minimumMass}, strongest first. */
    @SuppressWarnings("unchecked")
    public List<UUID> strongest(String ownerId, double minimumMass, int limit) {
        return entityManager.createNativeQuery(TOP).setParameter(1, ownerId).setParameter(2, minimumMass)
                .setParameter(3, limit).getResultList();
    }

    /** The owner's overdue relationships after the given position (none: from the start), in due order. */
    @SuppressWarnings("unchecked")
    public List<Relationship> overduePage(String ownerId, Instant now, Instant afterDueAt, UUID afterContactId, int rows) {
        return entityManager.createNativeQuery(OVERDUE_PAGE, Relationship.class)
                .setParameter(1, ownerId)
                .setParameter(2, now)
                .setParameter(3, afterDueAt == null ? BEFORE_ALL : afterDueAt)
                .setParameter(4, afterContactId == null ? LOWEST : afterContactId)
                .setParameter(5, rows)
                .getResultList();
    }

    /** The owner's live contacts, and how many of them are overdue at {@code now}. */
    public Counts counts(String ownerId, Instant now) {
        Object[] row = (Object[]) entityManager.createNativeQuery(COUNTS).setParameter(1, ownerId).setParameter(2, now)
                .getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** The owner's live relationships among {@code contactIds}. */
    public List<Relationship> live(String ownerId, Collection<UUID> contactIds) {
        return among(LIVE_AMONG, ownerId, contactIds);
    }

    /**
     * The owner's relationships among {@code contactIds}, live or not, read afresh and detached: what the caller
     * changes is written back with {@link #saveSchedules}, in one statement, not one update per row at the flush.
     */
    public List<Relationship> all(String ownerId, Collection<UUID> contactIds) {
        List<Relationship> rows = among(AMONG, ownerId, contactIds);
        rows.forEach(entityManager::detach);
        return rows;
    }

    /** Writes the due, fading and announced dates and the one-sided flag of each relationship, in one statement. */
    public void saveSchedules(Collection<Relationship> relationships) {
        if (relationships.isEmpty()) {
            return;
        }
        ArrayNode rows = json.createArrayNode();
        relationships.forEach(relationship -> rows.addObject().put("owner_id", relationship.key.ownerId())
                .put("contact_id", relationship.contactId().toString())
                .put("due_at", text(relationship.dueAt))
                .put("fading_at", text(relationship.fadingAt))
                .put("notified_due_at", text(relationship.notifiedDueAt))
                .put("one_sided", relationship.oneSided));
        entityManager.createNativeQuery(SAVE_SCHEDULES).setParameter(1, rows.toString()).executeUpdate();
    }

    public Optional<Relationship> find(String ownerId, UUID contactId) {
        return Relationship.findByIdOptional(new Relationship.Key(ownerId, contactId));
    }

    /** Locks the owner's relationships among {@code contactIds} in contact order, as every writer does. */
    public List<Relationship> lockInContactOrder(String ownerId, List<UUID> contactIds) {
        return among(LOCK_AMONG, ownerId, contactIds);
    }

    /** Kept-in-touch relationships past their fading date, highest overdue ratio first. */
    public List<Relationship> fading(String ownerId, Instant now, int rows) {
        return fading(FADING, ownerId, now, rows, null);
    }

    /** As {@link #fading(String, Instant, int)}, among {@code contactIds} only. */
    public List<Relationship> fadingAmong(String ownerId, Instant now, Collection<UUID> contactIds, int rows) {
        return fading(FADING_AMONG, ownerId, now, rows, SqlArrays.json(contactIds));
    }

    /**
     * Sets each named relationship's last interaction from its links. The statement bypasses the persistence
     * context, so what it holds is written first and dropped after: later reads see the new values.
     */
    public void refreshLastInteraction(String ownerId, Collection<UUID> contactIds) {
        entityManager.createNativeQuery(REFRESH).setParameter(1, ownerId).setParameter(2, SqlArrays.json(contactIds))
                .executeUpdate();
        entityManager.flush();
        entityManager.clear();
    }

    /** Up to {@code rows} relationships due and not announced for that due date, locked, skipping locked ones. */
    @SuppressWarnings("unchecked")
    public List<Relationship> lockDueUnannounced(Instant now, int rows) {
        return new ArrayList<>(entityManager.createNativeQuery(DUE_UNANNOUNCED, Relationship.class)
                .setParameter(1, now).setParameter(2, rows).getResultList());
    }

    /**
     * Locks (inserting version-0 placeholders where missing) every relationship row named, in
     * {@code (owner_id, contact_id)} order. Each list holds {@code [ownerId, id]} pairs: contacts, the contacts
     * linked to interactions, and the contacts introduced by deleted contacts.
     */
    public void lock(List<List<String>> contacts, List<List<String>> interactions, List<List<String>> deletedContacts) {
        // FlushModeType.COMMIT: nothing is pending before a batch's first event, so there is nothing to flush
        entityManager.createNativeQuery(LOCK).setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, toJson(contacts))
                .setParameter(2, toJson(interactions))
                .setParameter(3, toJson(deletedContacts))
                .executeUpdate();
    }

    /** The tallies of the owner's live contacts with an interaction after {@code activeSince}. */
    @SuppressWarnings("unchecked")
    public ActiveTallies activeTallies(String ownerId, Instant activeSince) {
        List<Object[]> rows = entityManager.createNativeQuery(ACTIVE_TALLIES).setParameter(1, ownerId)
                .setParameter(2, activeSince).getResultList();
        int active = 0;
        int withCommunity = 0;
        Map<String, Map<String, Double>> shares = new HashMap<>();
        for (Object[] row : rows) {
            String tally = (String) row[0];
            switch (tally) {
                case "active" -> active = Sql.count(row[2]);
                case "communities" -> withCommunity = Sql.count(row[2]);
                default -> shares.computeIfAbsent(tally, t -> new HashMap<>()).put((String) row[1],
                        ((Number) row[2]).doubleValue());
            }
        }
        return new ActiveTallies(active, withCommunity, shares.getOrDefault("community", Map.of()),
                shares.getOrDefault("culture", Map.of()), shares.getOrDefault("ageBand", Map.of()));
    }

    /** The active contacts, and everyone joined to one of them by a connection or an introduction. */
    public int secondDegree(String ownerId, Instant activeSince) {
        return ((Number) entityManager.createNativeQuery(SECOND_DEGREE).setParameter(1, ownerId)
                .setParameter(2, activeSince).getSingleResult()).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<Relationship> among(String sql, String ownerId, Collection<UUID> contactIds) {
        return entityManager.createNativeQuery(sql, Relationship.class).setParameter(1, ownerId)
                .setParameter(2, SqlArrays.json(contactIds)).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Relationship> fading(String sql, String ownerId, Instant now, int rows, String ids) {
        var query = entityManager.createNativeQuery(sql, Relationship.class)
                .setParameter(1, ownerId).setParameter(2, now).setParameter(3, rows);
        if (ids != null) {
            query.setParameter(4, ids);
        }
        return query.getResultList();
    }

    private String toJson(List<List<String>> keys) {
        try {
            return json.writeValueAsString(keys);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

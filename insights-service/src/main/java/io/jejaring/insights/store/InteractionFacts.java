package io.jejaring.insights.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jejaring.events.InteractionSnapshot;
import io.jejaring.insights.formula.Reciprocity;
import io.jejaring.plumbing.sql.SqlTimes;

/**
 * The interaction facts ({@code interaction_fact}), their links to contacts ({@code interaction_contact}), the
 * strength terms they add to relationships, and the counts read from them.
 */
@ApplicationScoped
public class InteractionFacts {

    /** The named interactions' facts, locked in key order. */
    private static final String CURRENT_FACTS = """
            SELECT f.owner_id, f.interaction_id, f.version, f.deleted,
                   (SELECT CAST(json_agg(l.contact_id) AS text) FROM interaction_contact l
                    WHERE l.owner_id = f.owner_id AND l.interaction_id = f.interaction_id),
                   f.weight_share, f.occurred_at
            FROM interaction_fact f
            JOIN jsonb_to_recordset(CAST(?1 AS jsonb)) AS k(owner_id text, interaction_id uuid)
              ON f.owner_id = k.owner_id AND f.interaction_id = k.interaction_id
            ORDER BY f.owner_id, f.interaction_id
            FOR UPDATE OF f""";
    /** The facts as applied last, one row per interaction; the callers guard the versions. */
    private static final String WRITE_FACTS = """
            INSERT INTO interaction_fact (owner_id, interaction_id, version, deleted, channel, initiated_by, exchange,
                                          occurred_at, weight_share, contact_count)
            SELECT w.owner_id, w.interaction_id, w.version, w.deleted, w.channel, w.initiated_by, w.exchange,
                   w.occurred_at, w.weight_share, w.contact_count
            FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS w(owner_id text, interaction_id uuid, version bigint,
                deleted boolean, channel text, initiated_by text, exchange text, occurred_at timestamptz,
                weight_share double precision, contact_count integer)
            ORDER BY w.owner_id, w.interaction_id
            ON CONFLICT (owner_id, interaction_id) DO UPDATE SET version = EXCLUDED.version, deleted = EXCLUDED.deleted,
                channel = EXCLUDED.channel, initiated_by = EXCLUDED.initiated_by, exchange = EXCLUDED.exchange,
                occurred_at = EXCLUDED.occurred_at, weight_share = EXCLUDED.weight_share,
                contact_count = EXCLUDED.contact_count""";
    private static final String UNLINK = Sql.of("DELETE FROM interaction_contact WHERE {owner} AND interaction_id = ?2");
    /** Links the named contacts, but not an erased one: a deleted contact stays out of every figure. */
    private static final String LINK = Sql.of("""
            INSERT INTO interaction_contact (owner_id, contact_id, interaction_id, occurred_at)
            SELECT ?1, id, ?2, ?3 FROM unnest(%s) AS id
            WHERE NOT EXISTS (SELECT 1 FROM relationship WHERE {owner} AND contact_id = id AND deleted)
            ON CONFLICT DO NOTHING
            RETURNING contact_id""".formatted(SqlArrays.uuids(4)));
    /** Adds a term to each named contact, as a placeholder (version 0) for one whose own event has not come yet. */
    private static final String ADD_TERMS = """
            INSERT INTO relationship (owner_id, contact_id, version, strength_terms, strength_mass)
            SELECT DISTINCT ?1, id, 0, 1, CAST(?3 AS double precision) FROM unnest(%s) AS id
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET strength_terms = relationship.strength_terms + 1,
                strength_mass = relationship.strength_mass + EXCLUDED.strength_mass
            WHERE NOT relationship.deleted""".formatted(SqlArrays.uuids(2));
    /** Removing a contact's last term sets its strength to exactly zero, whatever rounding has left. */
    private static final String SUBTRACT_TERMS = Sql.of("""
            UPDATE relationship SET strength_terms = greatest(strength_terms - 1, 0),
                strength_mass = CASE WHEN strength_terms <= 1 THEN 0 ELSE greatest(strength_mass - ?3, 0) END
            WHERE {owner} AND contact_id = ANY(%s) AND NOT deleted""".formatted(SqlArrays.uuids(2)));
    private static final String CHANNEL_MIX = Sql.of("""
            SELECT channel, count(*) FROM interaction_fact f
            WHERE {owner} AND NOT deleted AND occurred_at > ?2 AND occurred_at <= ?3
              AND EXISTS (SELECT 1 FROM interaction_contact l WHERE l.owner_id = f.owner_id AND l.interaction_id = f.interaction_id)
            GROUP BY channel ORDER BY channel""");
    private static final String RECIPROCITY_COUNTS = """
                   count(*) FILTER (WHERE f.initiated_by = 'ME'),
                   count(*) FILTER (WHERE f.initiated_by = 'THEM'),
                   count(*) FILTER (WHERE f.exchange = 'GAVE'),
                   count(*) FILTER (WHERE f.exchange = 'RECEIVED'),
                   count(*) FILTER (WHERE f.exchange = 'MUTUAL')""";
    /**
     * The (interaction, contact) pairs in {@code (?2, ?3]} whose contact is not deleted. Such a contact's last
     * interaction (the latest of its pairs, refreshed in the same transaction) is after {@code ?2} too, so the
     * check reads the covering {@code relationship_last} index over the active contacts, not every contact.
     */
    private static final String RECIPROCITY_PAIRS = """
            FROM interaction_contact l
            JOIN interaction_fact f ON f.owner_id = l.owner_id AND f.interaction_id = l.interaction_id
            WHERE {l.owner} AND l.occurred_at > ?2 AND l.occurred_at <= ?3
              AND EXISTS (SELECT 1 FROM relationship r
                          WHERE r.owner_id = l.owner_id AND r.contact_id = l.contact_id AND NOT r.deleted
                            AND r.last_interaction_at > ?2)""";
    /** Per (interaction, contact) pair, grouped by contact. */
    private static final String RECIPROCITY = Sql.of("SELECT l.contact_id," + RECIPROCITY_COUNTS + RECIPROCITY_PAIRS
            + " %s GROUP BY l.contact_id");
    /** The same pairs summed over all contacts, in the database. */
    private static final String RECIPROCITY_TOTAL = Sql.of("SELECT " + RECIPROCITY_COUNTS + RECIPROCITY_PAIRS);
    /** The contacts I owe ({@link Reciprocity#youOwe}), chosen in the database rather than from every contact's counts. */
    private static final String YOU_OWE = Sql.of("SELECT l.contact_id," + RECIPROCITY_COUNTS + RECIPROCITY_PAIRS + """
             GROUP BY l.contact_id
            HAVING count(*) FILTER (WHERE f.exchange = 'RECEIVED') >= ?4
               AND count(*) FILTER (WHERE f.exchange IN ('GAVE', 'MUTUAL')) = 0""");

    /** What an interaction applied last: its version, and unless deleted, its contacts and the share each got. */
    public record AppliedFact(long version, boolean deleted, List<UUID> contactIds, double weightShare, Instant occurredAt) {
    }

    /** One owner's interaction. */
    public record InteractionKey(String ownerId, UUID interactionId) {
    }

    /** An interaction as applied now, each contact getting {@code share}; {@code now} null means deleted. */
    public record FactWrite(long version, InteractionSnapshot now, double share) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** The interactions' facts, locked, in one statement; an interaction none was applied for yet is left out. */
    @SuppressWarnings("unchecked")
    public Map<InteractionKey, AppliedFact> lockApplied(Collection<InteractionKey> keys) {
        Map<InteractionKey, AppliedFact> applied = new HashMap<>();
        if (keys.isEmpty()) {
            return applied;
        }
        ArrayNode rows = json.createArrayNode();
        keys.forEach(key -> keyRow(rows, key));
        List<Object[]> facts = entityManager.createNativeQuery(CURRENT_FACTS).setParameter(1, rows.toString())
                .getResultList();
        for (Object[] row : facts) {
            applied.put(new InteractionKey((String) row[0], (UUID) row[1]), new AppliedFact(((Number) row[2]).longValue(),
                    (Boolean) row[3], JsonText.uuids((String) row[4]), row[5] == null ? 0 : ((Number) row[5]).doubleValue(),
                    SqlTimes.instant(row[6])));
        }
        return applied;
    }

    /** Records each interaction as applied now, in one statement. */
    public void write(Map<InteractionKey, FactWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        ArrayNode rows = json.createArrayNode();
        writes.forEach((key, write) -> {
            InteractionSnapshot now = write.now();
            keyRow(rows, key).put("version", write.version())
                    .put("deleted", now == null)
                    .put("channel", now == null ? null : now.channel().name())
                    .put("initiated_by", now == null || now.initiatedBy() == null ? null : now.initiatedBy().name())
                    .put("exchange", now == null || now.exchange() == null ? null : now.exchange().name())
                    .put("occurred_at", now == null ? null : now.occurredAt().toString())
                    .put("weight_share", write.share())
                    .put("contact_count", now == null ? null : now.contactIds().size());
        });
        entityManager.createNativeQuery(WRITE_FACTS).setParameter(1, rows.toString()).executeUpdate();
    }

    public void unlink(String ownerId, UUID interactionId) {
        entityManager.createNativeQuery(UNLINK).setParameter(1, ownerId).setParameter(2, interactionId).executeUpdate();
    }

    /** Links the interaction to the named contacts but erased ones; answers the contacts it linked. */
    @SuppressWarnings("unchecked")
    public List<UUID> link(String ownerId, UUID interactionId, Instant occurredAt, List<UUID> contactIds) {
        // untyped: a result class makes Hibernate cache a new plan for each execution (one hash bucket, scanned)
        return entityManager.createNativeQuery(LINK).setParameter(1, ownerId).setParameter(2, interactionId)
                .setParameter(3, occurredAt).setParameter(4, SqlArrays.json(contactIds)).getResultList();
    }

    public void addTerms(String ownerId, List<UUID> contactIds, double mass) {
        terms(ADD_TERMS, ownerId, contactIds, mass);
    }

    public void subtractTerms(String ownerId, List<UUID> contactIds, double mass) {
        terms(SUBTRACT_TERMS, ownerId, contactIds, mass);
    }

    /** Interactions per channel that occurred in {@code (from, to]} and still name a contact. */
    @SuppressWarnings("unchecked")
    public Map<String, Integer> channelMix(String ownerId, Instant from, Instant to) {
        List<Object[]> rows = entityManager.createNativeQuery(CHANNEL_MIX).setParameter(1, ownerId)
                .setParameter(2, from).setParameter(3, to).getResultList();
        Map<String, Integer> mix = new LinkedHashMap<>();
        rows.forEach(row -> mix.put((String) row[0], ((Number) row[1]).intValue()));
        return mix;
    }

    /** Who initiated and what was exchanged in {@code (from, to]}, per contact, for the given contacts only. */
    public Map<UUID, Reciprocity> reciprocity(String ownerId, Instant from, Instant to, Collection<UUID> contactIds) {
        return reciprocity(ownerId, from, to, "AND l.contact_id = ANY(" + SqlArrays.uuids(4) + ")",
                SqlArrays.json(contactIds));
    }

    /** The counts in {@code (from, to]} summed over all of the owner's contacts. */
    public Reciprocity reciprocityTotal(String ownerId, Instant from, Instant to) {
        Object[] row = (Object[]) entityManager.createNativeQuery(RECIPROCITY_TOTAL).setParameter(1, ownerId)
                .setParameter(2, from).setParameter(3, to).getSingleResult();
        return new Reciprocity(Sql.count(row[0]), Sql.count(row[1]), Sql.count(row[2]), Sql.count(row[3]),
                Sql.count(row[4]));
    }

    /** Per contact, the counts in {@code (from, to]} of the contacts I owe, with at least {@code minimum} received. */
    public Map<UUID, Reciprocity> youOwe(String ownerId, Instant from, Instant to, int minimum) {
        return perContact(entityManager.createNativeQuery(YOU_OWE).setParameter(4, minimum), ownerId, from, to);
    }

    private Map<UUID, Reciprocity> reciprocity(String ownerId, Instant from, Instant to, String filter, String contactIds) {
        return perContact(entityManager.createNativeQuery(RECIPROCITY.formatted(filter)).setParameter(4, contactIds),
                ownerId, from, to);
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Reciprocity> perContact(Query query, String ownerId, Instant from,
            Instant to) {
        Map<UUID, Reciprocity> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.setParameter(1, ownerId).setParameter(2, from).setParameter(3, to)
                .getResultList()) {
            counts.put((UUID) row[0], new Reciprocity(Sql.count(row[1]), Sql.count(row[2]), Sql.count(row[3]),
                    Sql.count(row[4]), Sql.count(row[5])));
        }
        return counts;
    }

    private static ObjectNode keyRow(ArrayNode rows, InteractionKey key) {
        return rows.addObject().put("owner_id", key.ownerId()).put("interaction_id", key.interactionId().toString());
    }

    private void terms(String sql, String ownerId, List<UUID> contactIds, double mass) {
        entityManager.createNativeQuery(sql).setParameter(1, ownerId).setParameter(2, SqlArrays.json(contactIds))
                .setParameter(3, mass).executeUpdate();
    }
}

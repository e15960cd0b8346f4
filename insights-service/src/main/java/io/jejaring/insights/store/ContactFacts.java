package io.jejaring.insights.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jejaring.events.ContactSnapshot;

/**
 * The contact projection's writes, each one statement for many rows, passed as one JSON parameter. Every write is
 * guarded by the aggregate's version inside the statement, so a duplicate or late event changes nothing; a
 * tombstone outranks every earlier event. Each statement takes at most one row per key: callers keep the highest
 * version of each, which is what applying them one by one would have left.
 */
@ApplicationScoped
public class ContactFacts {

    private static final String UPSERT = """
            INSERT INTO relationship (owner_id, contact_id, version, cadence_days, keep_in_touch, communities, culture,
                                      age_band, introduced_by, created_at)
            SELECT c.owner_id, c.contact_id, c.version, c.cadence_days, c.keep_in_touch,
                   ARRAY(SELECT jsonb_array_elements_text(c.communities))::varchar[], c.culture, c.age_band,
                   c.introduced_by, c.created_at
            FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS c(owner_id text, contact_id uuid, version bigint,
                cadence_days integer, keep_in_touch boolean, communities jsonb, culture text, age_band text,
                introduced_by uuid, created_at timestamptz)
            ORDER BY c.owner_id, c.contact_id
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET
                version = EXCLUDED.version, cadence_days = EXCLUDED.cadence_days,
                keep_in_touch = EXCLUDED.keep_in_touch, communities = EXCLUDED.communities,
                culture = EXCLUDED.culture, age_band = EXCLUDED.age_band, introduced_by = EXCLUDED.introduced_by,
                created_at = EXCLUDED.created_at
            WHERE relationship.version < EXCLUDED.version AND NOT relationship.deleted
            RETURNING owner_id, contact_id""";
    private static final String KEYS = "jsonb_to_recordset(CAST(?1 AS jsonb)) AS k(owner_id text, contact_id uuid)";
    private static final String TOMBSTONE = """
            INSERT INTO relationship (owner_id, contact_id, version, deleted, keep_in_touch)
            SELECT t.owner_id, t.contact_id, t.version, true, false
            FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS t(owner_id text, contact_id uuid, version bigint)
            ORDER BY t.owner_id, t.contact_id
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET
                version = EXCLUDED.version, deleted = true, keep_in_touch = false, cadence_days = NULL,
                communities = '{}', culture = NULL, age_band = NULL, introduced_by = NULL, created_at = NULL,
                last_interaction_at = NULL, due_at = NULL, fading_at = NULL, strength_mass = 0, strength_terms = 0,
                notified_due_at = NULL, one_sided = false
            WHERE relationship.version < EXCLUDED.version
            RETURNING owner_id, contact_id""";
    private static final List<String> ERASE = List.of(
            "DELETE FROM interaction_contact l USING " + KEYS
                    + " WHERE l.owner_id = k.owner_id AND l.contact_id = k.contact_id",
            "DELETE FROM commitment_fact c USING " + KEYS
                    + " WHERE c.owner_id = k.owner_id AND c.contact_id = k.contact_id",
            "DELETE FROM connection_edge e USING " + KEYS
                    + " WHERE e.owner_id = k.owner_id AND (e.contact_a = k.contact_id OR e.contact_b = k.contact_id)",
            "UPDATE relationship r SET introduced_by = NULL FROM " + KEYS
                    + " WHERE r.owner_id = k.owner_id AND r.introduced_by = k.contact_id");
    private static final String EDGE = """
            INSERT INTO connection_edge (owner_id, contact_a, contact_b, version, removed)
            SELECT e.owner_id, e.contact_a, e.contact_b, e.version, e.removed
            FROM jsonb_to_recordset(CAST(?1 AS jsonb))
                AS e(owner_id text, contact_a uuid, contact_b uuid, version bigint, removed boolean)
            ON CONFLICT (owner_id, contact_a, contact_b) DO UPDATE SET version = EXCLUDED.version, removed = EXCLUDED.removed
            WHERE connection_edge.version < EXCLUDED.version""";

    /** A connection between two contacts, {@code contactA} the lesser id as text. */
    public record Edge(String ownerId, UUID contactA, UUID contactB) {
    }

    /** A connection's state at a version. */
    public record EdgeState(long version, boolean removed) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /**
     * Writes each contact unless a later version or a tombstone is there, one contact per key; answers the keys
     * whose rows it changed.
     */
    public List<Relationship.Key> upsert(Map<Relationship.Key, ContactSnapshot> contacts) {
        ArrayNode rows = json.createArrayNode();
        contacts.forEach((key, contact) -> {
            ObjectNode row = keyRow(rows, key).put("version", contact.version())
                    .put("cadence_days", contact.cadenceDays())
                    .put("keep_in_touch", contact.keepInTouch())
                    .put("culture", contact.culture())
                    .put("age_band", contact.ageBand())
                    .put("introduced_by", contact.introducedBy() == null ? null : contact.introducedBy().toString())
                    .put("created_at", contact.createdAt().toString());
            ArrayNode communities = row.putArray("communities");
            if (contact.communities() != null) {
                contact.communities().forEach(communities::add);
            }
        });
        return changedKeys(UPSERT, rows);
    }

    /**
     * Leaves a tombstone at each key's version unless a later one is there; where it did, erases the contact from
     * the interaction and commitment facts, the connections, and the relationships it introduced.
     */
    public void tombstone(Map<Relationship.Key, Long> versions) {
        ArrayNode rows = json.createArrayNode();
        versions.forEach((key, version) -> keyRow(rows, key).put("version", version));
        List<Relationship.Key> changed = changedKeys(TOMBSTONE, rows);
        if (!changed.isEmpty()) {
            ArrayNode keys = json.createArrayNode();
            changed.forEach(key -> keyRow(keys, key));
            String erased = keys.toString();
            ERASE.forEach(sql -> entityManager.createNativeQuery(sql).setParameter(1, erased).executeUpdate());
        }
    }

    /** Writes each connection at its version, unless a later one is there. */
    public void connections(Map<Edge, EdgeState> edges) {
        ArrayNode rows = json.createArrayNode();
        edges.forEach((edge, state) -> rows.addObject().put("owner_id", edge.ownerId())
                .put("contact_a", edge.contactA().toString()).put("contact_b", edge.contactB().toString())
                .put("version", state.version()).put("removed", state.removed()));
        entityManager.createNativeQuery(EDGE).setParameter(1, rows.toString()).executeUpdate();
    }

    private static ObjectNode keyRow(ArrayNode rows, Relationship.Key key) {
        return rows.addObject().put("owner_id", key.ownerId()).put("contact_id", key.contactId().toString());
    }

    @SuppressWarnings("unchecked")
    private List<Relationship.Key> changedKeys(String sql, ArrayNode rows) {
        List<Object[]> changed = entityManager.createNativeQuery(sql).setParameter(1, rows.toString()).getResultList();
        return changed.stream().map(row -> new Relationship.Key((String) row[0], (UUID) row[1])).toList();
    }
}

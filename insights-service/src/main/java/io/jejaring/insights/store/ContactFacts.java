package io.jejaring.insights.store;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.jejaring.events.ContactSnapshot;

/**
 * The contact projection's writes. Every write is guarded by the aggregate's version, so a duplicate or late
 * event changes nothing; a tombstone outranks every earlier event.
 */
@ApplicationScoped
public class ContactFacts {

    private static final String UPSERT = """
            INSERT INTO relationship (owner_id, contact_id, version, cadence_days, keep_in_touch, communities, culture,
                                      age_band, introduced_by, created_at)
            VALUES (?1, ?2, ?3, ?4, ?5, %s, ?7, ?8, ?9, ?10)
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET
                version = EXCLUDED.version, cadence_days = EXCLUDED.cadence_days,
                keep_in_touch = EXCLUDED.keep_in_touch, communities = EXCLUDED.communities,
                culture = EXCLUDED.culture, age_band = EXCLUDED.age_band, introduced_by = EXCLUDED.introduced_by,
                created_at = EXCLUDED.created_at
            WHERE relationship.version < EXCLUDED.version AND NOT relationship.deleted""".formatted(SqlArrays.texts(6));
    private static final String TOMBSTONE = """
            INSERT INTO relationship (owner_id, contact_id, version, deleted, keep_in_touch) VALUES (?1, ?2, ?3, true, false)
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET
                version = EXCLUDED.version, deleted = true, keep_in_touch = false, cadence_days = NULL,
                communities = '{}', culture = NULL, age_band = NULL, introduced_by = NULL, created_at = NULL,
                last_interaction_at = NULL, due_at = NULL, fading_at = NULL, strength_mass = 0, strength_terms = 0,
                notified_due_at = NULL, one_sided = false
            WHERE relationship.version < EXCLUDED.version""";
    private static final List<String> ERASE = List.of(
            Sql.of("DELETE FROM interaction_contact WHERE {owner} AND contact_id = ?2"),
            Sql.of("DELETE FROM commitment_fact WHERE {owner} AND contact_id = ?2"),
            Sql.of("DELETE FROM connection_edge WHERE {owner} AND (contact_a = ?2 OR contact_b = ?2)"),
            Sql.of("UPDATE relationship SET introduced_by = NULL WHERE {owner} AND introduced_by = ?2"));
    private static final String EDGE = """
            INSERT INTO connection_edge (owner_id, contact_a, contact_b, version, removed) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (owner_id, contact_a, contact_b) DO UPDATE SET version = EXCLUDED.version, removed = EXCLUDED.removed
            WHERE connection_edge.version < EXCLUDED.version""";

    @Inject
    EntityManager entityManager;

    /** Writes the contact unless a later version or a tombstone is there; answers whether it changed the row. */
    public boolean upsert(String ownerId, ContactSnapshot contact) {
        return entityManager.createNativeQuery(UPSERT)
                .setParameter(1, ownerId)
                .setParameter(2, contact.contactId())
                .setParameter(3, contact.version())
                .setParameter(4, contact.cadenceDays())
                .setParameter(5, contact.keepInTouch())
                .setParameter(6, SqlArrays.json(contact.communities() == null ? List.of() : contact.communities()))
                .setParameter(7, contact.culture())
                .setParameter(8, contact.ageBand())
                .setParameter(9, contact.introducedBy())
                .setParameter(10, contact.createdAt())
                .executeUpdate() > 0;
    }

    /**
     * Leaves a tombstone at {@code version} unless a later one is there; if it did, erases the contact from the
     * interaction and commitment facts, the connections, and the relationships it introduced.
     */
    public void tombstone(String ownerId, UUID contactId, long version) {
        int changed = entityManager.createNativeQuery(TOMBSTONE)
                .setParameter(1, ownerId).setParameter(2, contactId).setParameter(3, version).executeUpdate();
        if (changed > 0) {
            ERASE.forEach(sql -> entityManager.createNativeQuery(sql).setParameter(1, ownerId).setParameter(2, contactId)
                    .executeUpdate());
        }
    }

    /** Writes a connection between two contacts, {@code contactA} the lesser id as text, unless a later one is there. */
    public void connection(String ownerId, UUID contactA, UUID contactB, long version, boolean removed) {
        entityManager.createNativeQuery(EDGE)
                .setParameter(1, ownerId)
                .setParameter(2, contactA)
                .setParameter(3, contactB)
                .setParameter(4, version)
                .setParameter(5, removed)
                .executeUpdate();
    }
}

package io.jejaring.insights.events;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.ConnectionChanged;
import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.ContactsMerged;
import io.jejaring.events.EventTypes;
import io.jejaring.insights.domain.PendingUpkeep;
import io.jejaring.insights.domain.RelationshipLocks;
import io.jejaring.insights.domain.SqlArrays;
import io.jejaring.plumbing.consume.IncomingEvent;
import io.jejaring.plumbing.erasure.ErasedOwners;

/**
 * Applies contact and connection events. Every write is guarded by the aggregate's version, so a duplicate or
 * late event changes nothing; a deletion or merge leaves a tombstone that outranks every earlier event, and
 * erases the contact from the interaction and commitment facts.
 */
@ApplicationScoped
public class ContactProjection {

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
            "DELETE FROM interaction_contact WHERE owner_id = ?1 AND contact_id = ?2",
            "DELETE FROM commitment_fact WHERE owner_id = ?1 AND contact_id = ?2",
            "DELETE FROM connection_edge WHERE owner_id = ?1 AND (contact_a = ?2 OR contact_b = ?2)",
            "UPDATE relationship SET introduced_by = NULL WHERE owner_id = ?1 AND introduced_by = ?2");
    private static final String FORGET_REACH = "DELETE FROM reach_snapshot WHERE owner_id = ?1";
    private static final String EDGE = """
            INSERT INTO connection_edge (owner_id, contact_a, contact_b, version, removed) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (owner_id, contact_a, contact_b) DO UPDATE SET version = EXCLUDED.version, removed = EXCLUDED.removed
            WHERE connection_edge.version < EXCLUDED.version""";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** Names the relationship rows the event will write, for the batch to lock them first, in order. */
    public void plan(IncomingEvent event, RelationshipLocks.Plan locks) {
        String owner = event.ownerId();
        switch (event.type()) {
            case EventTypes.CONTACT_CREATED, EventTypes.CONTACT_UPDATED ->
                    EventKeys.uuid(event, "contactId").ifPresent(id -> locks.contact(owner, id));
            case EventTypes.CONTACT_DELETED ->
                    EventKeys.uuid(event, "contactId").ifPresent(id -> locks.deletedContact(owner, id));
            case EventTypes.CONTACT_MERGED ->
                    EventKeys.uuid(event, "mergedContactId").ifPresent(id -> locks.deletedContact(owner, id));
            default -> {
                // connections write no relationship row
            }
        }
    }

    @Inject
    ErasedOwners erasedOwners;

    public void apply(IncomingEvent event, PendingUpkeep upkeep) {
        switch (event.type()) {
            case EventTypes.CONTACT_CREATED, EventTypes.CONTACT_UPDATED -> upsert(event, upkeep);
            case EventTypes.CONTACT_DELETED -> {
                ContactDeleted deleted = event.dataAs(ContactDeleted.class, json);
                tombstone(event.ownerId(), deleted.contactId(), deleted.version());
            }
            case EventTypes.CONTACT_MERGED -> {
                ContactsMerged merged = event.dataAs(ContactsMerged.class, json);
                tombstone(event.ownerId(), merged.mergedContactId(), merged.version());
            }
            case EventTypes.CONNECTION_ADDED, EventTypes.CONNECTION_REMOVED ->
                    edge(event, EventTypes.CONNECTION_REMOVED.equals(event.type()));
            case EventTypes.OWNER_ERASED -> ownerErased(event.ownerId());
            default -> {
                // a type from a newer producer: nothing this version projects
            }
        }
    }

    private void upsert(IncomingEvent event, PendingUpkeep upkeep) {
        ContactSnapshot contact = event.dataAs(ContactSnapshot.class, json);
        IncomingEvent.require(contact.contactId() != null && contact.version() >= 1 && contact.createdAt() != null
                && contact.cadenceDays() >= 1, "contact id, version, createdAt and cadenceDays are required");
        int changed = entityManager.createNativeQuery(UPSERT)
                .setParameter(1, event.ownerId())
                .setParameter(2, contact.contactId())
                .setParameter(3, contact.version())
                .setParameter(4, contact.cadenceDays())
                .setParameter(5, contact.keepInTouch())
                .setParameter(6, SqlArrays.json(contact.communities() == null ? List.of() : contact.communities()))
                .setParameter(7, contact.culture())
                .setParameter(8, contact.ageBand())
                .setParameter(9, contact.introducedBy())
                .setParameter(10, contact.createdAt())
                .executeUpdate();
        if (changed > 0) {
            upkeep.touch(event.ownerId(), List.of(contact.contactId()), false);
        }
    }

    private void tombstone(String ownerId, UUID contactId, long version) {
        IncomingEvent.require(contactId != null && version >= 1, "contact id and version are required");
        int changed = entityManager.createNativeQuery(TOMBSTONE)
                .setParameter(1, ownerId).setParameter(2, contactId).setParameter(3, version).executeUpdate();
        if (changed > 0) {
            ERASE.forEach(sql -> entityManager.createNativeQuery(sql).setParameter(1, ownerId).setParameter(2, contactId)
                    .executeUpdate());
        }
    }

    /**
     * The owner's contact deletions came first and left only tombstones; the daily reach snapshots are the owner's
     * last figures, so they go too. What remains is the tombstones (ids and versions) and the erasure record.
     */
    private void ownerErased(String ownerId) {
        entityManager.createNativeQuery(FORGET_REACH).setParameter(1, ownerId).executeUpdate();
        erasedOwners.record(ownerId);
    }

    private void edge(IncomingEvent event, boolean removed) {
        ConnectionChanged connection = event.dataAs(ConnectionChanged.class, json);
        IncomingEvent.require(connection.contactId() != null && connection.otherContactId() != null
                && connection.version() >= 1, "both contact ids and the version are required");
        boolean ordered = connection.contactId().toString().compareTo(connection.otherContactId().toString()) < 0;
        entityManager.createNativeQuery(EDGE)
                .setParameter(1, event.ownerId())
                .setParameter(2, ordered ? connection.contactId() : connection.otherContactId())
                .setParameter(3, ordered ? connection.otherContactId() : connection.contactId())
                .setParameter(4, connection.version())
                .setParameter(5, removed)
                .executeUpdate();
    }
}

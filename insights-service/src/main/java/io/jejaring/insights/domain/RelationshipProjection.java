package io.jejaring.insights.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventTypes;
import io.jejaring.plumbing.consume.IncomingEvent;

/**
 * Applies contact events to {@code relationship}. Every write is guarded by the aggregate version, so a
 * duplicate or late event changes nothing, and a deletion leaves a tombstone that outranks earlier updates.
 */
@ApplicationScoped
public class RelationshipProjection {

    private static final String UPSERT = """
            INSERT INTO relationship (owner_id, contact_id, version, deleted, cadence_days, keep_in_touch, created_at, due_at)
            VALUES (?1, ?2, ?3, false, ?4, ?5, ?6, CAST(?6 AS timestamptz) + make_interval(days => CAST(?4 AS integer)))
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET
                version = EXCLUDED.version,
                cadence_days = EXCLUDED.cadence_days,
                keep_in_touch = EXCLUDED.keep_in_touch,
                created_at = EXCLUDED.created_at,
                due_at = coalesce(relationship.last_interaction_at, EXCLUDED.created_at)
                         + make_interval(days => EXCLUDED.cadence_days)
            WHERE relationship.version < EXCLUDED.version""";
    private static final String TOMBSTONE = """
            INSERT INTO relationship (owner_id, contact_id, version, deleted, keep_in_touch)
            VALUES (?1, ?2, ?3, true, false)
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET
                version = EXCLUDED.version, deleted = true, keep_in_touch = false, cadence_days = NULL,
                created_at = NULL, last_interaction_at = NULL, due_at = NULL
            WHERE relationship.version < EXCLUDED.version""";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.CONTACT_CREATED, EventTypes.CONTACT_UPDATED -> upsert(event);
            case EventTypes.CONTACT_DELETED -> tombstone(event);
            default -> {
                // merges and connections are projected by later versions; unknown types are skipped
            }
        }
    }

    private void upsert(IncomingEvent event) {
        ContactSnapshot contact = event.dataAs(ContactSnapshot.class, json);
        IncomingEvent.require(contact.contactId() != null && contact.version() >= 1 && contact.createdAt() != null
                && contact.cadenceDays() >= 1, "contact id, version, createdAt and cadenceDays are required");
        entityManager.createNativeQuery(UPSERT)
                .setParameter(1, event.ownerId())
                .setParameter(2, contact.contactId())
                .setParameter(3, contact.version())
                .setParameter(4, contact.cadenceDays())
                .setParameter(5, contact.keepInTouch())
                .setParameter(6, contact.createdAt())
                .executeUpdate();
    }

    private void tombstone(IncomingEvent event) {
        ContactDeleted deleted = event.dataAs(ContactDeleted.class, json);
        IncomingEvent.require(deleted.contactId() != null && deleted.version() >= 1, "contact id and version are required");
        entityManager.createNativeQuery(TOMBSTONE)
                .setParameter(1, event.ownerId())
                .setParameter(2, deleted.contactId())
                .setParameter(3, deleted.version())
                .executeUpdate();
    }
}

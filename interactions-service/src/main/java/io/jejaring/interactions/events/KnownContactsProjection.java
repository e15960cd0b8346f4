package io.jejaring.interactions.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.ContactsMerged;
import io.jejaring.events.EventTypes;
import io.jejaring.interactions.domain.ContactFollower;
import io.jejaring.plumbing.consume.EventBatchProcessor;
import io.jejaring.plumbing.consume.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps {@code known_contact} in step with {@code jejaring.contacts.v1}, version-guarded and idempotent, and
 * carries deletions and merges on to interactions and commitments.
 */
@ApplicationScoped
public class KnownContactsProjection {

    private static final String UPSERT = """
            INSERT INTO known_contact (owner_id, contact_id, version, deleted) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET version = EXCLUDED.version, deleted = EXCLUDED.deleted
            WHERE known_contact.version < EXCLUDED.version""";

    @Inject
    EventBatchProcessor processor;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    ContactFollower follower;

    @Incoming("contacts")
    @Blocking
    public void consume(ConsumerRecords<String, String> batch) {
        processor.process(batch, this::apply);
    }

    void apply(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.CONTACT_CREATED, EventTypes.CONTACT_UPDATED -> {
                ContactSnapshot contact = event.dataAs(ContactSnapshot.class, json);
                upsert(event.ownerId(), contact.contactId(), contact.version(), false);
            }
            case EventTypes.CONTACT_DELETED -> {
                ContactDeleted deleted = event.dataAs(ContactDeleted.class, json);
                if (upsert(event.ownerId(), deleted.contactId(), deleted.version(), true)) {
                    follower.contactDeleted(event.ownerId(), deleted.contactId());
                }
            }
            case EventTypes.CONTACT_MERGED -> {
                ContactsMerged merged = event.dataAs(ContactsMerged.class, json);
                IncomingEvent.require(merged.keptContactId() != null, "keptContactId is required");
                if (upsert(event.ownerId(), merged.mergedContactId(), merged.version(), true)) {
                    follower.contactsMerged(event.ownerId(), merged.keptContactId(), merged.mergedContactId());
                }
            }
            case EventTypes.OWNER_ERASED -> follower.ownerErased(event.ownerId());
            default -> {
                // connections don't change which contacts exist
            }
        }
    }

    /** Answers whether the event was newer than what this service knew, and so changed something. */
    private boolean upsert(String ownerId, UUID contactId, long version, boolean deleted) {
        IncomingEvent.require(contactId != null && version >= 1, "contact id and version are required");
        return entityManager.createNativeQuery(UPSERT)
                .setParameter(1, ownerId)
                .setParameter(2, contactId)
                .setParameter(3, version)
                .setParameter(4, deleted)
                .executeUpdate() == 1;
    }
}

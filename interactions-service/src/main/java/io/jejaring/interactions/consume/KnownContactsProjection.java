package io.jejaring.interactions.consume;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
 * Reads {@code jejaring.contacts.v1} and hands each contact event to the {@link ContactFollower}, which keeps
 * {@code known_contact} in step and carries deletions and merges on to interactions and commitments.
 */
@ApplicationScoped
public class KnownContactsProjection {

    @Inject
    EventBatchProcessor processor;

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
                requireContact(contact.contactId(), contact.version());
                follower.contactChanged(event.ownerId(), contact.contactId(), contact.version());
            }
            case EventTypes.CONTACT_DELETED -> {
                ContactDeleted deleted = event.dataAs(ContactDeleted.class, json);
                requireContact(deleted.contactId(), deleted.version());
                follower.contactDeleted(event.ownerId(), deleted.contactId(), deleted.version());
            }
            case EventTypes.CONTACT_MERGED -> {
                ContactsMerged merged = event.dataAs(ContactsMerged.class, json);
                IncomingEvent.require(merged.keptContactId() != null, "keptContactId is required");
                requireContact(merged.mergedContactId(), merged.version());
                follower.contactsMerged(event.ownerId(), merged.keptContactId(), merged.mergedContactId(), merged.version());
            }
            case EventTypes.OWNER_ERASED -> follower.ownerErased(event.ownerId());
            default -> {
                // connections don't change which contacts exist
            }
        }
    }

    private static void requireContact(UUID contactId, long version) {
        IncomingEvent.require(contactId != null && version >= 1, "contact id and version are required");
    }
}

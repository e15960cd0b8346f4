package io.jejaring.insights.consume;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.ConnectionChanged;
import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.ContactsMerged;
import io.jejaring.events.EventTypes;
import io.jejaring.insights.domain.ContactProjection;
import io.jejaring.insights.domain.PendingUpkeep;
import io.jejaring.insights.domain.RelationshipLocks;
import io.jejaring.plumbing.consume.IncomingEvent;

/**
 * Turns contact and connection records into {@link ContactProjection} calls. A record missing what it needs is
 * rejected as poison.
 */
@ApplicationScoped
public class ContactRecords {

    @Inject
    ContactProjection projection;

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

    /** Applies a batch's events in order, set-based ({@link ContactProjection.Batch}). */
    public void applyAll(List<IncomingEvent> events, PendingUpkeep upkeep) {
        ContactProjection.Batch batch = projection.batch(upkeep);
        events.forEach(event -> read(event, batch));
        batch.apply();
    }

    private void read(IncomingEvent event, ContactProjection.Batch batch) {
        switch (event.type()) {
            case EventTypes.CONTACT_CREATED, EventTypes.CONTACT_UPDATED -> {
                ContactSnapshot contact = event.dataAs(ContactSnapshot.class, json);
                IncomingEvent.require(contact.contactId() != null && contact.version() >= 1 && contact.createdAt() != null
                        && contact.cadenceDays() >= 1, "contact id, version, createdAt and cadenceDays are required");
                batch.contact(event.ownerId(), contact);
            }
            case EventTypes.CONTACT_DELETED -> {
                ContactDeleted deleted = event.dataAs(ContactDeleted.class, json);
                deleted(batch, event, deleted.contactId(), deleted.version());
            }
            case EventTypes.CONTACT_MERGED -> {
                ContactsMerged merged = event.dataAs(ContactsMerged.class, json);
                deleted(batch, event, merged.mergedContactId(), merged.version());
            }
            case EventTypes.CONNECTION_ADDED, EventTypes.CONNECTION_REMOVED -> {
                ConnectionChanged connection = event.dataAs(ConnectionChanged.class, json);
                IncomingEvent.require(connection.contactId() != null && connection.otherContactId() != null
                        && connection.version() >= 1, "both contact ids and the version are required");
                batch.connection(event.ownerId(), connection.contactId(), connection.otherContactId(),
                        connection.version(), EventTypes.CONNECTION_REMOVED.equals(event.type()));
            }
            case EventTypes.OWNER_ERASED -> batch.ownerErased(event.ownerId());
            default -> {
                // a type from a newer producer: nothing this version projects
            }
        }
    }

    private static void deleted(ContactProjection.Batch batch, IncomingEvent event, UUID contactId, long version) {
        IncomingEvent.require(contactId != null && version >= 1, "contact id and version are required");
        batch.deleted(event.ownerId(), contactId, version);
    }
}

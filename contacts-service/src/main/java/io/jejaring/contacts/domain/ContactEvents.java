package io.jejaring.contacts.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.contacts.store.Connection;
import io.jejaring.contacts.store.Contact;
import io.jejaring.events.ConnectionChanged;
import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.ContactsMerged;
import io.jejaring.events.EventTypes;
import io.jejaring.events.OwnerErased;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.outbox.Outbox;

/**
 * Writes contact events to the outbox. They carry ids, enums and the owner's coarse labels (communities,
 * culture, age band), never names, addresses, notes or the birth year.
 */
@ApplicationScoped
public class ContactEvents {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public void created(Contact contact) {
        outbox.append(Topics.CONTACTS, EventTypes.CONTACT_CREATED, contact.ownerId, contact.id, snapshot(contact));
    }

    public void updated(Contact contact) {
        outbox.append(Topics.CONTACTS, EventTypes.CONTACT_UPDATED, contact.ownerId, contact.id, snapshot(contact));
    }

    /** A deletion is the contact's next version, so it outranks every earlier event. */
    public void deleted(Contact contact) {
        outbox.append(Topics.CONTACTS, EventTypes.CONTACT_DELETED, contact.ownerId, contact.id,
                new ContactDeleted(contact.id, contact.ownerId, contact.version + 1));
    }

    /** Follows the owner's contact deletions, so every consumer can erase what else it holds of the owner. */
    public void ownerErased(String ownerId) {
        outbox.append(Topics.CONTACTS, EventTypes.OWNER_ERASED, ownerId, ownerId, new OwnerErased(ownerId, Instant.now(clock)));
    }

    /** The contact kept by a merge is the one that remains; the merged one ends at its next version. */
    public void merged(Contact kept, Contact merged) {
        outbox.append(Topics.CONTACTS, EventTypes.CONTACT_MERGED, kept.ownerId, kept.id,
                new ContactsMerged(kept.ownerId, kept.id, merged.id, merged.version + 1));
    }

    public void connectionAdded(Connection connection, UUID fromContactId) {
        connection(EventTypes.CONNECTION_ADDED, connection, fromContactId);
    }

    public void connectionRemoved(Connection connection, UUID fromContactId) {
        connection(EventTypes.CONNECTION_REMOVED, connection, fromContactId);
    }

    private void connection(String type, Connection connection, UUID fromContactId) {
        outbox.append(Topics.CONTACTS, type, connection.ownerId, fromContactId, new ConnectionChanged(connection.ownerId,
                fromContactId, connection.otherThan(fromContactId), connection.kind, connection.version));
    }

    private ContactSnapshot snapshot(Contact contact) {
        return new ContactSnapshot(contact.id, contact.ownerId, contact.version, contact.tier,
                contact.effectiveCadenceDays(), contact.keepInTouch, contact.communities, contact.culture,
                AgeBand.of(contact.birthYear, LocalDate.now(clock).getYear()), contact.introducedBy,
                contact.sincerity, contact.createdAt);
    }
}

package io.jejaring.contacts.events;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.contacts.domain.AgeBand;
import io.jejaring.contacts.domain.Contact;
import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventTypes;
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

    private ContactSnapshot snapshot(Contact contact) {
        return new ContactSnapshot(contact.id, contact.ownerId, contact.version, contact.tier,
                contact.effectiveCadenceDays(), contact.keepInTouch, contact.communities, contact.culture,
                AgeBand.of(contact.birthYear, LocalDate.now(clock).getYear()), contact.introducedBy,
                contact.sincerity, contact.createdAt);
    }
}

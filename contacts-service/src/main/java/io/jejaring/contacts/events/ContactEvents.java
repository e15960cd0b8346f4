package io.jejaring.contacts.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.contacts.domain.Contact;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.outbox.Outbox;

/** Writes contact events to the outbox. They carry ids, enums and coarse labels, never names or details. */
@ApplicationScoped
public class ContactEvents {

    @Inject
    Outbox outbox;

    public void created(Contact contact) {
        outbox.append(Topics.CONTACTS, EventTypes.CONTACT_CREATED, contact.ownerId, contact.id, snapshot(contact));
    }

    static ContactSnapshot snapshot(Contact contact) {
        return new ContactSnapshot(contact.id, contact.ownerId, contact.version, contact.tier,
                contact.effectiveCadenceDays(), true, List.of(), null, null, null, Sincerity.UNSURE, contact.createdAt);
    }
}

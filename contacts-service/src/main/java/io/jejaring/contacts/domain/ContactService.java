package io.jejaring.contacts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.contacts.events.ContactEvents;
import io.jejaring.events.Tier;

/** Contact writes: each change and its event commit together. */
@ApplicationScoped
@Transactional
public class ContactService {

    @Inject
    Clock clock;

    @Inject
    ContactEvents events;

    public Contact create(String ownerId, String displayName, Tier tier, Integer cadenceDays) {
        Instant now = Instant.now(clock);
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.ownerId = ownerId;
        contact.displayName = displayName;
        contact.tier = tier == null ? Tier.ACQUAINTANCE : tier;
        contact.cadenceDays = cadenceDays;
        contact.version = 1;
        contact.createdAt = now;
        contact.updatedAt = now;
        contact.persist();
        events.created(contact);
        return contact;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Contact> find(String ownerId, UUID id) {
        return Contact.findOwned(ownerId, id);
    }
}

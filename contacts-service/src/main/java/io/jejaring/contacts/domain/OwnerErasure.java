package io.jejaring.contacts.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.contacts.store.Contact;
import io.jejaring.plumbing.erasure.ErasedOwners;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Erases all of an owner's contacts. Each deletion publishes {@code contact.deleted}, from which the other
 * services erase that contact's interactions, commitments and insights; then {@code owner.erased} tells them to
 * erase what else they hold of the owner. The owner's profile goes too; what remains here is the erasure record.
 */
@ApplicationScoped
public class OwnerErasure {

    private static final int BATCH = 500;

    @Inject
    ContactEvents events;

    @Inject
    ErasedOwners erasedOwners;

    @Inject
    ProfileService profiles;

    public void eraseEverything(String ownerId) {
        while (QuarkusTransaction.requiringNew().call(() -> eraseBatch(ownerId)) == BATCH) {
            // one transaction per batch keeps each short, however large the network
        }
        QuarkusTransaction.requiringNew().run(() -> {
            profiles.erase(ownerId);
            events.ownerErased(ownerId);
            erasedOwners.record(ownerId);
        });
    }

    private int eraseBatch(String ownerId) {
        List<Contact> batch = Contact.someOf(ownerId, BATCH);
        for (Contact contact : batch) {
            contact.delete();
            events.deleted(contact);
        }
        return batch.size();
    }
}

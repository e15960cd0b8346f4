package io.jejaring.insights.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.insights.store.RelationshipStore;

/**
 * Locks, before a batch writes anything, every relationship row it will write, in {@code (owner_id, contact_id)}
 * order. Every writer then takes its relationship rows in the same order, and the owner's outbox sequence row
 * only after them (see {@code Outbox}), so the consumers and the overdue scan do not deadlock each other.
 * <p>
 * A row that does not exist yet is inserted as a placeholder (version 0), which the events fill in; so new rows
 * are ordered too. Each event that names a row would have created it anyway, except a stale interaction edit
 * naming a contact the projection never saw, which leaves an empty placeholder: every read skips version 0.
 */
@ApplicationScoped
public class RelationshipLocks {

    @Inject
    RelationshipStore relationships;

    public Plan plan() {
        return new Plan();
    }

    /** The rows one batch will write, named by its events. */
    public final class Plan {

        private final List<List<String>> contacts = new ArrayList<>();
        private final List<List<String>> interactions = new ArrayList<>();
        private final List<List<String>> deletedContacts = new ArrayList<>();

        /** The event writes this contact's relationship. */
        public void contact(String ownerId, UUID contactId) {
            contacts.add(List.of(ownerId, contactId.toString()));
        }

        /** The event erases this contact: its row, and the rows of the contacts it introduced. */
        public void deletedContact(String ownerId, UUID contactId) {
            contact(ownerId, contactId);
            deletedContacts.add(List.of(ownerId, contactId.toString()));
        }

        /** The event replaces this interaction: the contacts it names now, and those it named before. */
        public void interaction(String ownerId, UUID interactionId, Collection<UUID> contactIds) {
            contactIds.forEach(contactId -> contact(ownerId, contactId));
            interactions.add(List.of(ownerId, interactionId.toString()));
        }

        /** Takes the locks, in the caller's transaction. */
        public void lock() {
            if (contacts.isEmpty() && interactions.isEmpty()) {
                return;
            }
            relationships.lock(contacts, interactions, deletedContacts);
        }
    }
}

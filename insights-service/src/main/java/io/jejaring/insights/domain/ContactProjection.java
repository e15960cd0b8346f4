package io.jejaring.insights.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jejaring.events.ContactSnapshot;
import io.jejaring.insights.store.ContactFacts;
import io.jejaring.insights.store.ReachSnapshotStore;
import io.jejaring.plumbing.erasure.ErasedOwners;

/**
 * Applies what contacts-service says of contacts and connections. Every write is guarded by the aggregate's
 * version, so a duplicate or late event changes nothing; a deletion or merge leaves a tombstone that outranks
 * every earlier event, and erases the contact from the interaction and commitment facts.
 */
@ApplicationScoped
public class ContactProjection {

    @Inject
    ContactFacts facts;

    @Inject
    ReachSnapshotStore snapshots;

    @Inject
    ErasedOwners erasedOwners;

    /** A contact created or updated: its relationship is brought up to date with the batch, if it changed. */
    public void contact(String ownerId, ContactSnapshot contact, PendingUpkeep upkeep) {
        if (facts.upsert(ownerId, contact)) {
            upkeep.touch(ownerId, List.of(contact.contactId()), false);
        }
    }

    /** A contact deleted, or merged into another: a tombstone at {@code version}. */
    public void deleted(String ownerId, UUID contactId, long version) {
        facts.tombstone(ownerId, contactId, version);
    }

    /** A connection added or removed; stored once per pair, the lesser id (as text) first. */
    public void connection(String ownerId, UUID contactId, UUID otherContactId, long version, boolean removed) {
        boolean ordered = contactId.toString().compareTo(otherContactId.toString()) < 0;
        facts.connection(ownerId, ordered ? contactId : otherContactId, ordered ? otherContactId : contactId, version,
                removed);
    }

    /**
     * The owner's contact deletions came first and left only tombstones; the daily reach snapshots are the owner's
     * last figures, so they go too. What remains is the tombstones (ids and versions) and the erasure record.
     */
    public void ownerErased(String ownerId) {
        snapshots.forget(ownerId);
        erasedOwners.record(ownerId);
    }
}

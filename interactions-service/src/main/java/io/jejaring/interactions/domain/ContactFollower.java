package io.jejaring.interactions.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.interactions.store.CaptureSources;
import io.jejaring.interactions.store.Commitment;
import io.jejaring.interactions.store.Commitments;
import io.jejaring.interactions.store.Interaction;
import io.jejaring.interactions.store.Interactions;
import io.jejaring.interactions.store.KnownContacts;
import io.jejaring.plumbing.erasure.ErasedOwners;

/**
 * Keeps {@code known_contact} in step with the contact events, version-guarded and idempotent, and follows
 * deletions and merges into interactions and commitments. A deleted contact leaves every interaction (one left
 * with nobody is deleted) and its commitments are erased; a merged contact's interactions and commitments move to
 * the contact that was kept. An erased owner leaves nothing but {@code known_contact} tombstones (ids and
 * versions) and the erasure record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContactFollower {

    @Inject
    KnownContacts known;

    @Inject
    Interactions interactionRows;

    @Inject
    Commitments commitmentRows;

    @Inject
    InteractionService interactions;

    @Inject
    CommitmentService commitments;

    @Inject
    InteractionEvents events;

    @Inject
    ErasedOwners erasedOwners;

    @Inject
    CaptureSources captureSources;

    /** A contact created or updated: it is live, as of this version. */
    public void contactChanged(String ownerId, UUID contactId, long version) {
        known.upsert(ownerId, contactId, version, false);
    }

    /** A contact deleted; followed only when this event is newer than what this service knew. */
    public void contactDeleted(String ownerId, UUID contactId, long version) {
        if (!known.upsert(ownerId, contactId, version, true)) {
            return;
        }
        // every row lock before the first event, which takes the owner's outbox sequence row (see Outbox)
        commitmentRows.deleteWithContact(ownerId, contactId);
        for (Interaction interaction : interactionRows.withContactForUpdate(ownerId, contactId)) {
            interaction.contactIds.remove(contactId);
            if (interaction.contactIds.isEmpty()) {
                interactionRows.delete(interaction);
                events.deleted(interaction);
            } else {
                interaction.contactIds = new ArrayList<>(interaction.contactIds);
                interactions.recordChange(interaction);
            }
        }
    }

    /**
     * The owner's contact deletions, which came first, have already erased every interaction and commitment;
     * this takes whatever one made in the meantime left (anything that names no live contact), and records the
     * erasure. What an owner who came back has made since stays.
     */
    public void ownerErased(String ownerId) {
        commitmentRows.withNoLiveContact(ownerId).forEach(commitmentRows::delete);
        for (Interaction interaction : interactionRows.withNoLiveContactForUpdate(ownerId)) {
            interactionRows.delete(interaction);
            events.deleted(interaction);
        }
        captureSources.forget(ownerId);
        erasedOwners.record(ownerId);
    }

    /** The merged contact is gone as of this version; followed only when this event is newer than what was known. */
    public void contactsMerged(String ownerId, UUID keptId, UUID mergedId, long version) {
        if (!known.upsert(ownerId, mergedId, version, true)) {
            return;
        }
        // every row lock before the first event, which takes the owner's outbox sequence row (see Outbox)
        List<Interaction> moved = interactionRows.withContactForUpdate(ownerId, mergedId);
        List<Commitment> movedCommitments = commitmentRows.withContactForUpdate(ownerId, mergedId);
        for (Interaction interaction : moved) {
            LinkedHashSet<UUID> contactIds = new LinkedHashSet<>();
            interaction.contactIds.forEach(id -> contactIds.add(id.equals(mergedId) ? keptId : id));
            interaction.contactIds = new ArrayList<>(contactIds);
            interactions.recordChange(interaction);
        }
        for (Commitment commitment : movedCommitments) {
            commitment.contactId = keptId;
            commitments.recordChange(commitment);
        }
    }
}

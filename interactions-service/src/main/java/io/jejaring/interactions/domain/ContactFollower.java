package io.jejaring.interactions.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.interactions.events.InteractionEvents;
import io.jejaring.plumbing.erasure.ErasedOwners;

/**
 * Follows contact deletions and merges into interactions and commitments. A deleted contact leaves every
 * interaction (one left with nobody is deleted) and its commitments are erased; a merged contact's
 * interactions and commitments move to the contact that was kept. An erased owner leaves nothing but
 * {@code known_contact} tombstones (ids and versions) and the erasure record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContactFollower {

    @Inject
    InteractionService interactions;

    @Inject
    CommitmentService commitments;

    @Inject
    InteractionEvents events;

    @Inject
    ErasedOwners erasedOwners;

    public void contactDeleted(String ownerId, UUID contactId) {
        // every row lock before the first event, which takes the owner's outbox sequence row (see Outbox)
        Commitment.delete("ownerId = ?1 and contactId = ?2", ownerId, contactId);
        for (Interaction interaction : Interaction.withContactForUpdate(ownerId, contactId)) {
            interaction.contactIds.remove(contactId);
            if (interaction.contactIds.isEmpty()) {
                interaction.delete();
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
        Commitment.withNoLiveContact(ownerId).forEach(Commitment::delete);
        for (Interaction interaction : Interaction.withNoLiveContactForUpdate(ownerId)) {
            interaction.delete();
            events.deleted(interaction);
        }
        erasedOwners.record(ownerId);
    }

    public void contactsMerged(String ownerId, UUID keptId, UUID mergedId) {
        // every row lock before the first event, which takes the owner's outbox sequence row (see Outbox)
        List<Interaction> moved = Interaction.withContactForUpdate(ownerId, mergedId);
        List<Commitment> movedCommitments = Commitment.withContactForUpdate(ownerId, mergedId);
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

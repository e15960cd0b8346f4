package io.jejaring.interactions.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.events.CommitmentStatus;
import io.jejaring.interactions.store.Commitment;
import io.jejaring.interactions.store.CommitmentSearch;
import io.jejaring.interactions.store.Commitments;
import io.jejaring.interactions.store.Interactions;
import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.domain.ExpectedVersion;
import io.jejaring.plumbing.domain.FieldError;
import io.jejaring.plumbing.domain.IdMap;

/** Promises: made OPEN, then resolved once, to KEPT, BROKEN or CANCELLED. */
@ApplicationScoped
@Transactional
public class CommitmentService {

    @Inject
    Clock clock;

    @Inject
    ContactDirectory directory;

    @Inject
    Commitments store;

    @Inject
    Interactions interactions;

    @Inject
    InteractionEvents events;

    public Commitment make(Caller caller, CommitmentDraft draft) {
        Commitment commitment = new Commitment();
        commitment.begin(caller.ownerId(), Instant.now(clock));
        return persistNew(caller, draft, CommitmentStatus.OPEN, commitment);
    }

    /** A commitment from a backup, checked like a new one, in the status it had (OPEN when it says none). */
    public Commitment restore(Caller caller, UUID id, Instant createdAt, CommitmentDraft draft, CommitmentStatus status) {
        Instant now = Instant.now(clock);
        Commitment commitment = new Commitment();
        commitment.restore(caller.ownerId(), id, IdMap.createdAt(createdAt, now), now);
        return persistNew(caller, draft, status == null ? CommitmentStatus.OPEN : status, commitment);
    }

    private Commitment persistNew(Caller caller, CommitmentDraft draft, CommitmentStatus status, Commitment commitment) {
        directory.requireOwned(caller, List.of(draft.contactId()));
        if (draft.interactionId() != null && interactions.findOwned(caller.ownerId(), draft.interactionId()).isEmpty()) {
            throw DomainException.unprocessable("interactionId is not one of your interactions");
        }
        commitment.contactId = draft.contactId();
        commitment.interactionId = draft.interactionId();
        commitment.direction = draft.direction();
        commitment.description = draft.description().trim();
        commitment.dueOn = draft.dueOn();
        commitment.status = status;
        store.persist(commitment);
        events.commitment(commitment);
        return commitment;
    }

    /** Resolves an open commitment; one already resolved can't be resolved again (409). */
    public Commitment resolve(String ownerId, UUID id, ExpectedVersion expected, CommitmentStatus status) {
        if (status == CommitmentStatus.OPEN) {
            throw DomainException.invalid("a commitment is resolved to KEPT, BROKEN or CANCELLED",
                    List.of(new FieldError("status", "must be one of [KEPT, BROKEN, CANCELLED]")));
        }
        Commitment commitment = store.findOwnedForUpdate(ownerId, id)
                .orElseThrow(() -> DomainException.notFound("commitment"));
        expected.check(commitment.version);
        if (commitment.status != CommitmentStatus.OPEN) {
            throw DomainException.conflict("already-resolved", "this commitment was already resolved as " + commitment.status);
        }
        commitment.status = status;
        return recordChange(commitment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment find(String ownerId, UUID id) {
        return store.findOwned(ownerId, id).orElseThrow(() -> DomainException.notFound("commitment"));
    }

    /** Up to {@code rows} of the owner's commitments, soonest due first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> search(String ownerId, CommitmentSearch search, int rows) {
        return store.page(ownerId, search, rows);
    }

    Commitment recordChange(Commitment commitment) {
        commitment.changed(Instant.now(clock));
        events.commitment(commitment);
        return commitment;
    }
}

package io.jejaring.interactions.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.events.CommitmentStatus;
import io.jejaring.interactions.events.InteractionEvents;
import io.jejaring.plumbing.domain.FieldError;
import io.jejaring.plumbing.problem.Problem;
import io.jejaring.plumbing.problem.ProblemException;
import io.jejaring.plumbing.web.IfMatch;

/** Promises: made OPEN, then resolved once, to KEPT, BROKEN or CANCELLED. */
@ApplicationScoped
@Transactional
public class CommitmentService {

    @Inject
    Clock clock;

    @Inject
    ContactDirectory directory;

    @Inject
    InteractionEvents events;

    public Commitment make(String ownerId, CommitmentDraft draft) {
        directory.requireOwned(ownerId, List.of(draft.contactId()));
        if (draft.interactionId() != null && Interaction.findOwned(ownerId, draft.interactionId()).isEmpty()) {
            throw ProblemException.unprocessable("interactionId is not one of your interactions");
        }
        Commitment commitment = new Commitment();
        commitment.begin(ownerId, Instant.now(clock));
        commitment.contactId = draft.contactId();
        commitment.interactionId = draft.interactionId();
        commitment.direction = draft.direction();
        commitment.description = draft.description().trim();
        commitment.dueOn = draft.dueOn();
        commitment.status = CommitmentStatus.OPEN;
        commitment.persist();
        events.commitment(commitment);
        return commitment;
    }

    /** Resolves an open commitment; one already resolved can't be resolved again (409). */
    public Commitment resolve(String ownerId, UUID id, String ifMatch, CommitmentStatus status) {
        if (status == CommitmentStatus.OPEN) {
            throw new ProblemException(Problem.invalid("a commitment is resolved to KEPT, BROKEN or CANCELLED",
                    List.of(new FieldError("status", "must be one of [KEPT, BROKEN, CANCELLED]"))));
        }
        Commitment commitment = Commitment.findOwnedForUpdate(ownerId, id)
                .orElseThrow(() -> ProblemException.notFound("commitment"));
        IfMatch.check(ifMatch, commitment.version);
        if (commitment.status != CommitmentStatus.OPEN) {
            throw new ProblemException(Problem.of(409, "already-resolved",
                    "this commitment was already resolved as " + commitment.status));
        }
        commitment.status = status;
        return recordChange(commitment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment find(String ownerId, UUID id) {
        return Commitment.findOwned(ownerId, id).orElseThrow(() -> ProblemException.notFound("commitment"));
    }

    Commitment recordChange(Commitment commitment) {
        commitment.changed(Instant.now(clock));
        events.commitment(commitment);
        return commitment;
    }
}

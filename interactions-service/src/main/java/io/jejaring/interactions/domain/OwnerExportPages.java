package io.jejaring.interactions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.interactions.store.Commitment;
import io.jejaring.interactions.store.CommitmentSearch;
import io.jejaring.interactions.store.Commitments;
import io.jejaring.interactions.store.Interaction;
import io.jejaring.interactions.store.InteractionSearch;
import io.jejaring.interactions.store.Interactions;

/**
 * The owner's interactions and commitments for an export, one keyset page at a time, each page read in a
 * transaction of its own: an export streams an owner of any size without holding it in memory.
 */
@ApplicationScoped
@Transactional
public class OwnerExportPages {

    @Inject
    Interactions interactions;

    @Inject
    Commitments commitments;

    /** Newest first; the page after the interaction at ({@code beforeTime}, {@code beforeId}), or the first. */
    public List<Interaction> interactions(String ownerId, Instant beforeTime, UUID beforeId, int rows) {
        return interactions.page(ownerId, new InteractionSearch(null, null, null, null, beforeTime, beforeId), rows);
    }

    /** Soonest due first; the page after the commitment at ({@code afterDueOn}, {@code afterId}), or the first. */
    public List<Commitment> commitments(String ownerId, LocalDate afterDueOn, UUID afterId, int rows) {
        return commitments.page(ownerId, new CommitmentSearch(null, null, afterDueOn, afterId), rows);
    }
}

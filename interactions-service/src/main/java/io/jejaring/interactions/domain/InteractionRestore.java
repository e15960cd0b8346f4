package io.jejaring.interactions.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.jejaring.interactions.store.Commitments;
import io.jejaring.interactions.store.Interactions;
import io.jejaring.plumbing.domain.Constraints;
import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.domain.IdMap;

/**
 * Restores a JSON backup of interactions and commitments, all or nothing: one transaction, so a bad item leaves
 * nothing written. Contact ids go through the map contacts-service's restore answered (an id it doesn't name is
 * taken as it is), and each must be the owner's contact. Interaction and commitment ids are kept when free and
 * replaced when taken; a commitment's interaction follows its interaction.
 */
@ApplicationScoped
public class InteractionRestore {

    @Inject
    InteractionService interactions;

    @Inject
    CommitmentService commitments;

    @Inject
    Interactions interactionStore;

    @Inject
    Commitments commitmentStore;

    @Inject
    Validator validator;

    @Transactional
    public InteractionsRestored restore(Caller caller, Map<UUID, UUID> contactIds, List<BackupInteraction> backup,
            List<BackupCommitment> promises) {
        Map<UUID, UUID> interactionIds = IdMap.restoring("interactions",
                backup.stream().map(BackupInteraction::id).toList(), interactionStore::takenIds);
        Map<UUID, UUID> commitmentIds = IdMap.restoring("commitments",
                promises.stream().map(BackupCommitment::id).toList(), commitmentStore::takenIds);
        for (int i = 0; i < backup.size(); i++) {
            BackupInteraction item = backup.get(i);
            try {
                Constraints.require(validator, item.draft());
                InteractionDraft draft = item.draft();
                InteractionDraft mapped = new InteractionDraft(
                        draft.contactIds().stream().map(id -> IdMap.follow(contactIds, id)).toList(), draft.channel(),
                        draft.socialNetwork(), draft.socialNetworkLabel(), draft.initiatedBy(), draft.exchange(),
                        draft.occurredAt(), draft.durationMinutes(), draft.summary(), draft.notes());
                interactions.restore(caller, IdMap.idFor(interactionIds, item.id()), item.createdAt(), mapped);
            } catch (DomainException failure) {
                throw failure.within("interactions[" + i + "]");
            }
        }
        for (int i = 0; i < promises.size(); i++) {
            BackupCommitment item = promises.get(i);
            try {
                Constraints.require(validator, item.draft());
                CommitmentDraft draft = item.draft();
                CommitmentDraft mapped = new CommitmentDraft(IdMap.follow(contactIds, draft.contactId()),
                        IdMap.follow(interactionIds, draft.interactionId()), draft.direction(), draft.description(),
                        draft.dueOn());
                commitments.restore(caller, IdMap.idFor(commitmentIds, item.id()), item.createdAt(), mapped, item.status());
            } catch (DomainException failure) {
                throw failure.within("commitments[" + i + "]");
            }
        }
        return new InteractionsRestored(backup.size(), promises.size(), interactionIds, commitmentIds);
    }
}

package io.jejaring.interactions.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.events.Channel;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.SocialNetwork;
import io.jejaring.interactions.store.Interaction;
import io.jejaring.interactions.store.InteractionSearch;
import io.jejaring.interactions.store.Interactions;
import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.domain.ExpectedVersion;
import io.jejaring.plumbing.domain.FieldError;
import io.jejaring.plumbing.domain.IdMap;

/** Interaction writes: each change and its event commit together, or neither does. */
@ApplicationScoped
@Transactional
public class InteractionService {

    static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    Clock clock;

    @Inject
    ContactDirectory directory;

    @Inject
    Interactions store;

    @Inject
    InteractionEvents events;

    public Interaction log(Caller caller, InteractionDraft draft) {
        Interaction interaction = new Interaction();
        interaction.begin(caller.ownerId(), Instant.now(clock));
        return persistNew(caller, draft, interaction);
    }

    /** An interaction from a backup, checked like a new one, with the id and creation time it had. */
    public Interaction restore(Caller caller, UUID id, Instant createdAt, InteractionDraft draft) {
        Instant now = Instant.now(clock);
        Interaction interaction = new Interaction();
        interaction.restore(caller.ownerId(), id, IdMap.createdAt(createdAt, now), now);
        return persistNew(caller, draft, interaction);
    }

    private Interaction persistNew(Caller caller, InteractionDraft draft, Interaction interaction) {
        apply(caller, draft, interaction);
        store.persist(interaction);
        events.logged(interaction);
        return interaction;
    }

    public Interaction replace(Caller caller, UUID id, ExpectedVersion expected, InteractionDraft draft) {
        Interaction interaction = lockForWrite(caller.ownerId(), id, expected);
        apply(caller, draft, interaction);
        return recordChange(interaction);
    }

    /** PATCH: the change (a merge patch, to the API) turns the current fields into new ones, checked like a PUT. */
    public Interaction patch(Caller caller, UUID id, ExpectedVersion expected, UnaryOperator<InteractionDraft> change) {
        Interaction interaction = lockForWrite(caller.ownerId(), id, expected);
        apply(caller, change.apply(toDraft(interaction)), interaction);
        return recordChange(interaction);
    }

    public void delete(String ownerId, UUID id, ExpectedVersion expected) {
        Interaction interaction = lockForWrite(ownerId, id, expected);
        store.delete(interaction);
        events.deleted(interaction);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Interaction find(String ownerId, UUID id) {
        return store.findOwned(ownerId, id).orElseThrow(() -> DomainException.notFound("interaction"));
    }

    /** Up to {@code rows} of the owner's interactions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Interaction> search(String ownerId, InteractionSearch search, int rows) {
        return store.page(ownerId, search, rows);
    }

    /** Every change to a stored interaction: the next version, the time, and its event. */
    Interaction recordChange(Interaction interaction) {
        interaction.changed(Instant.now(clock));
        events.updated(interaction);
        return interaction;
    }

    private Interaction lockForWrite(String ownerId, UUID id, ExpectedVersion expected) {
        Interaction interaction = store.findOwnedForUpdate(ownerId, id)
                .orElseThrow(() -> DomainException.notFound("interaction"));
        expected.check(interaction.version);
        return interaction;
    }

    private void apply(Caller caller, InteractionDraft draft, Interaction interaction) {
        Set<UUID> contactIds = new LinkedHashSet<>(draft.contactIds());
        List<FieldError> errors = new ArrayList<>();
        if (contactIds.size() != draft.contactIds().size()) {
            errors.add(new FieldError("contactIds", "must not name a contact twice"));
        }
        if (draft.occurredAt().isAfter(Instant.now(clock).plus(ALLOWED_CLOCK_SKEW))) {
            errors.add(new FieldError("occurredAt", "must not be more than 5 minutes in the future"));
        }
        if ((draft.channel() == Channel.SOCIAL) != (draft.socialNetwork() != null)) {
            errors.add(new FieldError("socialNetwork", "is required for SOCIAL interactions, and only for them"));
        }
        if ((draft.socialNetwork() == SocialNetwork.OTHER) != (draft.socialNetworkLabel() != null && !draft.socialNetworkLabel().isBlank())) {
            errors.add(new FieldError("socialNetworkLabel", "names the network when socialNetwork is OTHER, and only then"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("the interaction has invalid fields", errors);
        }
        directory.requireOwned(caller, contactIds);
        interaction.contactIds = new ArrayList<>(contactIds);
        interaction.channel = draft.channel();
        interaction.socialNetwork = draft.socialNetwork();
        interaction.socialNetworkLabel = draft.socialNetwork() == SocialNetwork.OTHER ? draft.socialNetworkLabel().trim() : null;
        interaction.initiatedBy = draft.initiatedBy() == null ? Initiator.ME : draft.initiatedBy();
        interaction.exchange = draft.exchange() == null ? Exchange.SOCIAL : draft.exchange();
        interaction.occurredAt = draft.occurredAt();
        interaction.durationMinutes = draft.durationMinutes();
        interaction.summary = draft.summary();
        interaction.notes = draft.notes();
    }

    static InteractionDraft toDraft(Interaction interaction) {
        return InteractionDraft.builder().contactIds(List.copyOf(interaction.contactIds)).channel(interaction.channel)
                .socialNetwork(interaction.socialNetwork).socialNetworkLabel(interaction.socialNetworkLabel)
                .initiatedBy(interaction.initiatedBy)
                .exchange(interaction.exchange).occurredAt(interaction.occurredAt)
                .durationMinutes(interaction.durationMinutes).summary(interaction.summary).notes(interaction.notes)
                .build();
    }
}

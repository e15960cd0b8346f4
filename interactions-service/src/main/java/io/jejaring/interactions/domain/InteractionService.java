package io.jejaring.interactions.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.events.Channel;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.interactions.events.InteractionEvents;
import io.jejaring.plumbing.domain.FieldError;
import io.jejaring.plumbing.problem.Problem;
import io.jejaring.plumbing.problem.ProblemException;
import io.jejaring.plumbing.web.IfMatch;
import io.jejaring.plumbing.web.MergePatcher;

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
    InteractionEvents events;

    @Inject
    MergePatcher patcher;

    public Interaction log(String ownerId, InteractionDraft draft) {
        Interaction interaction = new Interaction();
        interaction.begin(ownerId, Instant.now(clock));
        apply(draft, interaction);
        interaction.persist();
        events.logged(interaction);
        return interaction;
    }

    public Interaction replace(String ownerId, UUID id, String ifMatch, InteractionDraft draft) {
        Interaction interaction = lockForWrite(ownerId, id, ifMatch);
        apply(draft, interaction);
        return recordChange(interaction);
    }

    /** PATCH: an RFC 7396 merge patch over the current fields, then checked like a PUT. */
    public Interaction patch(String ownerId, UUID id, String ifMatch, JsonNode patch) {
        Interaction interaction = lockForWrite(ownerId, id, ifMatch);
        apply(patcher.apply(toDraft(interaction), patch, InteractionDraft.class), interaction);
        return recordChange(interaction);
    }

    public void delete(String ownerId, UUID id, String ifMatch) {
        Interaction interaction = lockForWrite(ownerId, id, ifMatch);
        interaction.delete();
        events.deleted(interaction);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Interaction find(String ownerId, UUID id) {
        return Interaction.findOwned(ownerId, id).orElseThrow(() -> ProblemException.notFound("interaction"));
    }

    /** Every change to a stored interaction: the next version, the time, and its event. */
    Interaction recordChange(Interaction interaction) {
        interaction.changed(Instant.now(clock));
        events.updated(interaction);
        return interaction;
    }

    private Interaction lockForWrite(String ownerId, UUID id, String ifMatch) {
        Interaction interaction = Interaction.findOwnedForUpdate(ownerId, id)
                .orElseThrow(() -> ProblemException.notFound("interaction"));
        IfMatch.check(ifMatch, interaction.version);
        return interaction;
    }

    private void apply(InteractionDraft draft, Interaction interaction) {
        Set<UUID> contactIds = new LinkedHashSet<>(draft.contactIds());
        List<FieldError> errors = new ArrayList<>();
        if (contactIds.size() != draft.contactIds().size()) {
            errors.add(new FieldError("contactIds", "must not name a contact twice"));
        }
        if (draft.occurredAt().isAfter(Instant.now(clock).plus(ALLOWED_CLOCK_SKEW))) {
            errors.add(new FieldError("occurredAt", "must not be more than 5 minutes in the future"));
        }
        if ((draft.channel() == Channel.SOCIAL) != (draft.socialNetwork() != null && !draft.socialNetwork().isBlank())) {
            errors.add(new FieldError("socialNetwork", "is required for SOCIAL interactions, and only for them"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("the interaction has invalid fields", errors));
        }
        directory.requireOwned(interaction.ownerId, contactIds);
        interaction.contactIds = new ArrayList<>(contactIds);
        interaction.channel = draft.channel();
        interaction.socialNetwork = draft.channel() == Channel.SOCIAL ? draft.socialNetwork().trim() : null;
        interaction.initiatedBy = draft.initiatedBy() == null ? Initiator.ME : draft.initiatedBy();
        interaction.exchange = draft.exchange() == null ? Exchange.SOCIAL : draft.exchange();
        interaction.occurredAt = draft.occurredAt();
        interaction.durationMinutes = draft.durationMinutes();
        interaction.summary = draft.summary();
        interaction.notes = draft.notes();
    }

    static InteractionDraft toDraft(Interaction interaction) {
        return new InteractionDraft(List.copyOf(interaction.contactIds), interaction.channel, interaction.socialNetwork,
                interaction.initiatedBy, interaction.exchange, interaction.occurredAt, interaction.durationMinutes,
                interaction.summary, interaction.notes);
    }
}

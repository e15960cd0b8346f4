package io.jejaring.interactions.store;

import java.time.LocalDate;
import java.util.UUID;

import io.jejaring.events.CommitmentStatus;

/** What narrows a page of an owner's commitments, soonest due first: status, contact, and the keyset it starts after. */
public record CommitmentSearch(CommitmentStatus status, UUID contactId, LocalDate afterDueOn, UUID afterId) {
}

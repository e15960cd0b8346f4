package io.jejaring.interactions.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.jejaring.events.CommitmentDirection;
import io.jejaring.events.CommitmentStatus;
import io.jejaring.plumbing.persistence.OwnedAggregate;

/** A promise, made by the owner or to the owner, and whether it was kept (rule 4). */
@Entity
@Table(name = "commitment")
public class Commitment extends OwnedAggregate {

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "interaction_id")
    public UUID interactionId;

    @Enumerated(EnumType.STRING)
    public CommitmentDirection direction;

    public String description;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public CommitmentStatus status;

    public static Optional<Commitment> findOwned(String ownerId, UUID id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).firstResultOptional();
    }

    public static Optional<Commitment> findOwnedForUpdate(String ownerId, UUID id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The owner's commitments to a contact that is not one of the owner's live contacts. */
    public static List<Commitment> withNoLiveContact(String ownerId) {
        return list("from Commitment c where c.ownerId = ?1 and not exists (from KnownContact k where k.key.ownerId = ?1"
                + " and k.key.contactId = c.contactId and k.deleted = false)", ownerId);
    }

    public static List<Commitment> withContactForUpdate(String ownerId, UUID contactId) {
        return find("ownerId = ?1 and contactId = ?2 order by id", ownerId, contactId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}

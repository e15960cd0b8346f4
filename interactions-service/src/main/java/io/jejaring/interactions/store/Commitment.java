package io.jejaring.interactions.store;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
}

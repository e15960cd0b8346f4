package io.jejaring.contacts.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.jejaring.events.Tier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person in an owner's network. Every lookup is scoped to the owner. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    /** The owner's own cadence; null means the tier's default. */
    @Column(name = "cadence_days")
    public Integer cadenceDays;

    /** Starts at 1 and grows with every change; events carry it so consumers can ignore stale ones. */
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Contact> findOwned(String ownerId, UUID id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).firstResultOptional();
    }

    /** The cadence that applies: the owner's own, or the tier's default. */
    public int effectiveCadenceDays() {
        return cadenceDays != null ? cadenceDays : tier.defaultCadenceDays();
    }
}

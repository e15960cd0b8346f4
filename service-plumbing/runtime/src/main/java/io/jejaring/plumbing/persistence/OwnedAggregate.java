package io.jejaring.plumbing.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every aggregate an owner writes has: its id, its owner, and a version that starts at 1 and grows with
 * each change, which the events carry so that consumers can ignore stale ones.
 */
@MappedSuperclass
public abstract class OwnedAggregate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A new aggregate: a fresh id, version 1. */
    public void begin(String owner, Instant now) {
        id = UUID.randomUUID();
        ownerId = owner;
        version = 1;
        createdAt = now;
        updatedAt = now;
    }

    /** A restored aggregate: the id and creation time its backup gives, version 1 here. */
    public void restore(String owner, UUID keptId, Instant created, Instant now) {
        begin(owner, now);
        id = keptId;
        createdAt = created;
    }

    /** The next version, written now so that the event that follows reads what is stored. */
    public void changed(Instant now) {
        version++;
        updatedAt = now;
        flush();
    }
}

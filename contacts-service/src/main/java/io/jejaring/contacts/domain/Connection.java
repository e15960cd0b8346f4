package io.jejaring.contacts.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.jejaring.events.ConnectionKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An undirected tie between two of an owner's contacts, stored once with the lower id first. A removed
 * connection is kept, flagged, so that its version goes on counting adds and removes.
 */
@Entity
@Table(name = "connection")
public class Connection extends PanacheEntityBase {

    @EmbeddedId
    public Pair pair;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Enumerated(EnumType.STRING)
    public ConnectionKind kind;

    public boolean removed;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A new, not yet stored connection; the caller sets its kind and version, then persists it. */
    public static Connection between(String ownerId, UUID one, UUID other) {
        Connection connection = new Connection();
        connection.pair = Pair.of(one, other);
        connection.ownerId = ownerId;
        return connection;
    }

    public static Optional<Connection> findForUpdate(String ownerId, UUID one, UUID other) {
        return find("pair = ?1 and ownerId = ?2", Pair.of(one, other), ownerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The end of this connection that is not {@code contactId}. */
    public UUID otherThan(UUID contactId) {
        return pair.contactA().equals(contactId) ? pair.contactB() : pair.contactA();
    }

    @Embeddable
    public record Pair(@Column(name = "contact_a") UUID contactA, @Column(name = "contact_b") UUID contactB)
            implements Serializable {

        /** Orders by the text form, which sorts like PostgreSQL's uuid; {@link UUID#compareTo} does not. */
        public static Pair of(UUID one, UUID other) {
            return one.toString().compareTo(other.toString()) < 0 ? new Pair(one, other) : new Pair(other, one);
        }
    }
}

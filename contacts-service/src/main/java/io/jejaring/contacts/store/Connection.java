package io.jejaring.contacts.store;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

/**
 * An undirected tie between two of an owner's contacts, stored once with the lower id first. A removed
 * connection is kept, flagged, so that its version goes on counting adds and removes.
 */
@Entity
@Table(name = "connection")
public class Connection extends PanacheEntityBase {

    private static final String LIVE = "removed = false";
    /** The other end of a connection at {@code :contact} comes after {@code :after}. */
    private static final String AFTER_OTHER = "((pair.contactA = :contact and pair.contactB > :after)"
            + " or (pair.contactB = :contact and pair.contactA > :after))";
    private static final UUID LOWEST = new UUID(0, 0);

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
        return owned(ownerId, "pair = :pair", Parameters.with("pair", Pair.of(one, other)), null)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The owner's connections at {@code contactId}, removed ones too. */
    public static List<Connection> touching(String ownerId, UUID contactId) {
        return owned(ownerId, "(pair.contactA = :contact or pair.contactB = :contact)",
                Parameters.with("contact", contactId), null).list();
    }

    /** Every live connection the owner has. */
    public static List<Connection> liveOf(String ownerId) {
        return owned(ownerId, LIVE, new Parameters(), null).list();
    }

    /** The contact's live connections after {@code afterOtherId} (null: from the start), by the other contact's id. */
    public static List<Connection> livePage(String ownerId, UUID contactId, UUID afterOtherId, int rows) {
        return owned(ownerId, LIVE + " and " + AFTER_OTHER,
                Parameters.with("contact", contactId).and("after", afterOtherId == null ? LOWEST : afterOtherId),
                "case when pair.contactA = :contact then pair.contactB else pair.contactA end")
                .page(0, rows).list();
    }

    private static PanacheQuery<Connection> owned(String ownerId, String condition, Parameters parameters,
            String orderBy) {
        return find(Owned.query(condition, orderBy), Owned.parameters(ownerId, parameters));
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

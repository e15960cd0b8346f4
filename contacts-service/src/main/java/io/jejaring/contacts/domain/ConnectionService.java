package io.jejaring.contacts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.jejaring.contacts.store.Connection;
import io.jejaring.contacts.store.Contact;
import io.jejaring.events.ConnectionKind;
import io.jejaring.plumbing.domain.DomainException;

/** Adds, lists and removes connections between two of an owner's contacts. */
@ApplicationScoped
@Transactional
public class ConnectionService {

    @Inject
    Clock clock;

    @Inject
    ContactEvents events;

    public Connection add(String ownerId, UUID contactId, UUID otherId, ConnectionKind kind) {
        Contact.findOwned(ownerId, contactId).orElseThrow(() -> DomainException.notFound("contact"));
        return connectOwned(ownerId, contactId, otherId, kind);
    }

    /** A backup's connection: there, an end that is not the owner's contact is the body's fault (422), not a path's. */
    public Connection restore(String ownerId, UUID contactId, UUID otherId, ConnectionKind kind) {
        if (Contact.findOwned(ownerId, contactId).isEmpty()) {
            throw DomainException.unprocessable("contactId must be one of your contacts");
        }
        return connectOwned(ownerId, contactId, otherId, kind);
    }

    private Connection connectOwned(String ownerId, UUID contactId, UUID otherId, ConnectionKind kind) {
        if (otherId.equals(contactId) || Contact.findOwned(ownerId, otherId).isEmpty()) {
            throw DomainException.unprocessable("otherContactId must be another of your contacts");
        }
        Connection connection = Connection.findForUpdate(ownerId, contactId, otherId).orElse(null);
        if (connection != null && !connection.removed) {
            throw DomainException.conflict("already-connected",
                    "these contacts are already connected; remove the connection first to change its kind");
        }
        return connect(connection != null ? connection : Connection.between(ownerId, contactId, otherId), contactId, kind);
    }

    public void remove(String ownerId, UUID contactId, UUID otherId) {
        Connection connection = Connection.findForUpdate(ownerId, contactId, otherId)
                .filter(found -> !found.removed)
                .orElseThrow(() -> DomainException.notFound("connection"));
        connection.removed = true;
        touch(connection);
        events.connectionRemoved(connection, contactId);
    }

    /** The contact's live connections after {@code afterOtherId}, ordered by the other contact's id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Connection> page(String ownerId, UUID contactId, UUID afterOtherId, int rows) {
        Contact.findOwned(ownerId, contactId).orElseThrow(() -> DomainException.notFound("contact"));
        return Connection.livePage(ownerId, contactId, afterOtherId, rows);
    }

    /** (Re)connects: a new connection, or a removed one coming back, at its next version. */
    Connection connect(Connection connection, UUID fromContactId, ConnectionKind kind) {
        connection.kind = kind;
        connection.removed = false;
        touch(connection);
        connection.persist();
        events.connectionAdded(connection, fromContactId);
        return connection;
    }

    private void touch(Connection connection) {
        connection.version++;
        connection.updatedAt = Instant.now(clock);
    }
}

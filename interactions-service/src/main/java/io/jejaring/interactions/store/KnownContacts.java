package io.jejaring.interactions.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** The writes and row locks of {@code known_contact}, which the contact events and contacts-service's answers fill. */
@ApplicationScoped
public class KnownContacts {

    static final String UPSERT = """
            INSERT INTO known_contact (owner_id, contact_id, version, deleted) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET version = EXCLUDED.version, deleted = EXCLUDED.deleted
            WHERE known_contact.version < EXCLUDED.version""";
    static final String REMEMBER = """
            INSERT INTO known_contact (owner_id, contact_id, version, deleted) VALUES (?1, ?2, ?3, false)
            ON CONFLICT (owner_id, contact_id) DO NOTHING""";
    static final String LOCK = "SELECT deleted FROM known_contact WHERE owner_id = ? AND contact_id = ? FOR SHARE";

    @Inject
    EntityManager entityManager;

    /** Records what an event says of a contact; answers whether it was newer than what was known, and so changed it. */
    public boolean upsert(String ownerId, UUID contactId, long version, boolean deleted) {
        return entityManager.createNativeQuery(UPSERT)
                .setParameter(1, ownerId)
                .setParameter(2, contactId)
                .setParameter(3, version)
                .setParameter(4, deleted)
                .executeUpdate() == 1;
    }

    /** Remembers a live contact that contacts-service confirmed, unless an event got here first. */
    public void remember(String ownerId, UUID contactId, long version) {
        entityManager.createNativeQuery(REMEMBER)
                .setParameter(1, ownerId).setParameter(2, contactId).setParameter(3, version).executeUpdate();
    }

    /**
     * Whether the known contact is deleted, with its row share-locked until the transaction ends; null when this
     * service has not heard of it.
     */
    public Boolean lockState(String ownerId, UUID contactId) {
        // plain JDBC on the session's connection (so in its transaction): every interaction write runs this per
        // contact, and Hibernate's native-query layer cost more than the statement; no entity change is pending here
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.setString(1, ownerId);
                lock.setObject(2, contactId);
                try (ResultSet row = lock.executeQuery()) {
                    return row.next() ? row.getBoolean(1) : null;
                }
            }
        });
    }
}

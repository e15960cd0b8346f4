package io.jejaring.interactions.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.jejaring.interactions.client.ContactsLookup;
import io.jejaring.plumbing.problem.Problem;
import io.jejaring.plumbing.problem.ProblemException;

/**
 * Which contacts an owner has. The contact events tell this service almost always; for an id it has not heard
 * of yet (created a moment ago), it asks contacts-service with the caller's token and remembers the answer.
 */
@ApplicationScoped
public class ContactDirectory {

    private static final Logger LOG = Logger.getLogger(ContactDirectory.class);
    static final String REMEMBER = """
            INSERT INTO known_contact (owner_id, contact_id, version, deleted) VALUES (?1, ?2, ?3, false)
            ON CONFLICT (owner_id, contact_id) DO NOTHING""";
    static final String LOCK = "SELECT deleted FROM known_contact WHERE owner_id = ?1 AND contact_id = ?2 FOR SHARE";

    @Inject
    EntityManager entityManager;

    @Inject
    ContactsLookup lookup;

    @Inject
    JsonWebToken token;

    /**
     * Fails with 422 naming the ids the owner has no contact for, or 503 when contacts-service can't say.
     * Each known contact's row stays share-locked until the caller's transaction ends, so a deletion processed
     * meanwhile waits for it and then finds, and removes, the links it made; one processed first is seen here.
     */
    public void requireOwned(String ownerId, Collection<UUID> contactIds) {
        Set<UUID> missing = new HashSet<>();
        List<UUID> inLockOrder = contactIds.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
        for (UUID contactId : inLockOrder) {
            Boolean deleted = lockState(ownerId, contactId);
            if (deleted == null && askContactsService(ownerId, contactId)) {
                // remembered now, unless a deletion left its tombstone since contacts-service answered
                deleted = lockState(ownerId, contactId);
            }
            if (deleted == null || deleted) {
                missing.add(contactId);
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("not your contact(s): "
                    + contactIds.stream().filter(missing::contains).distinct().toList());
        }
    }

    /** Whether the known contact is deleted, share-locked; null when this service has not heard of it. */
    @SuppressWarnings("unchecked")
    private Boolean lockState(String ownerId, UUID contactId) {
        List<Boolean> rows = entityManager.createNativeQuery(LOCK).setParameter(1, ownerId).setParameter(2, contactId)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private boolean askContactsService(String ownerId, UUID contactId) {
        OptionalLong version;
        try {
            version = lookup.versionOf(contactId, token.getRawToken());
        } catch (RuntimeException e) {
            LOG.warnf("contacts-service did not answer a contact lookup (%s)", e.getClass().getSimpleName());
            throw new ProblemException(Problem.of(503, "contacts-unavailable",
                    "contacts-service can't confirm contact " + contactId + " right now; retry shortly"));
        }
        version.ifPresent(found -> entityManager.createNativeQuery(REMEMBER)
                .setParameter(1, ownerId).setParameter(2, contactId).setParameter(3, found).executeUpdate());
        return version.isPresent();
    }
}

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

import io.jejaring.interactions.client.ContactsLookup;
import io.jejaring.interactions.store.KnownContacts;
import io.jejaring.plumbing.domain.DomainException;

/**
 * Which contacts an owner has. The contact events tell this service almost always; for an id it has not heard
 * of yet (created a moment ago), it asks contacts-service with the caller's token and remembers the answer.
 */
@ApplicationScoped
public class ContactDirectory {

    @Inject
    KnownContacts known;

    @Inject
    ContactsLookup lookup;

    /**
     * Fails with 422 naming the ids the owner has no contact for, or 503 when contacts-service can't say.
     * Each known contact's row stays share-locked until the caller's transaction ends, so a deletion processed
     * meanwhile waits for it and then finds, and removes, the links it made; one processed first is seen here.
     */
    public void requireOwned(Caller caller, Collection<UUID> contactIds) {
        Set<UUID> missing = new HashSet<>();
        List<UUID> inLockOrder = contactIds.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
        for (UUID contactId : inLockOrder) {
            Boolean deleted = known.lockState(caller.ownerId(), contactId);
            if (deleted == null && askContactsService(caller, contactId)) {
                // remembered now, unless a deletion left its tombstone since contacts-service answered
                deleted = known.lockState(caller.ownerId(), contactId);
            }
            if (deleted == null || deleted) {
                missing.add(contactId);
            }
        }
        if (!missing.isEmpty()) {
            throw DomainException.unprocessable("not your contact(s): "
                    + contactIds.stream().filter(missing::contains).distinct().toList());
        }
    }

    private boolean askContactsService(Caller caller, UUID contactId) {
        OptionalLong version = lookup.versionOf(contactId, caller.bearerToken());
        version.ifPresent(found -> known.remember(caller.ownerId(), contactId, found));
        return version.isPresent();
    }
}

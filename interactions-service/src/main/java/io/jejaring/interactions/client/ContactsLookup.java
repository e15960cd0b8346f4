package io.jejaring.interactions.client;

import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.jejaring.plumbing.domain.DomainException;

/**
 * Asks contacts-service whether the caller has a contact, for an id whose event has not arrived yet, forwarding
 * the caller's own token. Any failure to get an answer is a 503 {@code contacts-unavailable}.
 */
@ApplicationScoped
public class ContactsLookup {

    private static final Logger LOG = Logger.getLogger(ContactsLookup.class);

    @Inject
    GuardedContactsCall call;

    /** The contact's version, or empty when the caller has no such contact. */
    public OptionalLong versionOf(UUID contactId, String bearerToken) {
        try {
            return call.versionOf(contactId, bearerToken);
        } catch (RuntimeException e) {
            LOG.warnf("contacts-service did not answer a contact lookup (%s)", e.getClass().getSimpleName());
            throw DomainException.unavailable("contacts-unavailable",
                    "contacts-service can't confirm contact " + contactId + " right now; retry shortly");
        }
    }
}

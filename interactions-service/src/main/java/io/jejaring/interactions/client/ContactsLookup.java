package io.jejaring.interactions.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Addresses per lookup call at most, as contacts-service takes them. */
    public static final int LOOKUP_BATCH = 1000;

    /**
     * Who each address is, for the caller: a contact's id, or {@link #ME} for the caller's own addresses. Addresses
     * that are neither are absent. Keys are the addresses as given (already trimmed and in lower case). Any failure
     * to get every answer is a 503 {@code contacts-unavailable}; the addresses never appear in a log.
     */
    public Map<String, UUID> whoIs(List<String> addresses, String bearerToken) {
        Map<String, UUID> found = new HashMap<>();
        for (int from = 0; from < addresses.size(); from += LOOKUP_BATCH) {
            List<String> batch = new ArrayList<>(addresses.subList(from, Math.min(addresses.size(), from + LOOKUP_BATCH)));
            List<ContactsClient.LookupMatch> matches;
            try {
                matches = call.matches(batch, bearerToken);
            } catch (RuntimeException e) {
                LOG.warnf("contacts-service did not answer an address lookup (%s)", e.getClass().getSimpleName());
                throw DomainException.unavailable("contacts-unavailable",
                        "contacts-service can't match the file's addresses right now; nothing was imported; retry shortly");
            }
            for (ContactsClient.LookupMatch match : matches) {
                if (match.email() == null) {
                    continue;
                }
                String address = match.email().trim().toLowerCase(Locale.ROOT);
                if (Boolean.TRUE.equals(match.me())) {
                    found.put(address, ME);
                } else if (match.contactId() != null) {
                    found.putIfAbsent(address, match.contactId());
                }
            }
        }
        return found;
    }

    /** Stands for "the caller" among the contact ids {@link #whoIs} answers: no contact has the nil UUID. */
    public static final UUID ME = new UUID(0L, 0L);
}

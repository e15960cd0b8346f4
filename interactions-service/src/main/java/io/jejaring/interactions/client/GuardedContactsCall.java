package io.jejaring.interactions.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The call to contacts-service, guarded: a slow or failing contacts-service trips the circuit, so callers fail
 * fast instead of piling up. Its failures are mapped by {@link ContactsLookup}, outside the guard, which also
 * sees the timeouts and open circuits the guard itself throws.
 */
@ApplicationScoped
class GuardedContactsCall {

    @Inject
    @RestClient
    ContactsClient client;

    /** The contact's version, or empty when the caller has no such contact. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    OptionalLong versionOf(UUID contactId, String bearerToken) {
        try {
            return OptionalLong.of(client.get(contactId, "Bearer " + bearerToken).version());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    /** The matches contacts-service answered for up to 1000 addresses. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    List<ContactsClient.LookupMatch> matches(List<String> addresses, String bearerToken) {
        ContactsClient.LookupAnswer answer = client.lookup(new ContactsClient.LookupRequest(addresses), "Bearer " + bearerToken);
        return answer == null || answer.matches() == null ? List.of() : answer.matches();
    }
}

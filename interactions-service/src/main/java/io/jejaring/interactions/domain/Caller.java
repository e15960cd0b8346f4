package io.jejaring.interactions.domain;

/**
 * Who a request acts for: the owner, and the token that lets this service ask contacts-service on the owner's
 * behalf. Both come from the one bearer token the entry point read, so they can't disagree.
 */
public record Caller(String ownerId, String bearerToken) {

    /** Never prints the token, which is a credential. */
    @Override
    public String toString() {
        return "Caller[ownerId=" + ownerId + "]";
    }
}

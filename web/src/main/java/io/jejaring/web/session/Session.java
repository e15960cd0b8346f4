package io.jejaring.web.session;

import java.time.Instant;

/** A signed-in browser: whose network it shows, and the token that web calls the services with for them. */
public record Session(String id, String owner, String apiToken, Instant expiresAt) {

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}

package io.jejaring.web.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open sessions, by their random id (the cookie's value). Held in memory: a restart signs everyone out, which
 * a one-time link or the identity provider undoes in a click.
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    @Inject
    Sessions(@ConfigProperty(name = "jejaring.web.session.lifetime") Duration lifetime) {
        this(lifetime, Clock.systemUTC());
    }

    Sessions(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Session open(String owner, String apiToken) {
        Instant now = clock.instant();
        open.values().removeIf(session -> session.expiredAt(now));
        Session session = new Session(randomId(), owner, apiToken, now.plus(lifetime));
        open.put(session.id(), session);
        return session;
    }

    public Optional<Session> find(String id) {
        Session session = id == null ? null : open.get(id);
        if (session == null || session.expiredAt(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    public void close(String id) {
        if (id != null) {
            open.remove(id);
        }
    }

    public Duration lifetime() {
        return lifetime;
    }

    private static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

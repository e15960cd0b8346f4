package io.jejaring.plumbing.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.jejaring.localinfra.TokenIssuer;

/** Tokens for tests: valid ones for any owner, and each kind the services must refuse. */
public final class TestTokens {

    private static final TokenIssuer ISSUER = TokenIssuer.generate();

    private TestTokens() {
    }

    /** A fresh owner id, so each test sees only its own data. */
    public static String newOwner() {
        return "owner-" + UUID.randomUUID();
    }

    public static String forOwner(String ownerId) {
        return ISSUER.token(ownerId);
    }

    public static String admin(String ownerId) {
        return ISSUER.token(ownerId, Duration.ofHours(1), Set.of("admin"));
    }

    /** Valid from now for {@code lifetime} only, to watch a token expire. */
    public static String expiringIn(String ownerId, Duration lifetime) {
        return ISSUER.token(ownerId, lifetime, Set.of());
    }

    /** Expired ten minutes ago: beyond the verifier's 60 s of allowed clock skew. */
    public static String expired(String ownerId) {
        Instant now = Instant.now();
        return ISSUER.token(ownerId, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(10)), Set.of());
    }

    public static String wronglySigned(String ownerId) {
        return TokenIssuer.foreignToken(ownerId);
    }

    /** Expired ten minutes ago, and signed by a key the services don't trust. */
    public static String expiredAndWronglySigned(String ownerId) {
        Instant now = Instant.now();
        return TokenIssuer.generate().token(ownerId, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(10)), Set.of());
    }

    /** An unsigned token ({@code alg: none}) with otherwise valid claims. */
    public static String algNone(String ownerId) {
        return TokenIssuer.unsigned(ownerId);
    }

    static String publicKeyPem() {
        return ISSUER.publicKeyPem();
    }
}

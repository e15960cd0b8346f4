package io.jejaring.plumbing.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens whose signature and claims were verified, so a token presented again skips the RS256 check, as API
 * gateways do. Keyed by the SHA-256 of the exact token string: a token changed in any character has another key
 * and is verified afresh. An entry lives until the token's {@code exp}, and no longer than {@code maxAge} (which
 * bounds how long a key rotation can be ignored). At most about {@code maxSize} entries are held.
 */
public final class VerifiedTokens {

    /** When full, expired entries go first; if that frees less than this share, arbitrary ones go too. */
    private static final int FREE_SHARE_WHEN_FULL = 10;

    private record Verified(JsonWebToken token, Instant until) {
    }

    private final Map<String, Verified> byHash = new ConcurrentHashMap<>();
    private final int maxSize;
    private final Duration maxAge;
    private final Clock clock;

    public VerifiedTokens(int maxSize, Duration maxAge, Clock clock) {
        if (maxSize <= 0 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("the token cache needs a positive size and age");
        }
        this.maxSize = maxSize;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The verified token for exactly this string, or null if it was never verified here or its time is up. */
    public JsonWebToken find(String rawToken) {
        String key = hash(rawToken);
        Verified verified = byHash.get(key);
        if (verified == null) {
            return null;
        }
        if (!clock.instant().isBefore(verified.until())) {
            byHash.remove(key, verified);
            return null;
        }
        return verified.token();
    }

    /** Remembers a token the verifier has just accepted. One without an {@code exp} is not remembered. */
    public void remember(String rawToken, JsonWebToken accepted) {
        long expiresAt = accepted.getExpirationTime();
        if (expiresAt <= 0) {
            return;
        }
        Instant now = clock.instant();
        Instant until = min(Instant.ofEpochSecond(expiresAt), now.plus(maxAge));
        if (!now.isBefore(until)) {
            return;
        }
        if (byHash.size() >= maxSize) {
            makeRoom(now);
        }
        byHash.put(hash(rawToken), new Verified(accepted, until));
    }

    int size() {
        return byHash.size();
    }

    /**
     * One pass over the entries that drops the expired ones and, if too few were, arbitrary others, down to 90%
     * of the bound: so the pass runs at most once per tenth of {@code maxSize} insertions.
     */
    private synchronized void makeRoom(Instant now) {
        int target = maxSize - Math.max(1, maxSize / FREE_SHARE_WHEN_FULL);
        if (byHash.size() <= target) {
            return;
        }
        byHash.values().removeIf(verified -> !now.isBefore(verified.until()));
        Iterator<String> keys = byHash.keySet().iterator();
        while (byHash.size() > target && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String hash(String rawToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawToken.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

package io.jejaring.web.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signing in on the local stack: {@code ./jejaring signin} prints a link with a one-time code, signed with the
 * stack's key and valid 10 minutes. This checks the code, remembers its id so it works once, and signs the
 * owner's API token with the same key, as the stack's token issuer does.
 */
@ApplicationScoped
public class LocalSignIn {

    /** The code's issuer and audience: no service accepts such a token, whose issuer is not theirs. */
    public static final String CODE_ISSUER = "https://jejaring.io/local/sign-in";
    public static final String CODE_AUDIENCE = "jejaring-web";
    static final String API_ISSUER = "https://jejaring.io/local";
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    private final Map<String, Instant> usedCodes = new ConcurrentHashMap<>();
    private final Path keys;
    private final Clock clock;
    private volatile PublicKey publicKey;
    private volatile PrivateKey privateKey;

    @Inject
    LocalSignIn(@ConfigProperty(name = "jejaring.web.signin.keys") Path keys) {
        this(keys, Clock.systemUTC());
    }

    LocalSignIn(Path keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The owner a valid, unused code names; empty for anything else (forged, expired, used, garbled). */
    public Optional<String> redeem(String code) {
        if (code == null || code.isBlank() || code.length() > 4096) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = consumer().processToClaims(code);
            Instant expires = Instant.ofEpochSecond(claims.getExpirationTime().getValue());
            Instant issued = Instant.ofEpochSecond(claims.getIssuedAt().getValue());
            if (Duration.between(issued, expires).compareTo(CODE_LIFETIME) > 0) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            usedCodes.values().removeIf(expiry -> expiry.isBefore(now));
            if (usedCodes.putIfAbsent(claims.getJwtId(), expires) != null) {
                return Optional.empty();
            }
            return Optional.of(claims.getSubject());
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException e) {
            return Optional.empty();
        }
    }

    /** A token the services accept for this owner, for as long as the session lasts. */
    public String apiToken(String owner, Duration lifetime) {
        Instant now = clock.instant();
        return Jwt.issuer(API_ISSUER).subject(owner).upn(owner).issuedAt(now).expiresAt(now.plus(lifetime))
                .sign(privateKey());
    }

    private JwtConsumer consumer() {
        return new JwtConsumerBuilder()
                .setRequireJwtId()
                .setRequireSubject()
                .setRequireIssuedAt()
                .setRequireExpirationTime()
                .setExpectedIssuer(CODE_ISSUER)
                .setExpectedAudience(CODE_AUDIENCE)
                .setEvaluationTime(org.jose4j.jwt.NumericDate.fromMilliseconds(clock.millis()))
                .setJwsAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT, "RS256")
                .setVerificationKey(publicKey())
                .build();
    }

    private PublicKey publicKey() {
        if (publicKey == null) {
            publicKey = read("jwt-public.pem", pem -> KeyUtils.decodePublicKey(pem));
        }
        return publicKey;
    }

    private PrivateKey privateKey() {
        if (privateKey == null) {
            privateKey = read("jwt-private.pem", pem -> KeyUtils.decodePrivateKey(pem));
        }
        return privateKey;
    }

    private <K> K read(String file, KeyDecoder<K> decoder) {
        try {
            return decoder.decode(Files.readString(keys.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("the local stack's keys are not readable in " + keys, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the local stack's key " + file + " is not a valid key", e);
        }
    }

    private interface KeyDecoder<K> {
        K decode(String pem) throws GeneralSecurityException;
    }
}

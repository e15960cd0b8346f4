package io.jejaring.plumbing.auth;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The parser Quarkus verifies every bearer token with, made to remember the tokens it accepted
 * ({@link VerifiedTokens}). Only {@link #parse(String)}, the request path, is cached; a token that fails is never
 * remembered, and one whose time is up is verified again, so it is refused with the verifier's own verdict.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser verifier;
    private final VerifiedTokens verified;

    @Inject
    CachingJwtParser(DefaultJWTParser verifier,
            @ConfigProperty(name = "jejaring.token-cache.max-size", defaultValue = "10000") int maxSize,
            @ConfigProperty(name = "jejaring.token-cache.max-age", defaultValue = "PT5M") Duration maxAge) {
        this.verifier = verifier;
        // The system clock, not the services' movable one: the verifier judges exp by system time too.
        this.verified = maxSize > 0 ? new VerifiedTokens(maxSize, maxAge, Clock.systemUTC()) : null;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (verified == null) {
            return verifier.parse(token);
        }
        JsonWebToken known = verified.find(token);
        if (known != null) {
            return known;
        }
        JsonWebToken accepted = verifier.parse(token);
        verified.remember(token, accepted);
        return accepted;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}

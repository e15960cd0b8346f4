package io.jejaring.plumbing.owner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;

/**
 * The owner id of the current request: the token's {@code sub}, never a path or body value.
 * {@code getName()} would answer {@code upn}, which is not the owner.
 */
@RequestScoped
public class CurrentOwner {

    public static final int MAX_LENGTH = 128;

    @Inject
    JsonWebToken token;

    public String id() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > MAX_LENGTH) {
            throw new AuthenticationFailedException("the token's sub claim must be an owner id of 1 to 128 characters");
        }
        return subject;
    }
}

package io.jejaring.interactions.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.jejaring.interactions.domain.Caller;
import io.jejaring.plumbing.owner.CurrentOwner;

/**
 * The one place the request's bearer token is read: the owner it names (its {@code sub}) and the raw token this
 * service forwards to contacts-service on the caller's behalf.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    CurrentOwner owner;

    @Inject
    JsonWebToken token;

    public Caller get() {
        return new Caller(owner.id(), token.getRawToken());
    }

    public String ownerId() {
        return owner.id();
    }
}

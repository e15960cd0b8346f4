package io.jejaring.plumbing.web;

import java.util.UUID;

import io.jejaring.plumbing.domain.DomainException;

/** Path ids arrive as strings: a malformed one is answered like an unknown one, with 404. */
public final class Ids {

    private Ids() {
    }

    public static UUID parseOrNotFound(String value, String what) {
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw DomainException.notFound(what);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound(what);
        }
    }
}

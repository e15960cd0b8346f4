package io.jejaring.plumbing.web;

import java.util.UUID;

import io.jejaring.plumbing.problem.ProblemException;

/** Path ids arrive as strings: a malformed one is answered like an unknown one, with 404. */
public final class Ids {

    private Ids() {
    }

    public static UUID parseOrNotFound(String value, String what) {
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw ProblemException.notFound(what);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what);
        }
    }
}

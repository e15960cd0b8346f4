package io.jejaring.plumbing.problem;

import io.jejaring.plumbing.domain.DomainException;

/** The one place where a kind of domain failure gets its HTTP status. */
public final class DomainProblems {

    private DomainProblems() {
    }

    public static Problem of(DomainException failure) {
        if (failure.kind() == DomainException.Kind.INVALID) {
            return Problem.invalid(failure.detail(), failure.errors());
        }
        return Problem.of(status(failure.kind()), failure.code(), failure.detail());
    }

    static int status(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case INVALID -> 400;
            case CONFLICT -> 409;
            case VERSION_MISMATCH -> 412;
            case UNPROCESSABLE -> 422;
            case UNAVAILABLE -> 503;
        };
    }
}

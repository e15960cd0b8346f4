package io.jejaring.local.cli;

/** The command was called in a way that cannot be done as asked (exit 2): the message says why and what to do. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}

package io.jejaring.localinfra;

/** A problem with the local stack that the user can fix, reported as one clear line. */
public final class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }
}

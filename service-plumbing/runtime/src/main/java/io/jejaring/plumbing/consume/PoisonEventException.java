package io.jejaring.plumbing.consume;

/** An event that can never be applied; it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}

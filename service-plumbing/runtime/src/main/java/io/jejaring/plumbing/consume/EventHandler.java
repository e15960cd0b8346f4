package io.jejaring.plumbing.consume;

/** Applies one event to a service's own tables; it runs inside the batch's transaction. */
@FunctionalInterface
public interface EventHandler {

    void apply(IncomingEvent event);

    /**
     * Runs once per transaction, after its events and still inside it: for work that is cheaper done once for
     * the whole batch than once per event.
     */
    default void beforeCommit() {
    }
}

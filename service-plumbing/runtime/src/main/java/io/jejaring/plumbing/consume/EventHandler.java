package io.jejaring.plumbing.consume;

import java.util.List;

/**
 * Applies events to a service's own tables, inside one transaction. The processor takes a new handler for each
 * transaction it tries, so whatever a handler collects belongs to that transaction alone.
 */
@FunctionalInterface
public interface EventHandler {

    void apply(IncomingEvent event);

    /**
     * Runs once per transaction, before its events (the ones not applied before): for taking the row locks they
     * will need, in one fixed order, so that concurrent transactions do not wait on each other in a circle.
     */
    default void lockInOrder(List<IncomingEvent> events) {
    }

    /**
     * Applies the transaction's events (the ones not applied before), in order. A handler that can write many
     * events with one statement per table overrides this; by default each is applied alone.
     */
    default void applyAll(List<IncomingEvent> events) {
        events.forEach(this::apply);
    }

    /**
     * Runs once per transaction, after its events and still inside it: for work that is cheaper done once for
     * the whole batch than once per event.
     */
    default void beforeCommit() {
    }
}

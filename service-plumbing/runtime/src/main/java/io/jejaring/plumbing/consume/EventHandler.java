package io.jejaring.plumbing.consume;

/** Applies one event to a service's own tables; it runs inside the batch's transaction. */
@FunctionalInterface
public interface EventHandler {

    void apply(IncomingEvent event);
}

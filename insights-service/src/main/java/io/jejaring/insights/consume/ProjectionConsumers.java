package io.jejaring.insights.consume;

import java.util.List;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.jejaring.insights.domain.PendingUpkeep;
import io.jejaring.insights.domain.Rebuild;
import io.jejaring.insights.domain.RelationshipLocks;
import io.jejaring.insights.domain.RelationshipUpkeep;
import io.jejaring.plumbing.consume.EventBatchProcessor;
import io.jejaring.plumbing.consume.EventHandler;
import io.jejaring.plumbing.consume.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Feeds each poll batch of both topics to the projection, one database transaction per batch: the relationship
 * rows the batch will write are locked first, in order ({@link RelationshipLocks}), and the relationships it
 * touched are brought up to date once, at its end. Each transaction the processor tries gets its own upkeep, so
 * a record retried alone carries only its own.
 */
@ApplicationScoped
public class ProjectionConsumers {

    @Inject
    EventBatchProcessor processor;

    @Inject
    ContactRecords contacts;

    @Inject
    InteractionRecords interactions;

    @Inject
    Rebuild rebuild;

    @Inject
    RelationshipUpkeep upkeep;

    @Inject
    RelationshipLocks locks;

    @Incoming("contacts")
    @Blocking
    public void consumeContacts(ConsumerRecords<String, String> batch) {
        boolean publish = rebuild.mayPublish(batch);
        processor.process(batch, () -> handler(publish, contacts::plan, contacts::applyAll));
    }

    @Incoming("interactions")
    @Blocking
    public void consumeInteractions(ConsumerRecords<String, String> batch) {
        boolean publish = rebuild.mayPublish(batch);
        processor.process(batch, () -> handler(publish, interactions::plan, interactions::applyAll));
    }

    /** A handler for one transaction: locks what its events will write, applies them, then settles the upkeep. */
    private EventHandler handler(boolean publish, BiConsumer<IncomingEvent, RelationshipLocks.Plan> plan,
            BiConsumer<List<IncomingEvent>, PendingUpkeep> applyEvents) {
        PendingUpkeep pending = upkeep.pending(publish);
        return new EventHandler() {
            @Override
            public void lockInOrder(List<IncomingEvent> events) {
                RelationshipLocks.Plan rows = locks.plan();
                events.forEach(event -> plan.accept(event, rows));
                rows.lock();
            }

            @Override
            public void apply(IncomingEvent event) {
                applyAll(List.of(event));
            }

            @Override
            public void applyAll(List<IncomingEvent> events) {
                applyEvents.accept(events, pending);
            }

            @Override
            public void beforeCommit() {
                pending.settle();
            }
        };
    }
}

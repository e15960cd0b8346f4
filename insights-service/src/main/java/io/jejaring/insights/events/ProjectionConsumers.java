package io.jejaring.insights.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.jejaring.insights.domain.PendingUpkeep;
import io.jejaring.insights.domain.RelationshipUpkeep;
import io.jejaring.insights.rebuild.Rebuild;
import io.jejaring.plumbing.consume.EventBatchProcessor;
import io.jejaring.plumbing.consume.EventHandler;
import io.jejaring.plumbing.consume.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Feeds each poll batch of both topics to the projection, one database transaction per batch; the relationships a
 * batch touched are brought up to date once, at its end.
 */
@ApplicationScoped
public class ProjectionConsumers {

    @Inject
    EventBatchProcessor processor;

    @Inject
    ContactProjection contacts;

    @Inject
    InteractionProjection interactions;

    @Inject
    Rebuild rebuild;

    @Inject
    RelationshipUpkeep upkeep;

    @Incoming("contacts")
    @Blocking
    public void consumeContacts(ConsumerRecords<String, String> batch) {
        PendingUpkeep pending = upkeep.pending(rebuild.mayPublish(batch));
        processor.process(batch, handler(event -> contacts.apply(event, pending), pending));
    }

    @Incoming("interactions")
    @Blocking
    public void consumeInteractions(ConsumerRecords<String, String> batch) {
        PendingUpkeep pending = upkeep.pending(rebuild.mayPublish(batch));
        processor.process(batch, handler(event -> interactions.apply(event, pending), pending));
    }

    /** Applies each event, then brings the relationships the batch touched up to date before it commits. */
    private static EventHandler handler(EventHandler apply, PendingUpkeep pending) {
        return new EventHandler() {
            @Override
            public void apply(IncomingEvent event) {
                apply.apply(event);
            }

            @Override
            public void beforeCommit() {
                pending.settle();
            }
        };
    }
}

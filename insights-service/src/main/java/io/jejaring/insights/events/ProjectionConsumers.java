package io.jejaring.insights.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.jejaring.insights.rebuild.Rebuild;
import io.jejaring.plumbing.consume.EventBatchProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Feeds each poll batch of both topics to the projection, one database transaction per batch. */
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

    @Incoming("contacts")
    @Blocking
    public void consumeContacts(ConsumerRecords<String, String> batch) {
        boolean publish = rebuild.mayPublish(batch);
        processor.process(batch, event -> contacts.apply(event, publish));
    }

    @Incoming("interactions")
    @Blocking
    public void consumeInteractions(ConsumerRecords<String, String> batch) {
        boolean publish = rebuild.mayPublish(batch);
        processor.process(batch, event -> interactions.apply(event, publish));
    }
}

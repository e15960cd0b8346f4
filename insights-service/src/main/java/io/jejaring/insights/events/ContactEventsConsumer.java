package io.jejaring.insights.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.jejaring.insights.domain.RelationshipProjection;
import io.jejaring.plumbing.consume.EventBatchProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Feeds each poll batch of {@code jejaring.contacts.v1} to the projection, one transaction per batch. */
@ApplicationScoped
public class ContactEventsConsumer {

    @Inject
    EventBatchProcessor processor;

    @Inject
    RelationshipProjection projection;

    @Incoming("contacts")
    @Blocking
    public void consume(ConsumerRecords<String, String> batch) {
        processor.process(batch, projection::apply);
    }
}

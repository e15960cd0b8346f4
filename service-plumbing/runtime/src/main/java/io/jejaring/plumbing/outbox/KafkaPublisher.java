package io.jejaring.plumbing.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends records to any topic through the one outgoing Kafka channel, configured with {@code acks=all} and the
 * idempotent producer. The returned {@link Uni} completes only once the broker has acknowledged the record.
 */
@ApplicationScoped
public class KafkaPublisher {

    public static final String CHANNEL = "jejaring-out";

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 10_000)
    MutinyEmitter<String> emitter;

    public Uni<Void> publish(String topic, String key, String value, Headers headers) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(key)
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(value).addMetadata(metadata));
    }
}

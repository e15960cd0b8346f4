package io.jejaring.plumbing.consume;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import io.jejaring.events.Topics;
import io.jejaring.plumbing.outbox.CloudEventHeaders;
import io.jejaring.plumbing.outbox.KafkaPublisher;

/** Sends a record that cannot be applied to {@code <topic>.dlq}, with the reason in its headers. */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    @Inject
    KafkaPublisher publisher;

    public void send(ConsumerRecord<String, String> record, Throwable failure) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        CloudEventHeaders.add(headers, REASON, String.valueOf(failure.getMessage()));
        CloudEventHeaders.add(headers, CAUSE, failure.getClass().getName());
        CloudEventHeaders.add(headers, TOPIC, record.topic());
        CloudEventHeaders.add(headers, PARTITION, String.valueOf(record.partition()));
        CloudEventHeaders.add(headers, OFFSET, String.valueOf(record.offset()));
        publisher.publish(Topics.deadLetter(record.topic()), record.key(), record.value(), headers)
                .await().atMost(Duration.ofSeconds(30));
        LOG.warnf("dead-lettered %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                failure.getClass().getSimpleName());
    }
}

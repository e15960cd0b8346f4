package io.jejaring.plumbing.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Publishes events to the real broker the way the services do, so a consumer can be tested on its own. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    /** Publishes {@code data} as a CloudEvent of {@code type} keyed by {@code ownerId}; answers its ce_id. */
    public static UUID publish(String topic, String type, String ownerId, Object data) {
        UUID id = UUID.randomUUID();
        publish(topic, type, ownerId, id, toJson(data));
        return id;
    }

    /** {@link #publish(String, String, String, Object)} with more headers, such as a trace context. */
    public static UUID publish(String topic, String type, String ownerId, Object data, Map<String, String> headers) {
        UUID id = UUID.randomUUID();
        publish(topic, type, ownerId, id, toJson(data), headers);
        return id;
    }

    /** Publishes a record with the given ce_id and raw value, to replay duplicates or send poison. */
    public static void publish(String topic, String type, String ownerId, UUID id, String value) {
        publish(topic, type, ownerId, id, value, Map.of());
    }

    private static void publish(String topic, String type, String ownerId, UUID id, String value,
            Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, ownerId, value);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "/jejaring/tests");
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        headers.forEach((name, headerValue) -> header(record, name, headerValue));
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + topic, e.getCause());
        }
    }

    public static String toJson(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}

package io.jejaring.plumbing.consume;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.plumbing.outbox.CloudEventHeaders;

/** A consumed CloudEvent: its id, its type, the owner (the record key) and its data. */
public record IncomingEvent(UUID id, String type, String ownerId, JsonNode data) {

    /** Reads the event from a record; a record that is not a valid Jejaring event is poison. */
    public static IncomingEvent from(ConsumerRecord<String, String> record, ObjectMapper json) {
        String id = CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID);
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE);
        if (id == null || type == null || record.key() == null || record.value() == null) {
            throw new PoisonEventException("record lacks ce_id, ce_type, key or value");
        }
        try {
            JsonNode data = json.readTree(record.value());
            if (data == null || !data.isObject()) {
                throw new PoisonEventException("event data is not a JSON object");
            }
            return new IncomingEvent(UUID.fromString(id), type, record.key(), data);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("ce_id is not a UUID");
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("event data is not JSON: " + e.getOriginalMessage());
        }
    }

    /** The data as one of the event records; data that doesn't fit is poison. */
    public <T> T dataAs(Class<T> type, ObjectMapper json) {
        try {
            return json.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException(type.getSimpleName() + " data does not fit: " + e.getClass().getSimpleName());
        }
    }

    /** Fails the event as poison unless {@code condition} holds. */
    public static void require(boolean condition, String what) {
        if (!condition) {
            throw new PoisonEventException("invalid event data: " + what);
        }
    }
}

package io.jejaring.plumbing.consume;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.plumbing.outbox.CloudEventHeaders;

/** A consumed CloudEvent: its id, its type, the owner (the record key) and its data. */
public record IncomingEvent(UUID id, String type, String ownerId, JsonNode data) {

    /** Reads the event from a record; a record that is not a valid Jejaring event is poison. */
    public static IncomingEvent from(ConsumerRecord<String, String> record, com.fasterxml.jackson.databind.ObjectMapper json) {
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
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PoisonEventException("event data is not JSON: " + e.getOriginalMessage());
        }
    }
}

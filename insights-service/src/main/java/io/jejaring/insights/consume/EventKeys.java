package io.jejaring.insights.consume;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.plumbing.consume.IncomingEvent;

/**
 * Reads the ids an event names without mapping its whole data: for locking ahead of applying. Lenient on
 * purpose: a missing or malformed id is left out here, and applying the event then rejects it as poison.
 */
final class EventKeys {

    private EventKeys() {
    }

    static Optional<UUID> uuid(IncomingEvent event, String field) {
        JsonNode value = event.data().get(field);
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.textValue()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static List<UUID> uuids(IncomingEvent event, String field) {
        JsonNode values = event.data().get(field);
        List<UUID> ids = new ArrayList<>();
        if (values != null && values.isArray()) {
            for (JsonNode value : values) {
                try {
                    ids.add(UUID.fromString(value.asText()));
                } catch (IllegalArgumentException e) {
                    // left out; the event is poison and will say so when applied
                }
            }
        }
        return ids;
    }
}

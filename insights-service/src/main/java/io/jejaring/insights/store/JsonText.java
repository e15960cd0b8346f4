package io.jejaring.insights.store;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the JSON arrays that native queries return for array columns ({@code array_to_json}). */
public final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonText() {
    }

    public static List<String> strings(String jsonArray) {
        if (jsonArray == null) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(jsonArray, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable array from the database", e);
        }
    }

    public static List<UUID> uuids(String jsonArray) {
        return strings(jsonArray).stream().map(UUID::fromString).toList();
    }
}

package io.jejaring.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sample payload per event type, serialized as a producer would. */
final class Samples {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static final UUID CONTACT = UUID.fromString("0b6c3c8e-3f1e-4d8a-9a51-6c1f0e2d9a01");
    static final UUID OTHER = UUID.fromString("7d2f8a41-5b0c-4e9e-8f13-2a7b9c4d6e02");

    private Samples() {
    }

    static ContactSnapshot contact() {
        return new ContactSnapshot(CONTACT, "owner-a", 3, Tier.CLOSE, 30, true, List.of("kopi-club", "jakarta-devs"),
                "javanese", "35-44", OTHER, Sincerity.SINCERE, Instant.parse("2024-05-01T08:30:15.123456Z"));
    }

    /** The data for {@code type}, as a Java record. */
    static Object forType(String type) {
        return switch (type) {
            case EventTypes.CONTACT_CREATED, EventTypes.CONTACT_UPDATED -> contact();
            case EventTypes.CONTACT_DELETED -> new ContactDeleted(CONTACT, "owner-a", 4);
            case EventTypes.CONTACT_MERGED -> new ContactsMerged("owner-a", CONTACT, OTHER, 2);
            case EventTypes.CONNECTION_ADDED, EventTypes.CONNECTION_REMOVED ->
                    new ConnectionChanged("owner-a", CONTACT, OTHER, ConnectionKind.COLLEAGUE, 1);
            default -> throw new IllegalArgumentException("no sample for " + type);
        };
    }

    static String json(Object data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode tree(Object data) {
        return MAPPER.valueToTree(data);
    }
}

package io.jejaring.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A sample payload per event type, serialized as a producer would. */
final class Samples {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static final UUID CONTACT = UUID.fromString("0b6c3c8e-3f1e-4d8a-9a51-6c1f0e2d9a01");
    static final UUID OTHER = UUID.fromString("7d2f8a41-5b0c-4e9e-8f13-2a7b9c4d6e02");
    static final UUID INTERACTION = UUID.fromString("c41e9a07-2d5b-4f3c-8e6a-9b0d1f2e3a03");
    static final UUID COMMITMENT = UUID.fromString("5e8d2b19-7a4c-4b6e-9f0a-3c1d2e4f5a04");

    private Samples() {
    }

    static ContactSnapshot contact() {
        return new ContactSnapshot(CONTACT, "owner-a", 3, Tier.CLOSE, 30, true, List.of("kopi-club", "jakarta-devs"),
                "javanese", "35-44", OTHER, Sincerity.SINCERE, Instant.parse("2024-05-01T08:30:15.123456Z"));
    }

    static InteractionSnapshot interaction() {
        return new InteractionSnapshot(INTERACTION, "owner-a", 2, List.of(CONTACT, OTHER), Channel.IN_PERSON,
                Initiator.THEM, Exchange.GAVE, Instant.parse("2024-06-12T03:15:00Z"));
    }

    static CommitmentChanged commitment(CommitmentStatus status) {
        return new CommitmentChanged(COMMITMENT, "owner-a", CONTACT, CommitmentDirection.I_PROMISED,
                LocalDate.of(2026, 1, 31), status, status == CommitmentStatus.OPEN ? 1 : 2);
    }

    static RelationshipOverdue overdue() {
        return new RelationshipOverdue("owner-a", CONTACT, Instant.parse("2024-05-01T08:30:15.123Z"),
                Instant.parse("2024-05-31T08:30:15.123Z"), 30, 2, 2.375);
    }

    static ReachChanged reach() {
        return new ReachChanged("owner-a", 42, 117, Map.of("1", 5, "2", 10, "3", 27, "4", 0, "5", 12),
                new ReachChanged.Breadth(6, 3, 4), new ReachChanged.Diversity(0.8125, 0.5, 1.0),
                Instant.parse("2024-06-12T03:15:30.5Z"));
    }

    /** The data for {@code type}, as a Java record. */
    static Object forType(String type) {
        return switch (type) {
            case EventTypes.CONTACT_CREATED, EventTypes.CONTACT_UPDATED -> contact();
            case EventTypes.CONTACT_DELETED -> new ContactDeleted(CONTACT, "owner-a", 4);
            case EventTypes.CONTACT_MERGED -> new ContactsMerged("owner-a", CONTACT, OTHER, 2);
            case EventTypes.CONNECTION_ADDED, EventTypes.CONNECTION_REMOVED ->
                    new ConnectionChanged("owner-a", CONTACT, OTHER, ConnectionKind.COLLEAGUE, 1);
            case EventTypes.OWNER_ERASED -> new OwnerErased("owner-a", Instant.parse("2024-06-12T03:15:00Z"));
            case EventTypes.INTERACTION_LOGGED, EventTypes.INTERACTION_UPDATED -> interaction();
            case EventTypes.INTERACTION_DELETED -> new InteractionDeleted(INTERACTION, "owner-a", 3);
            case EventTypes.COMMITMENT_MADE -> commitment(CommitmentStatus.OPEN);
            case EventTypes.COMMITMENT_RESOLVED -> commitment(CommitmentStatus.KEPT);
            case EventTypes.RELATIONSHIP_OVERDUE -> overdue();
            case EventTypes.RELATIONSHIP_RESTORED ->
                    new RelationshipRestored("owner-a", CONTACT, Instant.parse("2024-06-12T03:15:00Z"));
            case EventTypes.ONE_SIDED -> new OneSided("owner-a", OTHER, 4, 0, 5);
            case EventTypes.REACH_CHANGED -> reach();
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

package io.jejaring.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.jejaring.events.ContractAssertions.assertReported;
import static io.jejaring.events.ContractAssertions.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contracts of jejaring.interactions.v1: interactions and commitments. */
class InteractionEventsTest {

    private static final String LOGGED = EventTypes.INTERACTION_LOGGED;
    private static final String MADE = EventTypes.COMMITMENT_MADE;
    private static final String RESOLVED = EventTypes.COMMITMENT_RESOLVED;

    @Test
    void interactionSerializesAsTheSchemaExpects() {
        String json = Samples.json(Samples.interaction());
        assertTrue(json.contains("\"contactIds\":[\"" + Samples.CONTACT + "\",\"" + Samples.OTHER + "\"]"), json);
        assertTrue(json.contains("\"occurredAt\":\"2024-06-12T03:15:00Z\""), json);
        assertTrue(json.contains("\"initiatedBy\":\"THEM\""), json);
        assertValid(EventTypes.INTERACTION_UPDATED, json);
    }

    @Test
    void everyChannelInitiatorAndExchangeIsAccepted() {
        for (Channel channel : Channel.values()) {
            for (Initiator initiator : Initiator.values()) {
                for (Exchange exchange : Exchange.values()) {
                    InteractionSnapshot data = new InteractionSnapshot(Samples.INTERACTION, "owner-a", 1,
                            List.of(Samples.CONTACT), channel, initiator, exchange, Samples.interaction().occurredAt());
                    assertValid(LOGGED, Samples.json(data));
                }
            }
        }
    }

    @Test
    void wrongInteractionEnumsAreReported() {
        assertReported(LOGGED, interaction().put("channel", "CARRIER_PIGEON").toString(), "channel");
        assertReported(LOGGED, interaction().put("channel", "in_person").toString(), "channel");
        assertReported(LOGGED, interaction().put("initiatedBy", "US").toString(), "initiatedBy");
        assertReported(LOGGED, interaction().put("exchange", "TOOK").toString(), "exchange");
    }

    @Test
    void contactIdsHoldOneToFiftyDistinctIds() {
        ObjectNode fifty = interaction();
        ArrayNode ids = fifty.putArray("contactIds");
        for (int i = 0; i < 50; i++) {
            ids.add(new UUID(42, i).toString());
        }
        assertValid(LOGGED, fifty.toString());

        ids.add(new UUID(42, 50).toString());
        assertReported(LOGGED, fifty.toString(), "contactIds");

        ObjectNode none = interaction();
        none.putArray("contactIds");
        assertReported(LOGGED, none.toString(), "contactIds");

        ObjectNode twice = interaction();
        twice.putArray("contactIds").add(Samples.CONTACT.toString()).add(Samples.CONTACT.toString());
        assertReported(LOGGED, twice.toString(), "contactIds");

        ObjectNode malformed = interaction();
        malformed.putArray("contactIds").add("budi");
        assertReported(LOGGED, malformed.toString(), "contactIds[0]");

        assertReported(LOGGED, interaction().put("contactIds", Samples.CONTACT.toString()).toString(), "contactIds");
    }

    @Test
    void badInteractionValuesAreReported() {
        assertReported(LOGGED, interaction().put("interactionId", "42").toString(), "interactionId");
        assertReported(LOGGED, interaction().put("version", 0).toString(), "version");
        assertReported(LOGGED, interaction().put("occurredAt", "2024-06-12T10:15:00+07:00").toString(),
                "occurredAt");
        assertReported(LOGGED, interaction().put("occurredAt", "2024-06-12").toString(), "occurredAt");
        assertReported(EventTypes.INTERACTION_DELETED,
                Samples.tree(Samples.forType(EventTypes.INTERACTION_DELETED)).put("version", -1).toString(), "version");
    }

    @Test
    void personalInteractionFieldsAreReported() {
        List<String> problems = assertReported(LOGGED,
                interaction().put("summary", "Kopi darat at the usual place").toString(), "summary");
        assertEquals(1, problems.size(), problems.toString());
        assertReported(EventTypes.INTERACTION_UPDATED,
                interaction().put("notes", "Her daughter starts university").toString(), "notes");
        assertReported(EventTypes.INTERACTION_DELETED, Samples.tree(Samples.forType(EventTypes.INTERACTION_DELETED))
                .put("summary", "Lunch").toString(), "summary");
    }

    @Test
    void dueOnIsAPlainDate() {
        String json = Samples.json(Samples.commitment(CommitmentStatus.OPEN));
        assertTrue(json.contains("\"dueOn\":\"2026-01-31\""), json);
        assertValid(MADE, json);

        for (String bad : List.of("2026-02-30", "31/01/2026", "2026-1-31", "2026-01-31T00:00:00Z", "")) {
            assertReported(MADE, commitment(CommitmentStatus.OPEN).put("dueOn", bad).toString(), "dueOn");
        }
        assertReported(MADE, commitment(CommitmentStatus.OPEN).put("dueOn", 20260131).toString(), "dueOn");
        assertReported(MADE, commitment(CommitmentStatus.OPEN).putNull("dueOn").toString(), "dueOn");
    }

    @Test
    void aLeapDayIsADate() {
        CommitmentChanged leap = new CommitmentChanged(Samples.COMMITMENT, "owner-a", Samples.CONTACT,
                CommitmentDirection.THEY_PROMISED, LocalDate.of(2028, 2, 29), CommitmentStatus.OPEN, 1);
        assertValid(MADE, Samples.json(leap));
    }

    @Test
    void madeIsOpenAndResolvedIsFinal() {
        assertReported(MADE, Samples.json(Samples.commitment(CommitmentStatus.KEPT)), "status");
        assertReported(RESOLVED, Samples.json(Samples.commitment(CommitmentStatus.OPEN)), "status");
        for (CommitmentStatus status : List.of(CommitmentStatus.KEPT, CommitmentStatus.BROKEN,
                CommitmentStatus.CANCELLED)) {
            assertValid(RESOLVED, Samples.json(Samples.commitment(status)));
        }
    }

    @Test
    void wrongCommitmentValuesAreReported() {
        assertReported(RESOLVED, commitment(CommitmentStatus.KEPT).put("status", "DONE").toString(), "status");
        assertReported(MADE, commitment(CommitmentStatus.OPEN).put("direction", "WE_PROMISED").toString(),
                "direction");
        assertReported(MADE, commitment(CommitmentStatus.OPEN).put("contactId", "not-a-uuid").toString(),
                "contactId");
        assertReported(MADE, commitment(CommitmentStatus.OPEN).put("version", 1.5).toString(), "version");
    }

    @Test
    void commitmentDescriptionIsReported() {
        List<String> problems = assertReported(MADE,
                commitment(CommitmentStatus.OPEN).put("description", "Send Budi the deck").toString(), "description");
        assertEquals(1, problems.size(), problems.toString());
    }

    private static ObjectNode interaction() {
        return Samples.tree(Samples.interaction());
    }

    private static ObjectNode commitment(CommitmentStatus status) {
        return Samples.tree(Samples.commitment(status));
    }
}

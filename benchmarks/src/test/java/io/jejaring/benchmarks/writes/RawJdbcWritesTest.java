package io.jejaring.benchmarks.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.jejaring.events.Channel;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Sincerity;

/** The baseline's payloads are the services' events as they serialize them, byte for byte. */
class RawJdbcWritesTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Instant AT = Instant.parse("2026-03-04T05:06:07.123456Z");

    @Test
    void contactPayloadIsTheSnapshotOfTheNewContact() throws Exception {
        UUID id = UUID.randomUUID();
        assertEquals(JSON.writeValueAsString(new ContactSnapshot(id, "owner-1", 1, NewContact.TIER,
                        NewContact.TIER.defaultCadenceDays(), true, List.of(NewContact.COMMUNITY), null, null, null,
                        Sincerity.UNSURE, AT)),
                RawJdbcWrites.contactPayload(id, "owner-1", AT));
    }

    @Test
    void interactionPayloadIsTheSnapshotOfTheCall() throws Exception {
        UUID id = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        assertEquals(JSON.writeValueAsString(new InteractionSnapshot(id, "owner-1", 1, List.of(contact), Channel.PHONE,
                        Initiator.ME, Exchange.GAVE, AT)),
                RawJdbcWrites.interactionPayload(id, "owner-1", contact, AT));
    }

    @Test
    void theContactBodyIsJsonWithWhatTheRawSideWrites() throws Exception {
        NewContact contact = NewContact.random(new SplittableRandom(7));
        JsonNode body = JSON.readTree(contact.body());
        assertEquals(contact.displayName(), body.get("displayName").asText());
        assertEquals(JSON.readTree(contact.emailsJson()), body.get("emails"));
        assertEquals(NewContact.TIER.name(), body.get("tier").asText());
        assertEquals(List.of(NewContact.COMMUNITY), List.of(body.get("communities").get(0).asText()));
    }
}

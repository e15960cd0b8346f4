package io.jejaring.events;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SocialNetworkTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void twitterIsReadAsXAndWrittenAsX() throws Exception {
        assertEquals(SocialNetwork.X, json.readValue("\"TWITTER\"", SocialNetwork.class));
        assertEquals(SocialNetwork.X, json.readValue("\"X\"", SocialNetwork.class));
        assertEquals("\"X\"", json.writeValueAsString(json.readValue("\"TWITTER\"", SocialNetwork.class)));
    }

    @Test
    @SuppressWarnings("deprecation")
    void pathStaysReadable() throws Exception {
        assertEquals(SocialNetwork.PATH, json.readValue("\"PATH\"", SocialNetwork.class));
    }

    @Test
    void unknownNamesAreRejected() {
        assertThrows(InvalidFormatException.class, () -> json.readValue("\"MYSPACE\"", SocialNetwork.class));
        assertThrows(InvalidFormatException.class, () -> json.readValue("\"twitter\"", SocialNetwork.class));
    }

    @Test
    void namedIgnoresCaseAndKnowsTheAlias() {
        assertEquals(Optional.of(SocialNetwork.X), SocialNetwork.named("twitter"));
        assertEquals(Optional.of(SocialNetwork.X), SocialNetwork.named(" X "));
        assertEquals(Optional.of(SocialNetwork.WHATSAPP), SocialNetwork.named("WhatsApp"));
        assertEquals(Optional.of(SocialNetwork.BLUESKY), SocialNetwork.named("Bluesky"));
        assertEquals(Optional.empty(), SocialNetwork.named("myspace"));
        assertEquals(Optional.empty(), SocialNetwork.named(null));
    }
}

package io.jejaring.interactions;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;
import io.jejaring.events.Topics;
import io.jejaring.interactions.store.KnownContact;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;

/** What the interactions tests share: an owner, and contacts this service has learnt of from real events. */
abstract class InteractionsTestBase {

    static final String PROBLEM = "application/problem+json";
    final String owner = TestTokens.newOwner();

    RequestSpecification as(String ownerId) {
        return given().auth().oauth2(TestTokens.forOwner(ownerId)).contentType("application/json");
    }

    /** A contact of {@code ownerId}, announced on the contacts topic and awaited until this service knows it. */
    static UUID knownContact(String ownerId) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, ownerId, new ContactSnapshot(id, ownerId, 1,
                Tier.CLOSE, 30, true, List.of(), null, null, null, Sincerity.UNSURE, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> isLive(ownerId, id));
        return id;
    }

    static boolean isLive(String ownerId, UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> KnownContact.isLive(ownerId, contactId));
    }

    static String interaction(UUID... contacts) {
        StringBuilder ids = new StringBuilder();
        for (UUID contact : contacts) {
            ids.append(ids.length() == 0 ? "" : ",").append('"').append(contact).append('"');
        }
        return "{\"contactIds\":[" + ids + "],\"channel\":\"IN_PERSON\",\"initiatedBy\":\"THEM\",\"exchange\":\"GAVE\","
                + "\"occurredAt\":\"" + Instant.now().minus(Duration.ofHours(1)) + "\",\"summary\":\"kopi darat\"}";
    }
}

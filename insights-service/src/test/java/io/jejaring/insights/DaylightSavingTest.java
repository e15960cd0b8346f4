package io.jejaring.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.Channel;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestClock;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Due dates across both of 2026's daylight-saving changes in Europe/Berlin (29 March, 25 October), with this JVM
 * started in that zone: surefire's "berlin-time" execution runs this class with {@code -Duser.timezone=Europe/Berlin}.
 * The due date on {@code /contacts/{id}}, on {@code /overdue} and in {@code relationship-overdue} must each be
 * exactly {@code last + cadence × 24 h}.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class DaylightSavingTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        // decimals as doubles, so that the overdue ratio can be compared to 1e-9
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    final String owner = TestTokens.newOwner();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void startedInBerlinTheServiceStillKeepsTimeInUtc() {
        assertThat(System.getProperty("user.timezone")).as("this class must run in the berlin-time execution")
                .isEqualTo("Europe/Berlin");
        assertThat(TimeZone.getDefault().toZoneId().normalized()).isEqualTo(ZoneOffset.UTC);
        Object sessionZone = QuarkusTransaction.requiringNew().call(() ->
                entityManager.createNativeQuery("SHOW TimeZone").getSingleResult());
        assertThat(sessionZone).isEqualTo("UTC");
    }

    @Test
    void springForwardDoesNotBringTheDueDateAnHourEarlier() {
        UUID friend = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        Instant last = Instant.parse("2026-03-01T12:00:00Z");
        Instant due = last.plus(Duration.ofHours(30 * 24));
        assertThat(due).isEqualTo("2026-03-31T12:00:00Z");
        // the marker's one day holds no changeover: due at 11:20 whichever arithmetic is used
        Instant markerDue = Instant.parse("2026-03-31T11:20:00Z");
        aFriendLastSeenAt(friend, last);
        contact(marker, 1, markerDue.minus(Duration.ofHours(24)));
        awaitProjected(friend, last, marker);

        clock.freezeAt(Instant.parse("2026-03-31T11:30:00Z"));
        asOwner().get("/api/v1/insights/contacts/" + friend).then().statusCode(200)
                .body("dueAt", equalTo(due.toString()))
                .body("overdueRatio", closeTo((30 * 24 * 60 - 30) / (30.0 * 24 * 60), 1e-9))
                .body("flags", not(hasItem("OVERDUE")));
        asOwner().get("/api/v1/insights/overdue").then().statusCode(200).body("items.contactId", contains(marker.toString()));

        clock.freezeAt(due);
        asOwner().get("/api/v1/insights/overdue").then().statusCode(200)
                .body("items.contactId", contains(marker.toString(), friend.toString()))
                .body("items[1].dueAt", equalTo(due.toString())).body("items[1].daysOverdue", equalTo(0));
        // announced in due order: the marker first, since the friend was not due before its time
        assertThat(overdueAnnouncements(2)).containsExactly(announced(marker, markerDue), announced(friend, due));
    }

    @Test
    void fallBackDoesNotPutTheDueDateOffAnHour() {
        UUID friend = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        Instant last = Instant.parse("2026-10-01T12:00:00Z");
        Instant due = last.plus(Duration.ofHours(30 * 24));
        assertThat(due).isEqualTo("2026-10-31T12:00:00Z");
        Instant markerDue = Instant.parse("2026-10-31T12:30:00Z");
        aFriendLastSeenAt(friend, last);
        contact(marker, 1, markerDue.minus(Duration.ofHours(24)));
        awaitProjected(friend, last, marker);

        clock.freezeAt(due);
        asOwner().get("/api/v1/insights/contacts/" + friend).then().statusCode(200)
                .body("dueAt", equalTo(due.toString()))
                .body("overdueRatio", closeTo(1.0, 1e-9))
                .body("daysOverdue", equalTo(0))
                .body("flags", hasItem("OVERDUE"));
        asOwner().get("/api/v1/insights/overdue").then().statusCode(200)
                .body("items.contactId", contains(friend.toString())).body("items[0].dueAt", equalTo(due.toString()));

        clock.freezeAt(markerDue);
        assertThat(overdueAnnouncements(2)).containsExactly(announced(friend, due), announced(marker, markerDue));
    }

    RequestSpecification asOwner() {
        return given().auth().oauth2(TestTokens.forOwner(owner));
    }

    void contact(UUID id, int cadenceDays, Instant createdAt) {
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, new ContactSnapshot(id, owner, 1, Tier.CLOSE,
                cadenceDays, true, List.of(), null, null, null, Sincerity.UNSURE, createdAt));
    }

    void interaction(UUID contact, Instant at) {
        TestEvents.publish(Topics.INTERACTIONS, EventTypes.INTERACTION_LOGGED, owner, new InteractionSnapshot(UUID.randomUUID(),
                owner, 1, List.of(contact), Channel.PHONE, Initiator.ME, Exchange.SOCIAL, at));
    }

    /**
     * A 30-day contact created two weeks before {@code last}, with an interaction at {@code last}, and the clock
     * just after it: due neither before nor after the interaction is projected (they come on different topics).
     */
    void aFriendLastSeenAt(UUID friend, Instant last) {
        clock.freezeAt(last.plus(Duration.ofHours(1)));
        contact(friend, 30, last.minus(Duration.ofDays(14)));
        interaction(friend, last);
    }

    void awaitProjected(UUID friend, Instant last, UUID marker) {
        await().atMost(WAIT).untilAsserted(() -> asOwner().get("/api/v1/insights/contacts/" + friend).then()
                .statusCode(200).body("lastInteractionAt", equalTo(last.toString())));
        await().atMost(WAIT).untilAsserted(() -> asOwner().get("/api/v1/insights/contacts/" + marker).then()
                .statusCode(200));
    }

    /** This owner's first {@code count} {@code relationship-overdue} events, as (contact, due date). */
    List<String> overdueAnnouncements(int count) {
        List<ConsumerRecord<String, String>> records = TopicReader.await(Topics.INSIGHTS, record -> owner.equals(record.key())
                && EventTypes.RELATIONSHIP_OVERDUE.equals(new String(record.headers().lastHeader("ce_type").value(),
                StandardCharsets.UTF_8)), count, WAIT);
        return records.stream().map(record -> {
            JsonNode data = parse(record.value());
            return announced(UUID.fromString(data.get("contactId").asText()), Instant.parse(data.get("dueAt").asText()));
        }).toList();
    }

    static String announced(UUID contactId, Instant dueAt) {
        return contactId + " due " + dueAt;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.jejaring.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jejaring.events.Channel;
import io.jejaring.events.CommitmentChanged;
import io.jejaring.events.CommitmentDirection;
import io.jejaring.events.CommitmentStatus;
import io.jejaring.events.ConnectionChanged;
import io.jejaring.events.ConnectionKind;
import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.InteractionDeleted;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestClock;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The projection over real Kafka and PostgreSQL: one owner receives a clean sequence of events, another the same
 * events duplicated, reordered across and within topics and with back-dated interactions arriving last. Both end
 * in the same state, and that state matches figures computed by hand.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class EventOrderTest {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final UUID C1 = UUID.randomUUID();
    static final UUID C2 = UUID.randomUUID();
    static final UUID C3 = UUID.randomUUID();
    static final UUID I1 = UUID.randomUUID();
    static final UUID I2 = UUID.randomUUID();
    static final UUID I3 = UUID.randomUUID();
    static final UUID M1 = UUID.randomUUID();
    static final UUID M2 = UUID.randomUUID();

    @Inject
    TestClock clock;

    @BeforeEach
    void freeze() {
        clock.freezeAt(NOW);
        // decimals as doubles, not floats, so that figures can be compared to 1e-9. Set for each test, not once
        // in a static block: Quarkus restores the config after each test, so a static block that first ran
        // inside another class's test (one using this class's helpers) was undone before these tests ran.
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @AfterEach
    void unfreeze() {
        clock.reset();
    }

    record Event(String topic, String type, Object data, UUID id) {
    }

    /** The story, in the order it happened, for one owner. */
    static List<Event> story(String owner) {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        List<Event> events = new ArrayList<>();
        contact(events, owner, C1, 1, 30, List.of("alumni"), "Javanese", "35-44", null);
        contact(events, owner, C2, 1, 7, List.of("alumni", "chess"), "Batak", "25-34", C1);
        contact(events, owner, C3, 1, 90, List.of(), null, null, null);
        events.add(new Event(Topics.CONTACTS, EventTypes.CONNECTION_ADDED,
                new ConnectionChanged(owner, C2, C3, ConnectionKind.COLLEAGUE, 1), UUID.randomUUID()));
        interaction(events, owner, I1, 1, List.of(C1, C2), Channel.IN_PERSON, Initiator.THEM, Exchange.GAVE, 10);
        interaction(events, owner, I1, 2, List.of(C1), Channel.PHONE, Initiator.ME, Exchange.RECEIVED, 12);
        interaction(events, owner, I2, 1, List.of(C2), Channel.EMAIL, Initiator.THEM, Exchange.GAVE, 200);
        interaction(events, owner, I3, 1, List.of(C3), Channel.VIDEO, Initiator.ME, Exchange.MUTUAL, 5);
        events.add(new Event(Topics.INTERACTIONS, EventTypes.INTERACTION_DELETED, new InteractionDeleted(I3, owner, 2),
                UUID.randomUUID()));
        commitment(events, owner, M1, 1, C1, CommitmentDirection.I_PROMISED, today.minusDays(1), CommitmentStatus.OPEN);
        commitment(events, owner, M2, 1, C2, CommitmentDirection.THEY_PROMISED, today.plusDays(3), CommitmentStatus.OPEN);
        commitment(events, owner, M2, 2, C2, CommitmentDirection.THEY_PROMISED, today.plusDays(3), CommitmentStatus.KEPT);
        contact(events, owner, C2, 2, 14, List.of("alumni", "chess"), "Batak", "25-34", C1);
        return events;
    }

    @Test
    void duplicatedAndReorderedEventsGiveTheSameStateAsTheCleanSequence() {
        String clean = TestTokens.newOwner();
        String messy = TestTokens.newOwner();
        story(clean).forEach(event -> TestEvents.publish(event.topic(), event.type(), clean, event.data()));

        List<Event> shuffled = new ArrayList<>(story(messy));
        shuffled.addAll(new ArrayList<>(shuffled));
        Collections.shuffle(shuffled, new Random(42));
        shuffled.forEach(event -> TestEvents.publish(event.topic(), event.type(), messy, event.id(),
                TestEvents.toJson(event.data())));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(reach(messy)).isEqualTo(reach(clean));
            for (UUID contact : List.of(C1, C2, C3)) {
                assertThat(relationship(messy, contact)).isEqualTo(relationship(clean, contact));
            }
        });
        assertHandComputedFigures(clean);
    }

    void assertHandComputedFigures(String owner) {
        double h = 90;
        // C1: only I1 v2 remains (PHONE, alone, 12 days ago): 2 · 2^(-12/90)
        assertThat(strength(owner, C1)).isCloseTo(2 * Math.pow(2, -12 / h), within(1e-9));
        // C2: I1 no longer names it; I2 (EMAIL, 200 days ago): 1 · 2^(-200/90)
        assertThat(strength(owner, C2)).isCloseTo(Math.pow(2, -200 / h), within(1e-9));
        // C3: its only interaction was deleted: exactly zero
        assertThat(strength(owner, C3)).isEqualTo(0.0);

        Map<String, Object> reach = reach(owner);
        assertThat(reach.get("totalContacts")).isEqualTo(3);
        assertThat(reach.get("activeContacts")).isEqualTo(1); // C1 (12 days ago); C2's last is 200 days ago
        // A = {C1}; C1 introduced C2: reach = {C1, C2}
        assertThat(reach.get("secondDegreeReach")).isEqualTo(2);
        assertThat(reach.get("layers")).isEqualTo(Map.of("1", 2, "2", 0, "3", 0, "4", 0, "5", 1));
        assertThat(reach.get("breadth")).isEqualTo(Map.of("communities", 1, "cultures", 1, "ageBands", 1));
        // pairs in the last 365 days: (I1, C1) ME/RECEIVED and (I2, C2) THEM/GAVE
        assertThat(reach.get("reciprocity")).isEqualTo(Map.of("me", 1, "them", 1, "initiationBalance", 0.0));
        assertThat(reach.get("generosity")).isEqualTo(Map.of("gave", 1, "received", 1, "balance", 0.0));
        // mine: M1 open past due → keptRate 0; theirs: M2 kept → 1
        Map<?, ?> integrity = (Map<?, ?>) reach.get("integrity");
        assertThat(integrity.get("kept")).isEqualTo(0);
        assertThat(integrity.get("keptRate")).isEqualTo(0.0);
        assertThat(integrity.get("theirKept")).isEqualTo(1);
        assertThat(integrity.get("theirKeptRate")).isEqualTo(1.0);
        // C2's cadence is now 14 days and its last interaction 200 days ago: overdue; C3 (created now) is not
        assertThat(reach.get("overdueCount")).isEqualTo(1);
    }

    @Test
    void deletingAContactRemovesItFromEveryFigure() {
        String owner = TestTokens.newOwner();
        story(owner).forEach(event -> TestEvents.publish(event.topic(), event.type(), owner, event.data()));
        await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(14).equals(relationship(owner, C2).get("cadenceDays"))
                && Integer.valueOf(1).equals(((Map<?, ?>) reach(owner).get("integrity")).get("theirKept")));

        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_DELETED, owner, new ContactDeleted(C2, owner, 3));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asOwner(owner).get("/api/v1/insights/contacts/" + C2).then().statusCode(404));
        Map<String, Object> reach = reach(owner);
        assertThat(reach.get("totalContacts")).isEqualTo(2);
        assertThat(reach.get("overdueCount")).isEqualTo(0);
        assertThat(reach.get("secondDegreeReach")).isEqualTo(1);
        assertThat(reach.get("generosity")).isEqualTo(Map.of("gave", 0, "received", 1, "balance", -1.0));
        assertThat(((Map<?, ?>) reach.get("integrity")).get("theirKept")).isEqualTo(0);
        asOwner(owner).get("/api/v1/insights/overdue").then().body("items.size()", org.hamcrest.Matchers.equalTo(0));
        asOwner(owner).get("/api/v1/insights/suggestions").then()
                .body("items.contactId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(C2.toString())));

        // a late update of the deleted contact does not bring it back
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_UPDATED, owner, snapshot(owner, C2, 2, 14, List.of(), null, null, null));
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, snapshot(owner, UUID.randomUUID(), 1, 30, List.of(), null, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(3).equals(reach(owner).get("totalContacts")));
        asOwner(owner).get("/api/v1/insights/contacts/" + C2).then().statusCode(404);
    }

    static io.restassured.specification.RequestSpecification asOwner(String owner) {
        return given().auth().oauth2(TestTokens.forOwner(owner));
    }

    static Map<String, Object> reach(String owner) {
        Map<String, Object> reach = new java.util.HashMap<>(asOwner(owner).get("/api/v1/insights/reach").then()
                .statusCode(200).extract().path(""));
        reach.remove("computedAt");
        return reach;
    }

    static Map<String, Object> relationship(String owner, UUID contact) {
        return asOwner(owner).get("/api/v1/insights/contacts/" + contact).then().extract().path("");
    }

    static double strength(String owner, UUID contact) {
        return ((Number) asOwner(owner).get("/api/v1/insights/contacts/" + contact).then().statusCode(200)
                .extract().path("strength")).doubleValue();
    }

    static ContactSnapshot snapshot(String owner, UUID id, long version, int cadence, List<String> communities,
            String culture, String ageBand, UUID introducedBy) {
        return new ContactSnapshot(id, owner, version, Tier.CLOSE, cadence, true, communities, culture, ageBand,
                introducedBy, Sincerity.SINCERE, NOW.minus(Duration.ofDays(1)));
    }

    static void contact(List<Event> events, String owner, UUID id, long version, int cadence, List<String> communities,
            String culture, String ageBand, UUID introducedBy) {
        events.add(new Event(Topics.CONTACTS, version == 1 ? EventTypes.CONTACT_CREATED : EventTypes.CONTACT_UPDATED,
                snapshot(owner, id, version, cadence, communities, culture, ageBand, introducedBy), UUID.randomUUID()));
    }

    static void interaction(List<Event> events, String owner, UUID id, long version, List<UUID> contacts, Channel channel,
            Initiator initiator, Exchange exchange, int daysAgo) {
        events.add(new Event(Topics.INTERACTIONS, version == 1 ? EventTypes.INTERACTION_LOGGED : EventTypes.INTERACTION_UPDATED,
                new InteractionSnapshot(id, owner, version, contacts, channel, initiator, exchange,
                        NOW.minus(Duration.ofDays(daysAgo))), UUID.randomUUID()));
    }

    static void commitment(List<Event> events, String owner, UUID id, long version, UUID contact,
            CommitmentDirection direction, LocalDate dueOn, CommitmentStatus status) {
        events.add(new Event(Topics.INTERACTIONS, status == CommitmentStatus.OPEN ? EventTypes.COMMITMENT_MADE
                : EventTypes.COMMITMENT_RESOLVED, new CommitmentChanged(id, owner, contact, direction, dueOn, status, version),
                UUID.randomUUID()));
    }
}

package io.jejaring.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.jejaring.events.Channel;
import io.jejaring.events.CommitmentChanged;
import io.jejaring.events.CommitmentDirection;
import io.jejaring.events.CommitmentStatus;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventContract;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Insight events as the service publishes them, suggestions with reasons, and the API's refusals. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class InsightEventsAndApiTest {

    static final String PROBLEM = "application/problem+json";
    final String owner = TestTokens.newOwner();

    RequestSpecification asOwner() {
        return given().auth().oauth2(TestTokens.forOwner(owner));
    }

    void contact(UUID id, int cadenceDays, Instant createdAt) {
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, new ContactSnapshot(id, owner, 1, Tier.CLOSE,
                cadenceDays, true, List.of(), null, null, null, Sincerity.UNSURE, createdAt));
    }

    void interaction(UUID contact, Initiator initiator, Exchange exchange, Instant at) {
        TestEvents.publish(Topics.INTERACTIONS, EventTypes.INTERACTION_LOGGED, owner, new InteractionSnapshot(UUID.randomUUID(),
                owner, 1, List.of(contact), Channel.MESSAGE, initiator, exchange, at));
    }

    static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }

    @Test
    void anOverdueRelationshipIsAnnouncedOnceAndRestoredByAnInteraction() {
        UUID late = UUID.randomUUID();
        contact(late, 1, Instant.now().minus(Duration.ofDays(3)));

        List<ConsumerRecord<String, String>> overdue = TopicReader.await(Topics.INSIGHTS,
                record -> owner.equals(record.key()) && type(record).equals(EventTypes.RELATIONSHIP_OVERDUE), 1, Duration.ofSeconds(30));
        assertThat(overdue).hasSize(1);
        EventContract.load().assertValid(EventTypes.RELATIONSHIP_OVERDUE, overdue.get(0).value());
        assertThat(overdue.get(0).value()).contains(late.toString()).contains("\"cadenceDays\":1").contains("\"layer\":5");

        Instant talked = Instant.now().minusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        interaction(late, Initiator.ME, Exchange.SOCIAL, talked);
        List<ConsumerRecord<String, String>> restored = TopicReader.await(Topics.INSIGHTS,
                record -> owner.equals(record.key()) && type(record).equals(EventTypes.RELATIONSHIP_RESTORED), 1, Duration.ofSeconds(30));
        assertThat(restored).hasSize(1);
        EventContract.load().assertValid(EventTypes.RELATIONSHIP_RESTORED, restored.get(0).value());
        assertThat(restored.get(0).value()).contains("\"interactionAt\":\"" + talked + "\"");

        // the scan runs every second in tests: still exactly one overdue event for that due date
        assertThat(TopicReader.await(Topics.INSIGHTS, record -> owner.equals(record.key())
                && type(record).equals(EventTypes.RELATIONSHIP_OVERDUE), 2, Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void aRelationshipThatOnlyTakesIsFlaggedAndAnnouncedOnce() {
        UUID taker = UUID.randomUUID();
        contact(taker, 30, Instant.now().minus(Duration.ofDays(60)));
        for (int i = 1; i <= 4; i++) {
            interaction(taker, Initiator.THEM, Exchange.GAVE, Instant.now().minus(Duration.ofDays(i)));
        }
        List<ConsumerRecord<String, String>> oneSided = TopicReader.await(Topics.INSIGHTS,
                record -> owner.equals(record.key()) && type(record).equals(EventTypes.ONE_SIDED), 2, Duration.ofSeconds(20));
        assertThat(oneSided).hasSize(1);
        EventContract.load().assertValid(EventTypes.ONE_SIDED, oneSided.get(0).value());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> asOwner().get("/api/v1/insights/contacts/" + taker)
                .then().statusCode(200).body("flags", hasItem("ONE_SIDED")).body("balances.gave", equalTo(4))
                .body("balances.them", equalTo(4)));
    }

    @Test
    void someoneWhoHelpedThreeTimesUnpromptedIsOwed() {
        UUID helper = UUID.randomUUID();
        contact(helper, 365, Instant.now().minus(Duration.ofDays(30)));
        for (int i = 1; i <= 3; i++) {
            interaction(helper, Initiator.THEM, Exchange.RECEIVED, Instant.now().minus(Duration.ofDays(i)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asOwner().get("/api/v1/insights/contacts/" + helper)
                .then().statusCode(200).body("balances.received", equalTo(3)).body("flags", hasItem("YOU_OWE")));
        asOwner().get("/api/v1/insights/suggestions").then().statusCode(200)
                .body("items.find { it.contactId == '" + helper + "' }.reasons.text",
                        hasItem("they helped you 3 times; you haven't returned it"));
    }

    @Test
    void suggestionsRankByPriorityWithReasonsInWords() {
        UUID overdue = UUID.randomUUID();
        UUID helper = UUID.randomUUID();
        UUID promised = UUID.randomUUID();
        Instant now = Instant.now();
        contact(overdue, 30, now.minus(Duration.ofDays(72)));
        contact(helper, 365, now.minus(Duration.ofDays(10)));
        contact(promised, 365, now.minus(Duration.ofDays(10)));
        for (int i = 1; i <= 4; i++) {
            interaction(helper, Initiator.ME, Exchange.RECEIVED, now.minus(Duration.ofDays(i)));
        }
        TestEvents.publish(Topics.INTERACTIONS, EventTypes.COMMITMENT_MADE, owner, new CommitmentChanged(UUID.randomUUID(),
                owner, promised, CommitmentDirection.I_PROMISED, LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(3),
                CommitmentStatus.OPEN, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asOwner().get("/api/v1/insights/suggestions").then()
                .statusCode(200).body("items.contactId", hasItems(overdue.toString(), helper.toString(), promised.toString())));
        // priorities: overdue 72/30 × 1 = 2.4; promised 2 + 10/365 × 1; helper 1 + 4/365-ish × 5 (layer 1)
        asOwner().get("/api/v1/insights/suggestions").then()
                .body("items.contactId", contains(overdue.toString(), promised.toString(), helper.toString()))
                .body("items.find { it.contactId == '" + overdue + "' }.reasons[0].text", equalTo("42 days past your 30-day cadence"))
                .body("items.find { it.contactId == '" + helper + "' }.reasons.code", hasItem("YOU_OWE"))
                .body("items.find { it.contactId == '" + helper + "' }.reasons.text",
                        hasItem("they helped you 4 times; you haven't returned it"))
                .body("items.find { it.contactId == '" + promised + "' }.reasons[0].text",
                        equalTo("a promise of yours to them is due in 3 days"));
        asOwner().queryParam("limit", 1).get("/api/v1/insights/suggestions").then().body("items.size()", equalTo(1));
    }

    @Test
    void aNewOwnerGetsZerosAndEmptyLists() {
        asOwner().get("/api/v1/insights/reach").then().statusCode(200).body("totalContacts", equalTo(0))
                .body("activeContacts", equalTo(0)).body("layers.5", equalTo(0)).body("integrity.keptRate", equalTo(null));
        asOwner().get("/api/v1/insights/suggestions").then().statusCode(200).body("items", empty());
        asOwner().get("/api/v1/insights/reach/history").then().statusCode(200).body("items", empty());
    }

    @Test
    void anotherOwnersRelationshipIs404AndBadParametersAre400() {
        UUID mine = UUID.randomUUID();
        contact(mine, 30, Instant.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asOwner().get("/api/v1/insights/contacts/" + mine).then().statusCode(200));
        given().auth().oauth2(TestTokens.forOwner(TestTokens.newOwner())).get("/api/v1/insights/contacts/" + mine)
                .then().statusCode(404).contentType(PROBLEM);
        asOwner().get("/api/v1/insights/contacts/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        asOwner().get("/api/v1/insights/contacts/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        for (String[] bad : new String[][] {{"from", "yesterday"}, {"to", "2026-13-01"}, {"from", "2025-01-01"}}) {
            asOwner().queryParam(bad[0], bad[1]).get("/api/v1/insights/reach/history").then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", contains(bad[0]));
        }
        asOwner().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/v1/insights/reach/history")
                .then().statusCode(400);
        asOwner().queryParam("limit", "0").get("/api/v1/insights/suggestions").then().statusCode(400).contentType(PROBLEM);
        for (String path : new String[] {"/api/v1/insights/suggestions", "/api/v1/insights/reach/history",
                "/api/v1/insights/contacts/" + mine}) {
            given().get(path).then().statusCode(401).contentType(PROBLEM);
        }
    }
}

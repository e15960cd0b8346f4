package io.jejaring.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestClock;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The contact projection over real Kafka and PostgreSQL: idempotent, version-guarded, and dead-lettering poison. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class ContactProjectionTest {

    static final String PROBLEM = "application/problem+json";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    final String owner = TestTokens.newOwner();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    RequestSpecification asOwner() {
        return given().auth().oauth2(TestTokens.forOwner(owner));
    }

    static ContactSnapshot contact(String owner, UUID id, long version, int cadenceDays, Instant createdAt) {
        return new ContactSnapshot(id, owner, version, Tier.CLOSE, cadenceDays, true, List.of("alumni"), null, "35-44",
                null, Sincerity.SINCERE, createdAt);
    }

    void awaitTotal(int expected) {
        await().atMost(WAIT).untilAsserted(() ->
                asOwner().get("/api/v1/insights/reach").then().statusCode(200).body("totalContacts", equalTo(expected)));
    }

    @Test
    void aNewOwnerHasZerosAndNoOverdue() {
        asOwner().get("/api/v1/insights/reach").then().statusCode(200)
                .body("totalContacts", equalTo(0)).body("overdueCount", equalTo(0)).body("computedAt", notNullValue());
        asOwner().get("/api/v1/insights/overdue").then().statusCode(200)
                .body("items", empty()).body("nextCursor", nullValue());
    }

    @Test
    void aCreatedContactCountsAndBecomesOverdueOnceItsCadencePasses() {
        UUID id = UUID.randomUUID();
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, contact(owner, id, 1, 30, created));
        awaitTotal(1);
        asOwner().get("/api/v1/insights/overdue").then().statusCode(200).body("items", empty());

        clock.advance(Duration.ofDays(42));

        asOwner().get("/api/v1/insights/overdue").then().statusCode(200)
                .body("items.contactId", contains(id.toString()))
                .body("items[0].cadenceDays", equalTo(30))
                .body("items[0].daysOverdue", equalTo(12))
                .body("items[0].dueAt", equalTo(created.plus(Duration.ofDays(30)).toString()))
                .body("items[0].lastInteractionAt", nullValue());
        asOwner().get("/api/v1/insights/reach").then().body("overdueCount", equalTo(1));
    }

    @Test
    void duplicatesAndStaleVersionsChangeNothingAndTombstonesHold() {
        UUID id = UUID.randomUUID();
        Instant created = Instant.now();
        UUID eventId = TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_UPDATED, owner, contact(owner, id, 3, 7, created));
        // the same event again, then an older version arriving late
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_UPDATED, owner, eventId,
                TestEvents.toJson(contact(owner, id, 3, 7, created)));
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, contact(owner, id, 1, 365, created));
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_DELETED, owner, new ContactDeleted(id, owner, 4));
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_UPDATED, owner, contact(owner, id, 2, 30, created));
        UUID marker = UUID.randomUUID();
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, contact(owner, marker, 1, 30, created));

        // one owner's events share a partition: once the last one shows, every earlier one has been applied
        await().atMost(WAIT).untilAsserted(() ->
                asOwner().get("/api/v1/insights/contacts/" + marker).then().statusCode(200));
        asOwner().get("/api/v1/insights/contacts/" + id).then().statusCode(404);
        asOwner().get("/api/v1/insights/reach").then().body("totalContacts", equalTo(1));
        clock.advance(Duration.ofDays(400));
        asOwner().get("/api/v1/insights/overdue").then().body("items.contactId", contains(marker.toString()));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndConsumptionContinues() {
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, UUID.randomUUID(), "{\"contactId\":\"nope\"");
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, contact(owner, UUID.randomUUID(), 1, 30, Instant.now()));

        awaitTotal(1);
        var dead = TopicReader.awaitForOwner(Topics.deadLetter(Topics.CONTACTS), owner, 1, WAIT);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
        assertThat(dead.get(0).value()).isEqualTo("{\"contactId\":\"nope\"");
    }

    @Test
    void overduePagesWalkTheKeysetWithoutGapsOrRepeats() {
        Instant created = Instant.now();
        for (int i = 0; i < 5; i++) {
            TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner,
                    contact(owner, UUID.randomUUID(), 1, 10 + i, created));
        }
        awaitTotal(5);
        clock.advance(Duration.ofDays(30));

        String cursor = asOwner().queryParam("limit", 2).get("/api/v1/insights/overdue")
                .then().statusCode(200).body("items.cadenceDays", contains(10, 11)).extract().path("nextCursor");
        String cursor2 = asOwner().queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/insights/overdue")
                .then().statusCode(200).body("items.cadenceDays", contains(12, 13)).extract().path("nextCursor");
        asOwner().queryParam("limit", 2).queryParam("cursor", cursor2).get("/api/v1/insights/overdue")
                .then().statusCode(200).body("items.cadenceDays", contains(14)).body("nextCursor", nullValue());
    }

    @Test
    void anotherOwnersRelationshipsAreInvisible() {
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner,
                contact(owner, UUID.randomUUID(), 1, 1, Instant.now().minus(Duration.ofDays(5))));
        awaitTotal(1);
        String stranger = TestTokens.newOwner();
        given().auth().oauth2(TestTokens.forOwner(stranger)).get("/api/v1/insights/reach").then()
                .body("totalContacts", equalTo(0)).body("overdueCount", equalTo(0));
        given().auth().oauth2(TestTokens.forOwner(stranger)).get("/api/v1/insights/overdue").then().body("items", empty());
    }

    @Test
    void badLimitsAndCursorsGet400Problem() {
        for (String limit : new String[] {"0", "201", "abc", "7.9", "-1"}) {
            asOwner().queryParam("limit", limit).get("/api/v1/insights/overdue")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("limit"));
        }
        for (String cursor : new String[] {"%%%", "bm90LWEtY3Vyc29y", "Zm9vH2Jhcg"}) {
            asOwner().queryParam("cursor", cursor).get("/api/v1/insights/overdue")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("cursor"));
        }
    }

    @Test
    void everyEndpointNeedsAValidToken() {
        for (String path : new String[] {"/api/v1/insights/reach", "/api/v1/insights/overdue"}) {
            given().get(path).then().statusCode(401).contentType(PROBLEM);
            given().auth().oauth2(TestTokens.algNone(owner)).get(path).then().statusCode(401).contentType(PROBLEM);
            given().auth().oauth2(TestTokens.expired(owner)).get(path).then().statusCode(401).contentType(PROBLEM);
        }
    }
}

package io.jejaring.insights;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;
import io.jejaring.insights.domain.ReachSnapshots;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** {@code /suggestions} and {@code /reach/history} answer {@code {"items", "nextCursor"}} like every other list. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class ListShapeTest {

    final String owner = TestTokens.newOwner();

    @Inject
    ReachSnapshots snapshots;

    RequestSpecification asOwner() {
        return given().auth().oauth2(TestTokens.forOwner(owner));
    }

    @Test
    void suggestionsAreAPageWithNoCursorSinceTheyAreATopN() {
        asOwner().get("/api/v1/insights/suggestions").then().statusCode(200)
                .body("items", empty()).body("$", hasKey("nextCursor")).body("nextCursor", nullValue());
    }

    @Test
    void reachHistoryIsPagedByDay() {
        // a snapshot is taken of an owner with a live relationship only
        UUID contact = UUID.randomUUID();
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner,
                ContactProjectionTest.contact(owner, contact, 1, 30, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asOwner().get("/api/v1/insights/contacts/" + contact).then().statusCode(200));
        LocalDate today = snapshots.today();
        for (int daysAgo = 2; daysAgo >= 0; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            QuarkusTransaction.requiringNew().run(() -> snapshots.snapshot(owner, day));
        }
        String from = today.minusDays(2).toString();
        String cursor = asOwner().queryParam("from", from).queryParam("limit", 2).get("/api/v1/insights/reach/history")
                .then().statusCode(200)
                .body("items.day", contains(from, today.minusDays(1).toString()))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        asOwner().queryParam("from", from).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/insights/reach/history").then().statusCode(200)
                .body("items.day", contains(today.toString()))
                .body("$", hasKey("nextCursor")).body("nextCursor", nullValue());
        asOwner().queryParam("cursor", "not-ours!").get("/api/v1/insights/reach/history").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("cursor"));
        asOwner().queryParam("limit", 201).get("/api/v1/insights/reach/history").then().statusCode(400)
                .body("errors.field", contains("limit"));
    }
}

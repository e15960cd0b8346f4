package io.jejaring.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jejaring.events.Channel;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestClock;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** {@code /contacts/{id}/strength-history}: the current strength's formula, evaluated at the end of each past day. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class StrengthHistoryTest {

    static final Instant NOW = EventOrderTest.NOW;
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    static final String PROBLEM = "application/problem+json";

    final String owner = TestTokens.newOwner();

    @Inject
    TestClock clock;

    @BeforeEach
    void freeze() {
        clock.freezeAt(NOW);
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @AfterEach
    void unfreeze() {
        clock.reset();
    }

    @Test
    void eachDayDecaysWithTheHalfLifeAndTodayIsTheCurrentStrength() {
        UUID friend = contact();
        Instant coffee = NOW.minus(Duration.ofDays(120));
        Instant message = NOW.minus(Duration.ofDays(10));
        interaction(friend, Channel.IN_PERSON, coffee);
        interaction(friend, Channel.MESSAGE, message);
        // by hand, at NOW with H = 90 days: 3 · 2^(-120/90) + 1 · 2^(-10/90)
        double current = 3 * Math.pow(2, -120 / 90.0) + Math.pow(2, -10 / 90.0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(EventOrderTest.strength(owner, friend)).isCloseTo(current, within(1e-9)));

        List<Map<String, Object>> points = history(friend, null).statusCode(200)
                .body("contactId", equalTo(friend.toString())).extract().path("points");
        assertThat(points).hasSize(180);
        assertThat(points.get(0).get("date")).isEqualTo(TODAY.minusDays(179).toString());
        assertThat(points.get(179).get("date")).isEqualTo(TODAY.toString());
        assertThat(strength(points, TODAY)).isCloseTo(EventOrderTest.strength(owner, friend), within(1e-12))
                .isCloseTo(current, within(1e-9));

        LocalDate coffeeDay = LocalDate.ofInstant(coffee, ZoneOffset.UTC);
        assertThat(strength(points, coffeeDay.minusDays(1))).isZero();
        double endOfCoffeeDay = 3 * Math.pow(2, -hoursUntilEndOf(coffeeDay, coffee) / (90 * 24.0));
        assertThat(strength(points, coffeeDay)).isCloseTo(endOfCoffeeDay, within(1e-9));
        // between the two interactions, only decay: halved after one half-life (90 days), a day costs 2^(-1/90)
        assertThat(strength(points, coffeeDay.plusDays(90))).isCloseTo(endOfCoffeeDay / 2, within(1e-9));
        LocalDate messageDay = LocalDate.ofInstant(message, ZoneOffset.UTC);
        assertThat(strength(points, messageDay.minusDays(1)) / strength(points, messageDay.minusDays(2)))
                .isCloseTo(Math.pow(2, -1 / 90.0), within(1e-12));
        // the message adds its own term on its day
        double coffeeThen = 3 * Math.pow(2, -hoursUntilEndOf(messageDay, coffee) / (90 * 24.0));
        double messageThen = Math.pow(2, -hoursUntilEndOf(messageDay, message) / (90 * 24.0));
        assertThat(strength(points, messageDay)).isCloseTo(coffeeThen + messageThen, within(1e-9));
    }

    @Test
    void beyond180DaysThePointsAreWeeklyEndingToday() {
        UUID friend = contact();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> history(friend, "730").statusCode(200));
        List<String> dates = history(friend, "730").extract().path("points.date");
        assertThat(dates).hasSize(105).endsWith(TODAY.toString()).startsWith(TODAY.minusDays(7 * 104).toString());
        assertThat(history(friend, "181").extract().<List<String>>path("points.date")).hasSize(26);
        assertThat(history(friend, "7").extract().<List<String>>path("points.date")).hasSize(7);
    }

    @Test
    void aContactWithNoInteractionsIsZeroEveryDay() {
        UUID stranger = contact();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> history(stranger, "7").statusCode(200));
        history(stranger, "7").body("points.strength", contains(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0));
    }

    @Test
    void badDaysAre400AndAnotherOwnersOrAnUnknownContactIs404() {
        UUID mine = contact();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> history(mine, null).statusCode(200));
        for (String bad : new String[] {"6", "731", "0", "-1", "a week", "1.5"}) {
            history(mine, bad).statusCode(400).contentType(PROBLEM).body("errors.field", contains("days"));
        }
        given().auth().oauth2(TestTokens.forOwner(TestTokens.newOwner()))
                .get("/api/v1/insights/contacts/" + mine + "/strength-history").then().statusCode(404).contentType(PROBLEM);
        history(UUID.randomUUID(), null).statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/insights/contacts/" + mine + "/strength-history").then().statusCode(401);
    }

    UUID contact() {
        UUID id = UUID.randomUUID();
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner,
                EventOrderTest.snapshot(owner, id, 1, 30, List.of(), null, null, null));
        return id;
    }

    void interaction(UUID contact, Channel channel, Instant at) {
        TestEvents.publish(Topics.INTERACTIONS, EventTypes.INTERACTION_LOGGED, owner, new InteractionSnapshot(
                UUID.randomUUID(), owner, 1, List.of(contact), channel, Initiator.ME, Exchange.MUTUAL, at));
    }

    ValidatableResponse history(UUID contact, String days) {
        var request = given().auth().oauth2(TestTokens.forOwner(owner));
        if (days != null) {
            request.queryParam("days", days);
        }
        return request.get("/api/v1/insights/contacts/" + contact + "/strength-history").then();
    }

    static double strength(List<Map<String, Object>> points, LocalDate day) {
        return points.stream().filter(point -> day.toString().equals(point.get("date")))
                .map(point -> ((Number) point.get("strength")).doubleValue()).findFirst().orElseThrow();
    }

    static double hoursUntilEndOf(LocalDate day, Instant from) {
        return Duration.between(from, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).toMillis() / 3_600_000.0;
    }
}

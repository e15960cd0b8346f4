package io.jejaring.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.jejaring.events.Channel;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventContract;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.sql.SqlTimes;
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
 * ONE_SIDED is counted over a 365-day window, so time alone can turn it: here the one interaction in which they
 * gave back leaves the window. The periodic scan notices, and {@code one-sided} is published once.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class OneSidedOverTimeTest {

    final String owner = TestTokens.newOwner();

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    RequestSpecification asOwner() {
        return given().auth().oauth2(TestTokens.forOwner(owner));
    }

    void contact(UUID id) {
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, new ContactSnapshot(id, owner, 1, Tier.ACQUAINTANCE,
                365, true, List.of(), null, null, null, Sincerity.UNSURE, clock.instant().minus(Duration.ofDays(400))));
    }

    void interaction(UUID contact, Exchange exchange, Instant at) {
        TestEvents.publish(Topics.INTERACTIONS, EventTypes.INTERACTION_LOGGED, owner, new InteractionSnapshot(UUID.randomUUID(),
                owner, 1, List.of(contact), Channel.MESSAGE, Initiator.THEM, exchange, at));
    }

    static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }

    @Test
    void aRelationshipTurnedOneSidedByTimeAloneIsAnnouncedOnce() {
        UUID taker = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        contact(taker);
        contact(marker);
        // the one time they gave back, 360 days ago: it leaves the window in 5 days. Sent first, so that the
        // relationship is never one-sided on the way
        interaction(taker, Exchange.MUTUAL, now.minus(Duration.ofDays(360)));
        for (int i = 0; i < 3; i++) {
            interaction(taker, Exchange.GAVE, now.minus(Duration.ofDays(100 + i)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asOwner().get("/api/v1/insights/contacts/" + taker)
                .then().statusCode(200).body("balances.gave", equalTo(4)).body("flags", not(hasItem("ONE_SIDED"))));
        assertThat(oneSidedEventsWritten(taker)).isZero();

        clock.advance(Duration.ofDays(6));

        List<ConsumerRecord<String, String>> published = TopicReader.await(Topics.INSIGHTS,
                record -> owner.equals(record.key()) && type(record).equals(EventTypes.ONE_SIDED), 1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        EventContract.load().assertValid(EventTypes.ONE_SIDED, published.get(0).value());
        assertThat(published.get(0).value()).contains(taker.toString()).contains("\"gave\":3").contains("\"received\":0");
        asOwner().get("/api/v1/insights/contacts/" + taker).then().statusCode(200).body("flags", hasItem("ONE_SIDED"));

        // later scans walk on past the taker without announcing it again: an interaction of another contact that
        // leaves the window after it shows how far they got
        // in microseconds, as PostgreSQL keeps it: the clock may carry nanoseconds, and the stored time would then
        // stay "before" the one compared with for ever
        Instant markerAt = clock.instant().truncatedTo(ChronoUnit.MICROS).minus(Duration.ofDays(365)).plus(Duration.ofMinutes(1));
        interaction(marker, Exchange.SOCIAL, markerAt);
        await().atMost(Duration.ofSeconds(30)).until(() -> interactionsOf(marker) == 1);
        clock.advance(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> scanPosition() != null && !scanPosition().isBefore(markerAt));
        assertThat(oneSidedEventsWritten(taker)).isEqualTo(1);
    }

    long oneSidedEventsWritten(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM outbox WHERE owner_id = ?1 AND type = ?2 AND subject = ?3")
                .setParameter(1, owner).setParameter(2, EventTypes.ONE_SIDED).setParameter(3, contactId.toString())
                .getSingleResult()).longValue());
    }

    long interactionsOf(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM interaction_contact WHERE owner_id = ?1 AND contact_id = ?2")
                .setParameter(1, owner).setParameter(2, contactId).getSingleResult()).longValue());
    }

    Instant scanPosition() {
        return QuarkusTransaction.requiringNew().call(() -> SqlTimes.instant(entityManager.createNativeQuery(
                "SELECT CASE WHEN passed_at = '-infinity' THEN NULL ELSE passed_at END FROM reciprocity_window_scan")
                .getSingleResult()));
    }
}

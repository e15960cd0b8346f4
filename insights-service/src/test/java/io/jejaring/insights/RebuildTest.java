package io.jejaring.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;
import io.jejaring.insights.domain.ReachSnapshots;
import io.jejaring.insights.domain.Rebuild;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestClock;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Dropping the projection and replaying the topics gives back the same state, and publishes nothing. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class RebuildTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    TestClock clock;

    @Inject
    Rebuild rebuild;

    @Inject
    ReachSnapshots snapshots;

    @BeforeEach
    void freeze() {
        clock.freezeAt(EventOrderTest.NOW);
    }

    @AfterEach
    void unfreeze() {
        clock.reset();
    }

    /** The owner's insight events (type and id), in the order they were published. */
    static List<String> insightEvents(String owner) {
        return TopicReader.readToEnd(Topics.INSIGHTS).stream().filter(record -> owner.equals(record.key()))
                .map(record -> header(record, "ce_type") + " " + header(record, "ce_id")).toList();
    }

    /**
     * Whether the overdue scan has announced C2 at its final due date. How many announcements came before depends on
     * how the scan interleaved with the two topics' batches (C2 is overdue at three due dates along the story), so
     * the test waits for the last one, not for a count.
     */
    static boolean finalDueDateAnnounced(String owner) {
        Object dueAt = EventOrderTest.relationship(owner, EventOrderTest.C2).get("dueAt");
        return dueAt != null && TopicReader.readToEnd(Topics.INSIGHTS).stream()
                .filter(record -> owner.equals(record.key())
                        && EventTypes.RELATIONSHIP_OVERDUE.equals(header(record, "ce_type")))
                .map(record -> JsonPath.from(record.value()).getString("dueAt"))
                .anyMatch(announced -> Instant.parse(announced).equals(Instant.parse(dueAt.toString())));
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void aRebuildRestoresTheSameStateAndPublishesNothing() {
        String owner = TestTokens.newOwner();
        EventOrderTest.story(owner).forEach(event -> TestEvents.publish(event.topic(), event.type(), owner, event.data()));
        // the last event of each topic: C2's new cadence, and the promise to me kept
        await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(14).equals(
                EventOrderTest.relationship(owner, EventOrderTest.C2).get("cadenceDays"))
                && Integer.valueOf(1).equals(((Map<?, ?>) EventOrderTest.reach(owner).get("integrity")).get("theirKept")));
        await().atMost(Duration.ofSeconds(30)).until(() -> finalDueDateAnnounced(owner));
        // today's reach snapshot, which the hourly job would otherwise take at a moment of its own
        QuarkusTransaction.requiringNew().run(() -> snapshots.snapshot(owner, snapshots.today()));
        List<String> published = insightEvents(owner);
        Map<String, Object> before = EventOrderTest.reach(owner);
        List<Map<String, Object>> relationships = List.of(EventOrderTest.relationship(owner, EventOrderTest.C1),
                EventOrderTest.relationship(owner, EventOrderTest.C2), EventOrderTest.relationship(owner, EventOrderTest.C3));

        given().auth().oauth2(TestTokens.admin(owner)).post("/api/v1/admin/rebuild").then().statusCode(202)
                .body("status", equalTo("rebuilding"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(rebuild.isReplaying()).isFalse();
            assertThat(EventOrderTest.reach(owner)).isEqualTo(before);
        });
        assertThat(List.of(EventOrderTest.relationship(owner, EventOrderTest.C1),
                EventOrderTest.relationship(owner, EventOrderTest.C2),
                EventOrderTest.relationship(owner, EventOrderTest.C3))).isEqualTo(relationships);
        // what was announced before the rebuild is not announced again after it
        assertThat(insightEvents(owner)).isEqualTo(published);
    }

    @Test
    void onlyAdminsMayRebuild() {
        String owner = TestTokens.newOwner();
        given().auth().oauth2(TestTokens.forOwner(owner)).post("/api/v1/admin/rebuild").then().statusCode(403)
                .contentType(PROBLEM);
        given().post("/api/v1/admin/rebuild").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.forOwner(owner)).get("/api/v1/admin/rebuild").then().statusCode(405)
                .contentType(PROBLEM);
    }
}

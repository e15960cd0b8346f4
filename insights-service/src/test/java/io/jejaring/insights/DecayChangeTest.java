package io.jejaring.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jejaring.events.Channel;
import io.jejaring.events.EventTypes;
import io.jejaring.events.InteractionDeleted;
import io.jejaring.events.Topics;
import io.jejaring.insights.EventOrderTest.Event;
import io.jejaring.insights.formula.DecayParameters;
import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.TieStrength;
import io.jejaring.insights.domain.StrengthRecompute;
import io.jejaring.insights.jobs.StrengthsReadiness;
import io.jejaring.plumbing.testing.Management;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestClock;
import io.jejaring.plumbing.testing.TestEvents;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A change of the decay parameters between two starts. The history is projected with the configured ones (half-life
 * 90 days); the start-up pass ({@link StrengthRecompute#bringUpToDate}) is then run as a start with a half-life of
 * 60 days and another video weight would run it, against the same database. A second Quarkus start in one test
 * would need another profile on a database that the first prepared, which test-class order cannot promise.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class DecayChangeTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();

    // by hand, at NOW, with H = 90 days and the design's weights:
    // A: coffee 10 days ago, 3 · 2^(-10/90), plus half a video call 60 days ago, 1 · 2^(-60/90)
    static final double A_90 = 2.777624136862 + 0.629960524947;
    // B: the other half of the call, plus half of a phone call 30 days ago (an email, edited), 1 · 2^(-30/90)
    static final double B_90 = 0.629960524947 + 0.793700525984;
    // C: the other half of the phone call; its message 5 days ago was deleted
    static final double C_90 = 0.793700525984;
    // and with H = 60 days and video weighing 2.5 (1.25 each of the two):
    // A: 3 · 2^(-10/60) + 1.25 · 2^(-1); B: 1.25 · 2^(-1) + 2^(-1/2); C: 2^(-1/2)
    static final double A_60 = 2.672696154421 + 0.625;
    static final double B_60 = 0.625 + 0.707106781187;
    static final double C_60 = 0.707106781187;

    @Inject
    TestClock clock;

    @Inject
    StrengthRecompute recompute;

    @Inject
    @Readiness
    StrengthsReadiness readiness;

    @Inject
    Parameters parameters;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void freeze() {
        clock.freezeAt(EventOrderTest.NOW);
    }

    @AfterEach
    void restore() {
        clock.reset();
        recompute.bringUpToDate(DecayParameters.of(parameters));
    }

    @Test
    void aNewHalfLifeAndWeightRecomputeEveryStrengthFromTheFacts() throws SQLException {
        String owner = TestTokens.newOwner();
        UUID lastEvent = project(owner);
        DecayParameters configured = DecayParameters.of(parameters);
        // the deletion is the topic's last event for this owner: once it is applied, so is every other
        await().atMost(Duration.ofSeconds(60)).until(() -> deleted(owner, lastEvent));
        assertThat(strengths(owner, configured))
                .hasEntrySatisfying(A, s -> assertThat(s).isCloseTo(A_90, within(1e-9)))
                .hasEntrySatisfying(B, s -> assertThat(s).isCloseTo(B_90, within(1e-9)))
                .hasEntrySatisfying(C, s -> assertThat(s).isCloseTo(C_90, within(1e-9)));
        assertThat(recompute.recorded()).contains(configured);
        DecayParameters changed = changedParameters();
        // the defect: masses built with 90 days, read with 60, put a coffee of 10 days ago near 0
        assertThat(strengths(owner, changed).get(A)).isLessThan(0.01);
        // a projection written before the contact counts were kept: they are derived from the recorded weights
        update("UPDATE interaction_fact SET contact_count = NULL WHERE owner_id = ?", owner);

        assertThat(recompute.bringUpToDate(changed)).isTrue();

        Map<UUID, Double> strengths = strengths(owner, changed);
        assertThat(strengths.get(A)).isCloseTo(A_60, within(1e-9));
        assertThat(strengths.get(B)).isCloseTo(B_60, within(1e-9));
        assertThat(strengths.get(C)).isCloseTo(C_60, within(1e-9));
        assertThat(terms(owner)).isEqualTo(Map.of(A, 2, B, 2, C, 1));
        assertThat(recompute.recorded()).contains(changed);
        assertThat(recompute.bringUpToDate(changed)).as("a start with the recorded parameters recomputes nothing").isFalse();

        // and back: the service's own parameters give the first figures again, also through its API (JSON floats)
        assertThat(recompute.bringUpToDate(configured)).isTrue();
        assertThat(strengths(owner, configured).get(A)).isCloseTo(A_90, within(1e-9));
        assertThat(strengths(owner, configured).get(B)).isCloseTo(B_90, within(1e-9));
        assertThat(EventOrderTest.strength(owner, C)).isCloseTo(C_90, within(1e-6));
    }

    @Test
    void theServiceIsNotReadyWhileTheStrengthsAreRecomputed() throws SQLException {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Management.given().get("/q/health/ready").then().statusCode(200));
        String owner = TestTokens.newOwner();
        UUID contact = UUID.randomUUID();
        TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner,
                EventOrderTest.snapshot(owner, contact, 1, 30, List.of(), null, null, null));
        await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(30).equals(
                EventOrderTest.relationship(owner, contact).get("cadenceDays")));
        // the strengths were built with another half-life than the configured one
        update("UPDATE projection_parameters SET half_life = ?", Duration.ofDays(30).toString());
        CompletableFuture<Void> pass;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement rows = lock.prepareStatement("SELECT 1 FROM relationship WHERE owner_id = ? FOR UPDATE")) {
                rows.setString(1, owner);
                rows.executeQuery().close();
            }
            // as on a start with other parameters than the recorded ones; the pass waits for this owner's rows
            pass = readiness.start();

            Management.given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'tie-strengths' }.status", equalTo("DOWN"));
            assertThat(pass).isNotDone();
            lock.rollback();
        }
        await().atMost(Duration.ofSeconds(60)).until(pass::isDone);
        Management.given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("tie-strengths"));
        assertThat(recompute.recorded()).contains(DecayParameters.of(parameters));
    }

    private static DecayParameters changedParameters() {
        Map<Channel, Double> weights = new EnumMap<>(Parameters.defaults().channelWeights());
        weights.put(Channel.VIDEO, 2.5);
        return new DecayParameters(Duration.ofDays(60), weights);
    }

    /** Publishes the history; answers the interaction whose deletion is published last. */
    private static UUID project(String owner) {
        List<Event> events = new java.util.ArrayList<>();
        for (UUID contact : List.of(A, B, C)) {
            EventOrderTest.contact(events, owner, contact, 1, 30, List.of(), null, null, null);
        }
        UUID coffee = UUID.randomUUID();
        UUID call = UUID.randomUUID();
        UUID edited = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        EventOrderTest.interaction(events, owner, coffee, 1, List.of(A), Channel.IN_PERSON, null, null, 10);
        EventOrderTest.interaction(events, owner, call, 1, List.of(A, B), Channel.VIDEO, null, null, 60);
        EventOrderTest.interaction(events, owner, edited, 1, List.of(B), Channel.EMAIL, null, null, 120);
        EventOrderTest.interaction(events, owner, edited, 2, List.of(B, C), Channel.PHONE, null, null, 30);
        EventOrderTest.interaction(events, owner, deleted, 1, List.of(C), Channel.MESSAGE, null, null, 5);
        events.add(new Event(Topics.INTERACTIONS, EventTypes.INTERACTION_DELETED,
                new InteractionDeleted(deleted, owner, 2), UUID.randomUUID()));
        events.forEach(event -> TestEvents.publish(event.topic(), event.type(), owner, event.data()));
        return deleted;
    }

    private boolean deleted(String owner, UUID interaction) throws SQLException {
        List<Boolean> deleted = new java.util.ArrayList<>();
        query("SELECT deleted FROM interaction_fact WHERE owner_id = ? AND interaction_id = '" + interaction + "'", owner,
                row -> deleted.add(row.getBoolean(1)));
        return deleted.equals(List.of(true));
    }

    /** S at NOW of each of the owner's relationships, from the stored masses, read with {@code decay}. */
    private Map<UUID, Double> strengths(String owner, DecayParameters decay) throws SQLException {
        Map<UUID, Double> strengths = new HashMap<>();
        query("SELECT contact_id, strength_mass FROM relationship WHERE owner_id = ?", owner, row -> strengths.put(
                (UUID) row.getObject(1), TieStrength.valueAt(row.getDouble(2), EventOrderTest.NOW, decay.halfLife())));
        return strengths;
    }

    private Map<UUID, Integer> terms(String owner) throws SQLException {
        Map<UUID, Integer> terms = new HashMap<>();
        query("SELECT contact_id, strength_terms FROM relationship WHERE owner_id = ?", owner,
                row -> terms.put((UUID) row.getObject(1), row.getInt(2)));
        return terms;
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, String owner, Row row) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, owner);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        }
    }

    private void update(String sql, String value) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.executeUpdate();
        }
    }
}

package io.jejaring.insights.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jejaring.events.ContactDeleted;
import io.jejaring.events.ContactSnapshot;
import io.jejaring.events.EventTypes;
import io.jejaring.events.OwnerErased;
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
import io.restassured.specification.RequestSpecification;

/** An erased owner's reach history goes, and no scheduled snapshot ever selects the owner again. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class OwnerErasureInsightsTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ReachSnapshots snapshots;

    @Inject
    AgroalDataSource dataSource;

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

    @Test
    void anErasedOwnerKeepsNoReachHistoryAndIsNeverSnapshottedAgain() throws SQLException {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        for (UUID id : List.of(first, second)) {
            TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, new ContactSnapshot(id, owner, 1,
                    Tier.CLOSE, 30, true, List.of("alumni"), "Jawa", "35-44", null, Sincerity.SINCERE, Instant.now()));
        }
        await().atMost(WAIT).untilAsserted(() -> asOwner().get("/api/v1/insights/reach").then().statusCode(200)
                .body("totalContacts", equalTo(2)));
        snapshots.snapshotAll();
        asOwner().get("/api/v1/insights/reach/history").then().statusCode(200).body("items", hasSize(1));

        for (UUID id : List.of(first, second)) {
            TestEvents.publish(Topics.CONTACTS, EventTypes.CONTACT_DELETED, owner, new ContactDeleted(id, owner, 2));
        }
        TestEvents.publish(Topics.CONTACTS, EventTypes.OWNER_ERASED, owner, new OwnerErased(owner, Instant.now()));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM owner_erasure WHERE owner_id = ?") == 1);

        asOwner().get("/api/v1/insights/reach/history").then().statusCode(200).body("items", empty());
        clock.advance(Duration.ofDays(1));
        snapshots.snapshotAll();
        assertThat(count("SELECT count(*) FROM reach_snapshot WHERE owner_id = ?"))
                .as("snapshots of the erased owner, the day after").isZero();
        assertThat(count("SELECT count(*) FROM relationship WHERE owner_id = ? AND NOT deleted")).isZero();
    }

    long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, owner);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

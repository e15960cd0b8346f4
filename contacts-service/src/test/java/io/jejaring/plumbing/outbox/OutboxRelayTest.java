package io.jejaring.plumbing.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The relay's lock and batch, against the real database and broker (in the plumbing's package, to drive a batch). */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class OutboxRelayTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRelayThatDoesNotHoldTheLockPublishesNothingAndTheHolderPublishesEveryRowInOrderAsOneBatch() throws SQLException {
        String owner = TestTokens.newOwner();
        try (Connection otherRelay = dataSource.getConnection()) {
            otherRelay.setAutoCommit(false);
            try (PreparedStatement lock = otherRelay.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OutboxRelay.LOCK_KEY);
                lock.executeQuery().close();
            }
            for (int i = 0; i < 3; i++) {
                create(owner, "Contact " + i);
            }

            assertThat(relay.publishBatch()).isZero();
            assertThat(unsentSequences(owner)).containsExactly(1L, 2L, 3L);
            otherRelay.rollback();
        }

        await().atMost(WAIT).until(() -> {
            relay.publishBatch();
            return unsentSequences(owner).isEmpty();
        });
        List<ConsumerRecord<String, String>> records = TopicReader.awaitForOwner(Topics.CONTACTS, owner, 3, WAIT);
        assertThat(records).extracting(record -> new String(record.headers().lastHeader("ce_sequence").value(),
                StandardCharsets.UTF_8)).containsExactly("1", "2", "3");
        assertThat(distinctSentTimes(owner)).as("all three were waiting, so one batch marked them sent").isEqualTo(1);
    }

    void create(String owner, String displayName) {
        given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json")
                .body("{\"displayName\":\"" + displayName + "\",\"tier\":\"ACTIVE\"}")
                .post("/api/v1/contacts").then().statusCode(201);
    }

    List<Long> unsentSequences(String owner) throws SQLException {
        List<Long> sequences = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT sequence FROM outbox WHERE owner_id = ? AND sent_at IS NULL ORDER BY sequence")) {
            select.setString(1, owner);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sequences.add(rows.getLong(1));
                }
            }
        }
        return sequences;
    }

    int distinctSentTimes(String owner) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(DISTINCT sent_at) FROM outbox WHERE owner_id = ?")) {
            select.setString(1, owner);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}

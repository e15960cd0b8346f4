package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.outbox.OutboxPurge;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Sent outbox rows go after the retention period, an erased owner's at once; unsent ones stay until sent. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class OutboxPurgeTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    OutboxPurge purge;

    @Inject
    AgroalDataSource dataSource;

    String create(String owner, String displayName) {
        return given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json")
                .body("{\"displayName\":\"" + displayName + "\"}")
                .post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }

    @Test
    void sentRowsOlderThanTheRetentionAreDeletedAndNewerOnesKept() {
        String owner = TestTokens.newOwner();
        String old = create(owner, "Old");
        String recent = create(owner, "Recent");
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM outbox WHERE owner_id = ? AND sent_at IS NOT NULL",
                owner) == 2);
        update("UPDATE outbox SET sent_at = sent_at - interval '8 days' WHERE owner_id = ? AND subject = ?", owner, old);

        purge.purge();

        assertThat(strings("SELECT subject FROM outbox WHERE owner_id = ?", owner)).containsExactly(recent);
    }

    @Test
    void anErasedOwnersRowsArePublishedThenDeletedAtOnce() throws SQLException {
        String owner = TestTokens.newOwner();
        create(owner, "Ayu");
        create(owner, "Budi");
        given().auth().oauth2(TestTokens.forOwner(owner)).queryParam("confirm", "true").delete("/api/v1/owner")
                .then().statusCode(204);

        // the erasure's own events still go out, the last being owner.erased
        List<ConsumerRecord<String, String>> events = TopicReader.awaitForOwner(Topics.CONTACTS, owner, 5, WAIT);
        assertThat(new String(events.get(4).headers().lastHeader("ce_type").value()))
                .isEqualTo(EventTypes.OWNER_ERASED);
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM outbox WHERE owner_id = ? AND sent_at IS NULL",
                owner) == 0);

        purge.purge();

        assertThat(count("SELECT count(*) FROM outbox WHERE owner_id = ?", owner)).isZero();
        assertThat(count("SELECT count(*) FROM contact WHERE owner_id = ?", owner)).isZero();
        assertThat(count("SELECT count(*) FROM owner_erasure WHERE owner_id = ? AND outbox_until IS NULL", owner))
                .as("the erasure record, done with the outbox").isEqualTo(1);
    }

    long count(String sql, String owner) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, owner);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    List<String> strings(String sql, String owner) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, owner);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void update(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

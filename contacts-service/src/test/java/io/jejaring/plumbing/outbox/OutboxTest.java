package io.jejaring.plumbing.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The append's statement runs in the caller's transaction: a rollback takes the event and its sequence back. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRolledBackAppendLeavesNoRowAndNoGapInTheOwnersSequence() throws SQLException {
        String owner = TestTokens.newOwner();

        QuarkusTransaction.begin();
        OutboxMessage rolledBack = outbox.append(Topics.CONTACTS, EventTypes.CONTACT_CREATED, owner, owner,
                Map.of("note", "never committed"));
        assertThat(rolledBack.sequence()).isEqualTo(1);
        QuarkusTransaction.rollback();

        assertThat(outboxRows(owner)).isZero();
        given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json")
                .body("{\"displayName\":\"After the rollback\",\"tier\":\"ACTIVE\"}")
                .post("/api/v1/contacts").then().statusCode(201);
        List<ConsumerRecord<String, String>> records = TopicReader.awaitForOwner(Topics.CONTACTS, owner, 1,
                Duration.ofSeconds(30));
        assertThat(new String(records.get(0).headers().lastHeader("ce_sequence").value(), StandardCharsets.UTF_8))
                .isEqualTo("1");
        assertThat(records.get(0).headers().lastHeader("ce_id").value()).isNotEqualTo(
                rolledBack.id().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(outboxRows(owner)).isEqualTo(1);
    }

    int outboxRows(String owner) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM outbox WHERE owner_id = ?")) {
            count.setString(1, owner);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}

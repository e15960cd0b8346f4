package io.jejaring.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Tracing is off by default: a write stores no trace context and its record has no traceparent header. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
@WithTestResource(ContactsServiceStub.class)
class TracingOffTest extends InteractionsTestBase {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPostStoresAndSendsNoTraceContext() throws SQLException {
        UUID contact = knownContact(owner);

        as(owner).header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .body(interaction(contact)).post("/api/v1/interactions").then().statusCode(201);

        ConsumerRecord<String, String> logged = TopicReader.awaitForOwner(Topics.INTERACTIONS, owner, 1,
                Duration.ofSeconds(30)).get(0);
        assertThat(logged.headers().lastHeader("ce_id")).isNotNull();
        assertThat(logged.headers().lastHeader("traceparent")).isNull();
        assertThat(logged.headers().lastHeader("tracestate")).isNull();
        assertThat(tracedOutboxRows()).isZero();
    }

    private long tracedOutboxRows() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM outbox WHERE owner_id = ? AND traceparent IS NOT NULL")) {
            count.setString(1, owner);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

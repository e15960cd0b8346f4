package io.jejaring.plumbing.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/** The {@code jejaring_outbox_backlog} gauge: events written but not yet published. */
@ApplicationScoped
public class OutboxBacklog {

    @Inject
    AgroalDataSource dataSource;

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        Gauge.builder("jejaring.outbox.backlog", this, OutboxBacklog::unsent)
                .description("Outbox events not yet published to Kafka")
                .register(registry);
    }

    public double unsent() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM outbox WHERE sent_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}

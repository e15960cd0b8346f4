package io.jejaring.benchmarks.writes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A service's own database, looked at between phases. */
final class ServiceDatabase {

    private final String url;
    private final String user;
    private final String password;

    ServiceDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Events written to the outbox and not yet published by the relay. */
    long unsentEvents() throws SQLException {
        return queryLong("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
    }

    /** Waits until the relay has published every event, so the next phase does not pay for this one's. */
    long awaitOutboxDrained(Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long unsent;
        while ((unsent = unsentEvents()) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        return unsent;
    }

    /** Writes dirty pages out now, so that no phase happens to pay for a checkpoint the last one caused. */
    void checkpoint() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    /** The database's size on disk in bytes: tables, indexes and their free space (not the WAL). */
    long sizeBytes() throws SQLException {
        return queryLong("SELECT pg_database_size(current_database())");
    }

    String serverVersion() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}

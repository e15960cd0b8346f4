package io.jejaring.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.FlywayPlaceholders;
import io.jejaring.plumbing.testing.TestInfrastructure;

/**
 * Migration V97 gives the contacts stored before it their email keys, which the lookup finds; those with an address
 * that SQL's lower() might fold otherwise than the service are left for the service to derive again.
 */
class EmailKeysMigrationTest {

    static final String SCHEMA = "email_keys_migration";

    @Test
    void existingContactsGetTheKeysOfTheirAddresses() throws SQLException {
        TestInfrastructure.Database postgres = TestInfrastructure.get().database();
        String url = postgres.jdbcUrl(SCHEMA);
        try {
            migrate(url, postgres, "95");
            try (Connection connection = connect(url, postgres); Statement statement = connection.createStatement()) {
                statement.execute(insert("11111111-1111-1111-1111-111111111111", "2025-01-01",
                        "[{\"address\": \" Ayu@Example.ORG \", \"label\": \"work\"}, {\"address\": \"ayu@example.org\"},"
                                + " {\"address\": \"ayu@home.example\"}]"));
                statement.execute(insert("22222222-2222-2222-2222-222222222222", "2025-02-01", "[]"));
                statement.execute(insert("33333333-3333-3333-3333-333333333333", "2025-03-01",
                        "[{\"address\": \"ÉLODIE@exemple.fr\"}]"));
            }
            migrate(url, postgres, "97");

            try (Connection connection = connect(url, postgres); Statement statement = connection.createStatement()) {
                assertThat(strings(statement, "SELECT email_key FROM contact_email_key"
                        + " WHERE contact_id = '11111111-1111-1111-1111-111111111111' ORDER BY email_key"))
                        .containsExactly("ayu@example.org", "ayu@home.example");
                assertThat(strings(statement, "SELECT id FROM contact WHERE email_keys = '{}'"))
                        .containsExactly("22222222-2222-2222-2222-222222222222");
                assertThat(strings(statement, "SELECT id FROM contact WHERE search_prefixes IS NULL"))
                        .as("left for the service to derive again").containsExactly("33333333-3333-3333-3333-333333333333");
                assertThat(strings(statement, "SELECT id FROM contact WHERE search_prefixes IS NOT NULL ORDER BY id"))
                        .containsExactly("11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222");
            }
        } finally {
            try (Connection connection = connect(url, postgres); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    static void migrate(String url, TestInfrastructure.Database postgres, String target) {
        Flyway.configure().dataSource(url, postgres.user(), postgres.password()).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/plumbing", "classpath:db/migration").placeholders(FlywayPlaceholders.shared())
                .target(target).load().migrate();
    }

    static Connection connect(String url, TestInfrastructure.Database postgres) throws SQLException {
        Connection connection = DriverManager.getConnection(url, postgres.user(), postgres.password());
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + SCHEMA);
        }
        return connection;
    }

    static String insert(String id, String createdAt, String emails) {
        return "INSERT INTO contact (id, owner_id, display_name, emails, search_text, search_prefixes, tier, sincerity, version,"
                + " created_at, updated_at) VALUES ('" + id + "', 'owner-migration', 'Someone', '" + emails + "', '', '{someone}',"
                + " 'ACQUAINTANCE', 'UNSURE', 1, '" + createdAt + "', '" + createdAt + "')";
    }

    static List<String> strings(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

package io.jejaring.benchmarks.writes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.jejaring.benchmarks.common.Owner;
import io.jejaring.localinfra.LocalPostgres;
import io.jejaring.localinfra.Ports;

/** The raw baseline writes into the services' own tables, made by their migrations, on a real PostgreSQL. */
class RawJdbcWritesDatabaseTest {

    private static final Path ROOT = Path.of(System.getProperty("jejaring.home", "..")).toAbsolutePath().normalize();

    private static LocalPostgres postgres;
    private static String serviceUrl;

    @BeforeAll
    static void start() {
        postgres = LocalPostgres.start(null, Ports.free()).createDatabase("service");
        serviceUrl = postgres.jdbcUrl("service");
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void theTablesAreMadeByEveryMigrationOfTheServiceAndThePlumbing(Endpoint endpoint) throws Exception {
        RawJdbcWrites.create(endpoint, ROOT, serviceUrl, LocalPostgres.USER, LocalPostgres.PASSWORD);

        List<String> expected = new ArrayList<>(sqlFiles(ROOT.resolve("service-plumbing/runtime/src/main/resources/db/plumbing")));
        expected.addAll(sqlFiles(ROOT.resolve(endpoint.service()).resolve("src/main/resources/db/migration")));
        assertThat(expected).isNotEmpty();
        assertThat(strings(endpoint, "SELECT script FROM flyway_schema_history WHERE success AND script LIKE 'V%'"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void eachRequestWritesTheEntityTheOwnersNextSequenceAndItsOutboxRow(Endpoint endpoint) throws Exception {
        RawJdbcWrites raw = RawJdbcWrites.create(endpoint, ROOT, serviceUrl, LocalPostgres.USER, LocalPostgres.PASSWORD);
        Owner owner = new Owner("owner-1", "", List.of(UUID.randomUUID()));

        try (ClosedLoop.Worker worker = raw.workers(List.of(owner)).create(0)) {
            worker.call();
            worker.call();
        }

        assertThat(strings(endpoint, "SELECT count(*) FROM " + endpoint.table())).containsExactly("2");
        assertThat(strings(endpoint, "SELECT owner_id || ' ' || sequence || ' ' || topic || ' ' || type FROM outbox"
                + " ORDER BY sequence")).containsExactly(
                        "owner-1 1 " + endpoint.topic() + " " + endpoint.eventType(),
                        "owner-1 2 " + endpoint.topic() + " " + endpoint.eventType());
        assertThat(strings(endpoint, "SELECT owner_id || ' ' || last_sequence FROM outbox_sequence"))
                .containsExactly("owner-1 2");
    }

    /** The versioned migrations in a folder (not Flyway's callbacks, such as the plumbing's afterMigrate.sql). */
    private static List<String> sqlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("V") && name.endsWith(".sql")).toList();
        }
    }

    /** The first column of every row, as text, from the endpoint's schema of the baseline's database. */
    private static List<String> strings(Endpoint endpoint, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(RawJdbcWrites.DATABASE),
                LocalPostgres.USER, LocalPostgres.PASSWORD); Statement statement = connection.createStatement()) {
            connection.setSchema(endpoint.label());
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}

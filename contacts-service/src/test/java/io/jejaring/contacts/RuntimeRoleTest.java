package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import io.agroal.api.AgroalDataSource;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RuntimeRoleInfrastructure;
import io.jejaring.plumbing.testing.TestInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * As on Kubernetes: Flyway migrates as the schema's owner, whose {@code afterMigrate} grants the runtime role the
 * data, and the service serves as that role, which may then change the data and nothing else.
 */
@QuarkusTest
@WithTestResource(value = RuntimeRoleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "contacts_runtime_role"))
class RuntimeRoleTest {

    static final List<String> TABLE_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE");
    static final List<String> SEQUENCE_PRIVILEGES = List.of("USAGE", "SELECT", "UPDATE");
    static final String HISTORY = "flyway_schema_history";
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    /** The service's own pool: it connects as the runtime role. */
    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.flyway.locations")
    List<String> locations;

    record Relation(String name, char kind) {
        boolean isSequence() {
            return kind == 'S';
        }
    }

    @Test
    void theServiceServesAsTheRuntimeRole() throws SQLException {
        assertThat(single("SELECT current_user")).isEqualTo(RuntimeRoleInfrastructure.ROLE);
    }

    @Test
    void theRuntimeRoleMayChangeTheDataOfEveryTableAndSequenceButOnlyReadTheMigrationHistory() throws SQLException {
        List<Relation> relations = relationsInSchema();
        assertThat(relations).extracting(Relation::name)
                .contains("contact", "connection", "outbox", "outbox_sequence", HISTORY, "outbox_position_seq");

        for (Relation relation : relations) {
            if (relation.isSequence()) {
                for (String privilege : SEQUENCE_PRIVILEGES) {
                    assertThat(has("has_sequence_privilege", relation, privilege)).as(relation + " " + privilege).isTrue();
                }
            } else if (relation.name().equals(HISTORY)) {
                assertThat(has("has_table_privilege", relation, "SELECT")).as(HISTORY + " SELECT").isTrue();
                for (String privilege : List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE")) {
                    assertThat(has("has_table_privilege", relation, privilege)).as(HISTORY + " " + privilege).isFalse();
                }
            } else {
                for (String privilege : TABLE_PRIVILEGES) {
                    assertThat(has("has_table_privilege", relation, privilege)).as(relation + " " + privilege).isTrue();
                }
            }
            for (String privilege : List.of("REFERENCES", "TRIGGER")) {
                if (!relation.isSequence()) {
                    assertThat(has("has_table_privilege", relation, privilege)).as(relation + " " + privilege).isFalse();
                }
            }
        }
    }

    @Test
    void theRuntimeRoleCanNotCreateAlterOrDropAnything() throws SQLException {
        List<String> refused = new ArrayList<>(List.of(
                "CREATE TABLE intruder (id int)",
                "CREATE INDEX intruder ON contact (owner_id)",
                "DELETE FROM " + HISTORY));
        for (Relation relation : relationsInSchema()) {
            String kind = relation.isSequence() ? "SEQUENCE" : "TABLE";
            refused.add("ALTER " + kind + " " + relation.name() + " OWNER TO " + RuntimeRoleInfrastructure.ROLE);
            refused.add("DROP " + kind + " " + relation.name());
            if (!relation.isSequence()) {
                refused.add("ALTER TABLE " + relation.name() + " ADD COLUMN intruder int");
            }
        }
        for (String sql : refused) {
            assertThatThrownBy(() -> execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
        }
    }

    @Test
    void theServingPodsCanValidateTheSchemaAsTheRuntimeRole() {
        assertThat(flyway(dataSource, RuntimeRoleInfrastructure.ROLE, false).validateWithResult().validationSuccessful)
                .isTrue();
    }

    @Test
    void aContactWrittenAsTheRuntimeRoleReachesTheTopicThroughTheOutbox() {
        String owner = TestTokens.newOwner();
        String id = given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json")
                .body("{\"displayName\":\"Runtime Role\",\"tier\":\"ACTIVE\"}")
                .post("/api/v1/contacts").then().statusCode(201).extract().path("id");

        assertThat(TopicReader.awaitForOwner(Topics.CONTACTS, owner, 1, Duration.ofSeconds(30)))
                .singleElement().satisfies(event -> assertThat(event.value()).contains(id));
    }

    @Test
    void withoutTheRuntimeRoleTheGrantsDoNothingUnlessTheRoleIsRequired() {
        TestInfrastructure.Database database = TestInfrastructure.get().database();
        String url = database.jdbcUrl("contacts_without_runtime_role");
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(url);
        owner.setUser(database.user());
        owner.setPassword(database.password());

        assertThat(flyway(owner, "jejaring_absent", false).migrate().success).isTrue();
        assertThatThrownBy(() -> flyway(owner, "jejaring_absent", true).migrate())
                .hasStackTraceContaining("the runtime role jejaring_absent does not exist yet");
    }

    Flyway flyway(DataSource target, String runtimeRole, boolean required) {
        return Flyway.configure().dataSource(target).locations(locations.toArray(String[]::new))
                .placeholders(Map.of("runtime_role", runtimeRole, "runtime_role_required", String.valueOf(required)))
                .load();
    }

    List<Relation> relationsInSchema() throws SQLException {
        List<Relation> relations = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT relname, relkind FROM pg_class "
                        + "WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p', 'S') ORDER BY relname")) {
            while (rows.next()) {
                relations.add(new Relation(rows.getString(1), rows.getString(2).charAt(0)));
            }
        }
        return relations;
    }

    boolean has(String function, Relation relation, String privilege) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + function + "(quote_ident(current_schema()) || '.' || quote_ident(?), ?)")) {
            statement.setString(1, relation.name());
            statement.setString(2, privilege);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    String single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

package io.jejaring.plumbing.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link RealInfrastructure} with the roles of the Kubernetes deployment: Flyway migrates as the schema's owner,
 * and the service then serves as the runtime role ({@link #ROLE}, the shared {@code runtime_role} placeholder), as
 * the migration Job and the serving pods do. Like the Job, migrating requires the role, which this creates first.
 */
public class RuntimeRoleInfrastructure extends RealInfrastructure {

    public static final String ROLE = "jejaring_runtime";
    public static final String PASSWORD = "runtime";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String owner = config.get("quarkus.datasource.username");
        String ownerPassword = config.get("quarkus.datasource.password");
        createRole(config.get("quarkus.datasource.jdbc.url"), owner, ownerPassword);
        config.put("quarkus.flyway.username", owner);
        config.put("quarkus.flyway.password", ownerPassword);
        config.put("quarkus.flyway.placeholders.runtime_role_required", "true");
        config.put("quarkus.datasource.username", ROLE);
        config.put("quarkus.datasource.password", PASSWORD);
        return config;
    }

    /** Roles belong to the whole server, which this JVM's tests share: create it once, whoever asks first. */
    private static synchronized void createRole(String jdbcUrl, String owner, String ownerPassword) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, owner, ownerPassword);
                Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
                    + "CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the role " + ROLE, e);
        }
    }
}

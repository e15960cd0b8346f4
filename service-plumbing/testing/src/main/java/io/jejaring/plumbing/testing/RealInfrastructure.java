package io.jejaring.plumbing.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} real PostgreSQL and real Kafka ({@link TestInfrastructure}) and trusts the
 * {@link TestTokens} key. Use it with {@code @WithTestResource(value = RealInfrastructure.class,
 * initArgs = @ResourceArg(name = "database", value = "contacts"))}.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "jejaring";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        return Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.database().jdbcUrl(database),
                "quarkus.datasource.username", infrastructure.database().user(),
                "quarkus.datasource.password", infrastructure.database().password(),
                "kafka.bootstrap.servers", infrastructure.bootstrapServers(),
                "mp.jwt.verify.publickey", TestTokens.publicKeyPem());
    }

    @Override
    public void stop() {
        // Shared by every test class in this JVM; it stops with the JVM.
    }
}

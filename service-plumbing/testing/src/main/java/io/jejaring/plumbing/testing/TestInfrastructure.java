package io.jejaring.plumbing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.jejaring.events.Topics;
import io.jejaring.localinfra.LocalKafka;
import io.jejaring.localinfra.LocalPostgres;
import io.jejaring.localinfra.Ports;

/**
 * Real PostgreSQL and Kafka for the tests of one JVM, started once and shared, chosen in this order:
 * <ol>
 * <li>services named by the environment: {@code JEJARING_TEST_JDBC_URL} (with {@code JEJARING_TEST_JDBC_USER} and
 * {@code JEJARING_TEST_JDBC_PASSWORD}) and {@code JEJARING_TEST_BOOTSTRAP_SERVERS};</li>
 * <li>Testcontainers, where a Docker daemon answers;</li>
 * <li>the embedded PostgreSQL and in-process KRaft broker that {@code ./jejaring up} uses.</li>
 * </ol>
 * (Not {@code KAFKA_*}: Quarkus copies every such variable into the Kafka client configuration.)
 */
public final class TestInfrastructure {

    private static TestInfrastructure instance;

    private final Database database;
    private final String bootstrapServers;
    private final LocalKafka embeddedKafka;

    private TestInfrastructure(Database database, String bootstrapServers, LocalKafka embeddedKafka) {
        this.database = database;
        this.bootstrapServers = bootstrapServers;
        this.embeddedKafka = embeddedKafka;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = start();
            LocalKafka.createTopics(instance.bootstrapServers, Topics.all(), 3);
        }
        return instance;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Database database() {
        return database;
    }

    /** The in-process broker, which a test may stop and start; empty when Kafka is external. */
    public Optional<LocalKafka> embeddedKafka() {
        return Optional.ofNullable(embeddedKafka);
    }

    private static TestInfrastructure start() {
        Map<String, String> env = System.getenv();
        Database database;
        if (env.containsKey("JEJARING_TEST_JDBC_URL")) {
            database = new Database(name -> env.get("JEJARING_TEST_JDBC_URL"),
                    env.getOrDefault("JEJARING_TEST_JDBC_USER", "postgres"),
                    env.getOrDefault("JEJARING_TEST_JDBC_PASSWORD", "postgres"));
        } else if (dockerAvailable()) {
            PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");
            postgres.start();
            database = new Database(name -> postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
        } else {
            LocalPostgres postgres = LocalPostgres.start(null, Ports.free());
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
            database = new Database(name -> postgres.createDatabase(name).jdbcUrl(name), LocalPostgres.USER,
                    LocalPostgres.PASSWORD);
        }
        if (env.containsKey("JEJARING_TEST_BOOTSTRAP_SERVERS")) {
            return new TestInfrastructure(database, env.get("JEJARING_TEST_BOOTSTRAP_SERVERS"), null);
        }
        if (dockerAvailable()) {
            KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
            kafka.start();
            return new TestInfrastructure(database, kafka.getBootstrapServers(), null);
        }
        LocalKafka kafka = new LocalKafka(Ports.free(), temporaryDirectory("jejaring-test-kafka")).start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
        return new TestInfrastructure(database, kafka.bootstrapServers(), kafka);
    }

    /** Asks Testcontainers only when a daemon could exist: without one it logs a page of errors. */
    private static boolean dockerAvailable() {
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a service's database is; embedded PostgreSQL gives each service a database of its own. */
    public record Database(Function<String, String> jdbcUrlFor, String user, String password) {

        public String jdbcUrl(String name) {
            return jdbcUrlFor.apply(name);
        }
    }
}

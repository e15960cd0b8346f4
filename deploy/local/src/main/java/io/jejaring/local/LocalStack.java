package io.jejaring.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.jejaring.events.Topics;
import io.jejaring.localinfra.LocalKafka;
import io.jejaring.localinfra.LocalPostgres;
import io.jejaring.localinfra.Ports;
import io.jejaring.localinfra.StackException;
import io.jejaring.localinfra.TokenIssuer;

/**
 * The whole system on one machine: embedded PostgreSQL with one database per service, a KRaft broker,
 * a signing key, and the three services and the web app in their own JVMs. Used by {@code ./jejaring up} and the system tests.
 */
public final class LocalStack implements AutoCloseable {

    public static final int KAFKA_PORT = 9092;
    public static final int PARTITIONS = 3;
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path repositoryRoot;
    private final Path dataDir;
    private final TokenIssuer tokens;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, String> extraEnvironment = new LinkedHashMap<>();
    private final ServiceJdk jdk = ServiceJdk.forServices();
    private LocalPostgres postgres;
    private LocalKafka kafka;

    public LocalStack(Path repositoryRoot, Path dataDir) {
        this.repositoryRoot = repositoryRoot;
        this.dataDir = dataDir;
        this.tokens = TokenIssuer.loadOrCreate(keysDir(dataDir));
    }

    public static Path keysDir(Path dataDir) {
        return dataDir.resolve("keys");
    }

    /** Deletes a data directory and everything in it, for a stack that starts from nothing. */
    public static void wipe(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings for every service, as environment variables, on top of the stack's own (for tests). */
    public LocalStack withEnvironment(Map<String, String> environment) {
        extraEnvironment.putAll(environment);
        return this;
    }

    /** The JDBC URL of a service's database (user and password are {@link LocalPostgres}'s). */
    public String jdbcUrl(Service service) {
        return postgres.jdbcUrl(service.database());
    }

    public LocalStack start() {
        requireFreePorts();
        requireBuiltServices();
        postgres = LocalPostgres.start(dataDir.resolve("postgres"), Ports.free());
        Service.ALL.forEach(service -> postgres.createDatabase(service.database()));
        kafka = new LocalKafka(KAFKA_PORT, dataDir.resolve("kafka")).start();
        kafka.createTopics(Topics.all(), PARTITIONS);
        trainAotCaches();
        Service.ALL.forEach(this::launch);
        launch(Service.WEB);
        services.values().forEach(process -> process.awaitReady(READY_TIMEOUT));
        return this;
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public List<ServiceProcess> services() {
        return new ArrayList<>(services.values());
    }

    /** Stops and starts one service, as after a crash or a deploy. */
    public ServiceProcess restart(Service service, boolean kill) {
        stop(service, kill);
        return start(service);
    }

    /** Stops one service, gracefully or with SIGKILL; nothing if it is not running. */
    public void stop(Service service, boolean kill) {
        ServiceProcess old = services.remove(service.name());
        if (old != null) {
            if (kill) {
                old.kill();
            } else {
                old.close();
            }
        }
    }

    /** Starts one stopped service and waits until it is ready. */
    public ServiceProcess start(Service service) {
        ServiceProcess started = launch(service);
        started.awaitReady(READY_TIMEOUT);
        return started;
    }

    /** Stops PostgreSQL and starts it again on the same port and data, as after a crash or a failover. */
    public void restartPostgres(Duration down) throws InterruptedException {
        int port = postgres.port();
        postgres.close();
        Thread.sleep(down.toMillis());
        postgres = LocalPostgres.start(dataDir.resolve("postgres"), port);
    }

    /** A link that signs the owner in to the web app once, within 10 minutes (see {@link TokenIssuer#signInCode}). */
    public String signInLink(String owner) {
        return Service.WEB.baseUrl() + "/signin?code=" + tokens.signInCode(owner);
    }

    public Map<String, String> environmentFor(Service service) {
        if (service.equals(Service.WEB)) {
            return webEnvironment();
        }
        Map<String, String> environment = new LinkedHashMap<>(service.portEnvironment());
        environment.putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()),
                "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", TokenIssuer.publicKeyFile(keysDir(dataDir)).toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER,
                "JEJARING_CONTACTS_URL", Service.ALL.get(0).baseUrl()));
        environment.putAll(extraEnvironment);
        return environment;
    }

    /** The web app calls the three services with the signed-in owner's token, signed with the stack's key. */
    private Map<String, String> webEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>(Service.WEB.portEnvironment());
        environment.putAll(Map.of(
                "JEJARING_CONTACTS_URL", Service.ALL.get(0).baseUrl(),
                "JEJARING_INTERACTIONS_URL", Service.ALL.get(1).baseUrl(),
                "JEJARING_INSIGHTS_URL", Service.ALL.get(2).baseUrl(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "JEJARING_WEB_SIGNIN", "local",
                "JEJARING_WEB_SIGNIN_KEYS", keysDir(dataDir).toString()));
        environment.putAll(extraEnvironment);
        return environment;
    }

    /**
     * Stops everything within 15 s: the services together (SIGTERM, killed after {@link ServiceProcess#GRACE}),
     * then the broker, then PostgreSQL.
     */
    @Override
    public void close() {
        services.values().forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + ServiceProcess.GRACE.toNanos();
        services.values().forEach(process -> process.awaitStop(deadline));
        services.clear();
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** The JDK the services run on: a 25 or later if this machine has one (see {@link ServiceJdk}). */
    public ServiceJdk jdk() {
        return jdk;
    }

    private ServiceProcess launch(Service service) {
        List<String> aot = aotCache(service).filter(AotCache::exists).map(AotCache::useOptions).orElse(List.of());
        ServiceProcess process = ServiceProcess.start(service, service.runnableJar(repositoryRoot), jdk, aot,
                environmentFor(service), dataDir.resolve("logs").resolve(service.name() + ".log"));
        services.put(service.name(), process);
        return process;
    }

    /**
     * The service's AOT cache for its current build, kept with the repository's own {@code .jejaring} (not the
     * data folder, since it belongs to the build), or none on a JDK before 25.
     */
    private Optional<AotCache> aotCache(Service service) {
        if (!jdk.hasAotCache()) {
            return Optional.empty();
        }
        Path appDir = service.runnableJar(repositoryRoot).getParent();
        return Optional.of(AotCache.of(repositoryRoot.resolve(".jejaring").resolve("aot"), service.name(), appDir, jdk));
    }

    /** Trains the caches that the current build lacks, once, before the services start for real. */
    private void trainAotCaches() {
        Map<Service, AotCache> missing = new LinkedHashMap<>();
        Service.ALL.forEach(service -> aotCache(service).filter(cache -> !cache.exists())
                .ifPresent(cache -> missing.put(service, cache)));
        if (!missing.isEmpty()) {
            new AotTraining(this, repositoryRoot, dataDir.resolve("logs")).train(missing);
        }
    }

    private static List<Service> everything() {
        List<Service> all = new ArrayList<>(Service.ALL);
        all.add(Service.WEB);
        return all;
    }

    private void requireFreePorts() {
        List<String> busy = new ArrayList<>();
        if (Ports.isBusy(KAFKA_PORT)) {
            busy.add(KAFKA_PORT + " (Kafka)");
        }
        for (Service service : everything()) {
            service.ports().stream().filter(Ports::isBusy).forEach(port -> busy.add(port + " (" + service.name() + ")"));
        }
        if (!busy.isEmpty()) {
            throw new StackException("port(s) already in use: " + String.join(", ", busy)
                    + ". Is another Jejaring running? Stop it, or free the port(s).");
        }
    }

    private void requireBuiltServices() {
        for (Service service : everything()) {
            if (!Files.isRegularFile(service.runnableJar(repositoryRoot))) {
                throw new StackException(service.name() + " is not built: run `mvn -DskipTests package` first.");
            }
        }
    }
}

package io.jejaring.localinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node KRaft broker running in this JVM, built from the Maven Central jars.
 * It keeps its log in {@code dataDir}, so it can be stopped and started again on the same port.
 */
public final class LocalKafka implements AutoCloseable {

    private final int port;
    private final int controllerPort = Ports.free();
    private final Path dataDir;
    private KafkaRaftServer server;

    public LocalKafka(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized LocalKafka start() {
        if (server != null) {
            return this;
        }
        try {
            Files.createDirectories(dataDir);
            Map<String, Object> config = brokerConfig();
            format();
            server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            server.startup();
            awaitReady(Duration.ofSeconds(60));
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not start on port " + port, e);
        }
    }

    /** Stops the broker; its data stays, so {@link #start()} brings the same topics back. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public void createTopics(Collection<String> topics, int partitions) {
        createTopics(bootstrapServers(), topics, partitions);
    }

    /** Creates whichever of the topics the broker lacks: topics are created explicitly, never on first use. */
    public static void createTopics(String bootstrapServers, Collection<String> topics, int partitions) {
        try (Admin admin = admin(bootstrapServers)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1).configs(retentionFor(topic)))
                    .collect(Collectors.toList());
            admin.createTopics(missing).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create topics " + topics, e.getCause());
        }
    }

    /** Main topics keep everything so projections can be rebuilt; dead-letter topics keep 14 days. */
    private static Map<String, String> retentionFor(String topic) {
        String retention = topic.endsWith(".dlq") ? String.valueOf(Duration.ofDays(14).toMillis()) : "-1";
        return Map.of("retention.ms", retention, "cleanup.policy", "delete");
    }

    private Map<String, Object> brokerConfig() {
        return Map.ofEntries(
                Map.entry("node.id", "1"),
                Map.entry("process.roles", "broker,controller"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", dataDir.toString()),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("num.partitions", "3"));
    }

    /** Formats the log directory once; a restart finds it formatted and keeps its cluster id. */
    private void format() throws Exception {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(dataDir.toString()))
                .setMetadataLogDirectory(dataDir.toString())
                .setControllerListenerName("CONTROLLER")
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setIgnoreFormatted(true)
                .run();
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Admin admin = admin(bootstrapServers())) {
                admin.describeCluster().nodes().get();
                return;
            } catch (ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka broker not ready after " + timeout, e);
                }
                Thread.sleep(200);
            }
        }
    }

    private static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000"));
    }
}

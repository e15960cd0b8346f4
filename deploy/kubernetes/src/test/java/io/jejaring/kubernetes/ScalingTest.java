package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Replica counts, autoscaling bounds and what they demand of Kafka partitions and database connections. */
class ScalingTest {

    static final List<String> OVERLAYS = Repo.OVERLAYS;
    static final List<String> APPS = Repo.APPS;

    @ParameterizedTest
    @FieldSource("APPS")
    void prodRunsAtLeastThreeAutoscaledReplicasSpreadOverNodes(String service) {
        Manifests prod = Manifests.of("prod");
        JsonNode deployment = prod.deployment(service);
        JsonNode hpa = autoscaler(prod, service).orElseThrow(() -> new AssertionError("no HPA for " + service));
        assertThat(hpa.path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(hpa.path("spec").path("maxReplicas").asInt()).isGreaterThanOrEqualTo(hpa.path("spec").path("minReplicas").asInt());
        assertThat(hpa.path("spec").path("metrics")).as("HPA metrics of %s", service).isNotEmpty();
        // The HPA owns the count: a replicas field would reset it on every apply.
        assertThat(deployment.path("spec").has("replicas")).as("replicas field on %s", service).isFalse();

        JsonNode template = deployment.path("spec").path("template");
        JsonNode terms = template.path("spec").path("affinity").path("podAntiAffinity");
        boolean spreadOverNodes = false;
        for (JsonNode term : terms.path("preferredDuringSchedulingIgnoredDuringExecution")) {
            JsonNode podTerm = term.path("podAffinityTerm");
            spreadOverNodes |= podTerm.path("topologyKey").asText().equals("kubernetes.io/hostname")
                    && Selectors.matches(podTerm.path("labelSelector"), template.path("metadata").path("labels"));
        }
        for (JsonNode podTerm : terms.path("requiredDuringSchedulingIgnoredDuringExecution")) {
            spreadOverNodes |= podTerm.path("topologyKey").asText().equals("kubernetes.io/hostname")
                    && Selectors.matches(podTerm.path("labelSelector"), template.path("metadata").path("labels"));
        }
        assertThat(spreadOverNodes).as("pod anti-affinity of %s over kubernetes.io/hostname", service).isTrue();
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void devRunsOneReplicaAndNoAutoscaler(String service) {
        Manifests dev = Manifests.of("dev");
        assertThat(dev.deployment(service).path("spec").path("replicas").asInt()).isEqualTo(1);
        assertThat(autoscaler(dev, service)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noConsumerScalesPastThePartitionsOfWhatItConsumes(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.APPS.stream().filter(Repo::hasSources).toList()) {
            int most = maxPods(manifests, service) - 1;
            for (AppConfig.Channel channel : AppConfig.of(service).incoming()) {
                JsonNode topic = manifests.get("KafkaTopic", channel.topic());
                // More consumers in one group than partitions would sit idle.
                assertThat(most).as("most replicas of %s, consuming %s", service, channel.topic())
                        .isLessThanOrEqualTo(topic.path("spec").path("partitions").asInt());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void oneOfTheServicesPoolersAloneTakesThePoolsOfEveryPodItsServiceCanRun(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
            JsonNode container = Manifests.container(manifests.deployment(service));
            String host = ConfigContractTest.jdbcHost(manifests.environment(container), service);
            JsonNode pooler = manifests.get("Pooler", host);
            int maxClients = pgbouncer(pooler, "max_client_conn", 100);
            // Each PgBouncer takes clients on its own: when one is gone, the other takes them all.
            assertThat(maxPods(manifests, service) * pool(manifests, service, container))
                    .as("client connections %s may open to %s", service, host).isLessThanOrEqualTo(maxClients);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDatabaseHasRoomForItsPoolersAndItsMigration(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            String name = Manifests.name(cluster);
            int connections = poolerServerConnections(manifests, name) + migrationConnections(manifests, name);
            int maxConnections = cluster.path("spec").path("postgresql").path("parameters").path("max_connections").asInt(100);
            // PostgreSQL keeps 3 connections for superusers (the operator's own checks).
            assertThat(connections + 3).as("connections the poolers and migrations of %s may open", name)
                    .isLessThanOrEqualTo(maxConnections);
        }
    }

    /** The server connections the PgBouncers of a cluster may open: all for one role (the services' runtime role). */
    static int poolerServerConnections(Manifests manifests, String cluster) {
        int connections = 0;
        for (JsonNode pooler : manifests.ofKind("Pooler")) {
            if (pooler.path("spec").path("cluster").path("name").asText().equals(cluster)) {
                // default_pool_size per user and database (one of each), plus the reserve, on every PgBouncer.
                connections += pooler.path("spec").path("instances").asInt(1)
                        * (pgbouncer(pooler, "default_pool_size", 20) + pgbouncer(pooler, "reserve_pool_size", 0));
            }
        }
        return connections;
    }

    /** The connections the migration Jobs of a cluster may open, straight to its primary. */
    static int migrationConnections(Manifests manifests, String cluster) {
        int connections = 0;
        for (JsonNode job : manifests.ofKind("Job")) {
            JsonNode container = job.path("spec").path("template").path("spec").path("containers").get(0);
            String host = ConfigContractTest.jdbcHost(manifests.environment(container), Manifests.name(job));
            if (ConfigContractTest.clusterBehind(manifests, host).equals(cluster)) {
                connections += pool(manifests, null, container);
            }
        }
        return connections;
    }

    /** A container's JDBC pool: its QUARKUS_DATASOURCE_JDBC_MAX_SIZE, else the service's configured size. */
    static int pool(Manifests manifests, String service, JsonNode container) {
        Manifests.EnvValue override = manifests.environment(container).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
        if (override != null) {
            return Integer.parseInt(override.value());
        }
        return Integer.parseInt(AppConfig.of(service).value("quarkus.datasource.jdbc.max-size"));
    }

    static int pgbouncer(JsonNode pooler, String parameter, int byDefault) {
        return pooler.path("spec").path("pgbouncer").path("parameters").path(parameter).asInt(byDefault);
    }

    /** The most pods of a service that can run at once: the HPA's (or the Deployment's) count plus the surge. */
    static int maxPods(Manifests manifests, String service) {
        JsonNode deployment = manifests.deployment(service);
        int replicas = autoscaler(manifests, service).map(h -> h.path("spec").path("maxReplicas").asInt())
                .orElse(deployment.path("spec").path("replicas").asInt(1));
        return replicas + deployment.path("spec").path("strategy").path("rollingUpdate").path("maxSurge").asInt(1);
    }

    static Optional<JsonNode> autoscaler(Manifests manifests, String service) {
        return manifests.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> h.path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                        && h.path("spec").path("scaleTargetRef").path("name").asText().equals(service))
                .findFirst();
    }
}

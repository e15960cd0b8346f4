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
    static final List<String> SERVICES = Repo.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
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
    @FieldSource("SERVICES")
    void devRunsOneReplicaAndNoAutoscaler(String service) {
        Manifests dev = Manifests.of("dev");
        assertThat(dev.deployment(service).path("spec").path("replicas").asInt()).isEqualTo(1);
        assertThat(autoscaler(dev, service)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noConsumerScalesPastThePartitionsOfWhatItConsumes(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
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
    void everyDatabaseHasRoomForThePoolsOfEveryPodItsServiceCanRun(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
            AppConfig config = AppConfig.of(service);
            JsonNode container = Manifests.container(manifests.deployment(service));
            Manifests.EnvValue override = manifests.environment(container).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            int pool = Integer.parseInt(override != null ? override.value() : config.value("quarkus.datasource.jdbc.max-size"));
            JsonNode cluster = manifests.get("Cluster", ConfigContractTest.databaseCluster(manifests, service));
            int maxConnections = cluster.path("spec").path("postgresql").path("parameters").path("max_connections").asInt(100);
            // PostgreSQL keeps 3 connections for superusers (the operator's own checks).
            assertThat(maxPods(manifests, service) * pool + 3).as("connections %s may open (pool %d)", service, pool)
                    .isLessThanOrEqualTo(maxConnections);
        }
    }

    @Test
    void migrationsRunAtStartUnderFlywaysPostgresqlLock() {
        // The README's migration story: every replica migrates at start, serialised by Flyway's advisory lock
        // on PostgreSQL. Switching to a migration Job must come with a change to the README and to this test.
        for (String service : Repo.SERVICES) {
            AppConfig config = AppConfig.of(service);
            assertThat(config.value("quarkus.flyway.migrate-at-start")).as(service).isEqualTo("true");
            assertThat(config.value("quarkus.datasource.db-kind")).as(service).isEqualTo("postgresql");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void startupProbesLeaveTimeToWaitForTheMigrationLock(String overlay) {
        for (String service : Repo.SERVICES) {
            JsonNode probe = Manifests.container(Manifests.of(overlay).deployment(service)).path("startupProbe");
            // Replicas wait their turn at the lock: give a start at least two minutes.
            assertThat(probe.path("periodSeconds").asInt(10) * probe.path("failureThreshold").asInt(3))
                    .as("startup budget of %s in %s, seconds", service, overlay).isGreaterThanOrEqualTo(120);
        }
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

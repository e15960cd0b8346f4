package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** How pods stop, and which pods the scheduler places first. */
class LifecycleTest {

    static final List<String> OVERLAYS = Repo.OVERLAYS;
    static final String DATA_TIER = "jejaring-data";

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void thePreStopPauseAndTheShutdownTimeoutEndInsideTheGracePeriod(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.APPS) {
            JsonNode deployment = manifests.deployment(service);
            JsonNode container = Manifests.container(deployment);
            Manifests.EnvValue override = manifests.environment(container).get("QUARKUS_SHUTDOWN_TIMEOUT");
            String timeout = override != null ? override.value() : AppConfig.of(service).value("quarkus.shutdown.timeout");
            assertThat(timeout).as("quarkus.shutdown.timeout of %s: without it, SIGTERM drops in-flight requests", service).isNotNull();
            JsonNode preStop = container.path("lifecycle").path("preStop");
            // The image has no shell: only the kubelet's own sleep action can pause.
            assertThat(preStop.has("exec")).as("preStop exec of %s", service).isFalse();
            long pause = preStop.path("sleep").path("seconds").asLong(0);
            long grace = deployment.path("spec").path("template").path("spec").path("terminationGracePeriodSeconds").asLong(30);
            assertThat(pause + seconds(timeout)).as("preStop pause + shutdown timeout of %s, seconds (grace %d)", service, grace)
                    .isLessThan(grace);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theDataTierIsScheduledAheadOfTheServices(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        JsonNode priority = manifests.get("PriorityClass", DATA_TIER);
        assertThat(priority.path("metadata").has("namespace")).as("a PriorityClass is cluster-scoped").isFalse();
        assertThat(priority.path("value").asInt()).isPositive();
        assertThat(priority.path("globalDefault").asBoolean(false)).isFalse();
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            assertThat(cluster.path("spec").path("priorityClassName").asText()).as(Manifests.name(cluster)).isEqualTo(DATA_TIER);
        }
        for (JsonNode pooler : manifests.ofKind("Pooler")) {
            assertThat(pooler.path("spec").path("template").path("spec").path("priorityClassName").asText())
                    .as(Manifests.name(pooler)).isEqualTo(DATA_TIER);
        }
        for (JsonNode pool : manifests.ofKind("KafkaNodePool")) {
            assertThat(pool.path("spec").path("template").path("pod").path("priorityClassName").asText())
                    .as("Kafka pool %s", Manifests.name(pool)).isEqualTo(DATA_TIER);
        }
        for (String service : Repo.APPS) {
            assertThat(manifests.deployment(service).path("spec").path("template").path("spec").path("priorityClassName").asText())
                    .as("priority of %s", service).isNotEqualTo(DATA_TIER);
        }
    }

    @Test
    void durationsReadAsQuarkusWritesThem() {
        assertThat(seconds("20s")).isEqualTo(20);
        assertThat(seconds("PT1M")).isEqualTo(60);
        assertThat(seconds("15")).isEqualTo(15);
        assertThat(seconds("500ms")).isEqualTo(1);
    }

    /** A Quarkus duration (a number of seconds, a number with a unit, or ISO-8601), rounded up to whole seconds. */
    static long seconds(String duration) {
        String value = duration.trim();
        Duration parsed;
        if (value.matches("\\d+")) {
            parsed = Duration.ofSeconds(Long.parseLong(value));
        } else if (value.matches("\\d+ms")) {
            parsed = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        } else if (value.matches("\\d+[smhd]")) {
            String unit = value.substring(value.length() - 1);
            parsed = Duration.parse((unit.equals("d") ? "P" : "PT") + value.toUpperCase());
        } else {
            parsed = Duration.parse(value);
        }
        long whole = parsed.toSeconds();
        return parsed.equals(Duration.ofSeconds(whole)) ? whole : whole + 1;
    }
}

package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Kafka in prod: separate controller and broker pools, one of each per zone, rack-aware replicas and
 * consumers, and a log volume sized from benchmarks/CAPACITY.md with alerts before it fills.
 */
class KafkaClusterTest {

    static final List<String> OVERLAYS = Repo.OVERLAYS;
    static final String ZONE = "topology.kubernetes.io/zone";
    /** Zones a production cluster spreads over (README, "Prerequisites"). */
    static final int ZONES = 3;

    /** The sizing policy of README, "Retention and disk": full to the first alert after this many days. */
    static final int DAYS_TO_FIRST_ALERT = 90;
    static final double FIRST_ALERT = 0.70;
    static final double SECOND_ALERT = 0.85;
    static final long ROUNDING = 100L << 30;

    private final Manifests prod = Manifests.of("prod");

    @Test
    void controllersAreAControllerOnlyPoolOfThreeAndBrokersAtLeastThree() {
        int controllers = 0;
        int brokers = 0;
        for (JsonNode pool : prod.ofKind("KafkaNodePool")) {
            List<String> roles = roles(pool);
            assertThat(roles).as("roles of pool %s: one role per pool in prod", Manifests.name(pool)).hasSize(1);
            int replicas = pool.path("spec").path("replicas").asInt();
            if (roles.contains("controller")) {
                controllers += replicas;
            } else {
                brokers += replicas;
            }
        }
        assertThat(controllers).isEqualTo(3);
        assertThat(brokers).isGreaterThanOrEqualTo(3);
    }

    @Test
    void losingAZoneKeepsTheQuorumAndTwoInSyncReplicasOfEveryPartition() {
        JsonNode kafka = ConfigContractTest.kafka(prod);
        for (JsonNode pool : prod.ofKind("KafkaNodePool")) {
            JsonNode spread = zoneSpread(pool);
            assertThat(spread).as("zone spread of pool %s", Manifests.name(pool)).isNotNull();
            assertThat(spread.path("maxSkew").asInt()).isEqualTo(1);
            assertThat(spread.path("whenUnsatisfiable").asText()).isEqualTo("DoNotSchedule");
            int replicas = pool.path("spec").path("replicas").asInt();
            // maxSkew 1 over three zones: no zone holds more than a third, rounded up.
            int mostInOneZone = (replicas + ZONES - 1) / ZONES;
            if (roles(pool).contains("controller")) {
                assertThat(replicas - mostInOneZone).as("controllers left after a zone is lost")
                        .isGreaterThan(replicas / 2);
            }
        }
        // Brokers know their zone, so Kafka places a partition's replicas in different zones.
        assertThat(kafka.path("spec").path("kafka").path("rack").path("topologyKey").asText()).isEqualTo(ZONE);
        for (JsonNode topic : prod.ofKind("KafkaTopic")) {
            int replicas = topic.path("spec").path("replicas").asInt();
            int minInSync = topic.path("spec").path("config").path("min.insync.replicas").asInt();
            assertThat(replicas).as("replicas of %s", Manifests.name(topic)).isEqualTo(3);
            assertThat(minInSync).as("min.insync.replicas of %s", Manifests.name(topic)).isEqualTo(2);
            int mostInOneZone = (replicas + ZONES - 1) / ZONES;
            assertThat(replicas - mostInOneZone).as("in-sync replicas of %s after a zone is lost", Manifests.name(topic))
                    .isGreaterThanOrEqualTo(minInSync);
        }
    }

    @Test
    void devRunsOneSmallDualRoleNodeWithoutZones() {
        Manifests dev = Manifests.of("dev");
        List<JsonNode> pools = dev.ofKind("KafkaNodePool");
        assertThat(pools).hasSize(1);
        assertThat(roles(pools.get(0))).containsExactlyInAnyOrder("controller", "broker");
        assertThat(pools.get(0).path("spec").path("replicas").asInt()).isEqualTo(1);
        // A laptop's node has no zone label: rack awareness and a zone spread would leave the node Pending.
        assertThat(ConfigContractTest.kafka(dev).path("spec").path("kafka").has("rack")).isFalse();
        assertThat(pools.get(0).path("spec").path("template").path("pod").has("topologySpreadConstraints")).isFalse();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceConsumesFromAReplicaInItsOwnZone(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        JsonNode config = ConfigContractTest.kafka(manifests).path("spec").path("kafka").path("config");
        assertThat(config.path("replica.selector.class").asText())
                .isEqualTo("org.apache.kafka.common.replica.RackAwareReplicaSelector");
        for (String service : Repo.APPS) {
            JsonNode rack = null;
            for (JsonNode variable : Manifests.container(manifests.deployment(service)).path("env")) {
                if (variable.path("name").asText().equals("KAFKA_CLIENT_RACK")) {
                    rack = variable;
                }
            }
            assertThat(rack).as("KAFKA_CLIENT_RACK (client.rack) of %s", service).isNotNull();
            assertThat(rack.path("valueFrom").path("fieldRef").path("fieldPath").asText())
                    .isEqualTo("metadata.labels['" + ZONE + "']");
        }
    }

    @Test
    void theBrokersVolumeHoldsNinetyDaysOfTheCapacityWorkloadBelowTheFirstAlert() {
        CapacityFigures capacity = CapacityFigures.read();
        // The same arithmetic as CapacityModel's yearly growth of the log, checked against the figure it printed.
        assertThat(capacity.logBytesPerDay() * 365 * capacity.replicas() / 1e12)
                .as("the log's growth a year, TB").isCloseTo(capacity.logTerabytesPerYear(), within(0.05));

        int brokers = 0;
        JsonNode volume = null;
        for (JsonNode pool : prod.ofKind("KafkaNodePool")) {
            if (roles(pool).contains("broker")) {
                brokers += pool.path("spec").path("replicas").asInt();
                volume = pool.path("spec").path("storage").path("volumes").get(0);
            }
        }
        int replicas = 3;
        double perBroker = (capacity.initialLogBytes() + capacity.logBytesPerDay() * DAYS_TO_FIRST_ALERT) * replicas / brokers;
        long needed = (long) Math.ceil(perBroker / FIRST_ALERT / ROUNDING) * ROUNDING;
        assertThat(Quantities.bytes(volume.path("size").asText())).as("size of a broker's volume").isEqualTo(needed);
        assertThat(volume.path("deleteClaim").asBoolean(true)).as("deleteClaim").isFalse();
        assertThat(volume.path("class").asText()).as("an expandable StorageClass the deployer names").isNotEmpty();
        // The days between the two alerts are the time to grow the volume: at least a fortnight.
        double daysBetweenAlerts = (SECOND_ALERT - FIRST_ALERT) * needed / (capacity.logBytesPerDay() * replicas / brokers);
        assertThat(daysBetweenAlerts).isGreaterThan(14);
    }

    @Test
    void theMainTopicsKeepEverythingOnlyWithAlertsBeforeTheDiskFills() {
        TopicNames topics = TopicNames.read();
        List<Double> thresholds = MonitoringTest.volumeAlertThresholds(prod);
        for (JsonNode topic : prod.ofKind("KafkaTopic")) {
            String name = ConfigContractTest.topicName(topic);
            JsonNode config = topic.path("spec").path("config");
            boolean unbounded = config.path("retention.bytes").asLong(-1) < 0 && config.path("retention.ms").asLong(-1) < 0;
            if (topics.main.containsValue(name)) {
                // The main topics are the only source insights can be rebuilt from (POST /api/v1/admin/rebuild).
                assertThat(unbounded).as("%s keeps every event", name).isTrue();
                assertThat(thresholds).as("volume alerts, while %s grows without bound", name)
                        .contains(FIRST_ALERT, SECOND_ALERT);
            } else {
                assertThat(config.path("retention.ms").asLong()).as("retention of %s", name).isEqualTo(14L * 24 * 3600 * 1000);
            }
        }
    }

    static List<String> roles(JsonNode pool) {
        List<String> roles = new ArrayList<>();
        pool.path("spec").path("roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }

    /** The pool's zone spread constraint that selects the pool's own pods, or null. */
    private static JsonNode zoneSpread(JsonNode pool) {
        JsonNode podLabels = NetworkModel.labels("strimzi.io/cluster", pool.path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                "strimzi.io/pool-name", Manifests.name(pool));
        for (JsonNode constraint : pool.path("spec").path("template").path("pod").path("topologySpreadConstraints")) {
            if (constraint.path("topologyKey").asText().equals(ZONE) && Selectors.matches(constraint.path("labelSelector"), podLabels)) {
                return constraint;
            }
        }
        return null;
    }
}

package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** components/keda-autoscaling on prod: insights-service scales on its consumer lag, within its partitions. */
class KedaAutoscalingTest {

    private static final String SERVICE = "insights-service";
    private static Manifests withKeda;

    @BeforeAll
    static void renderProdWithKeda() {
        withKeda = Manifests.withComponents("prod", List.of("components/keda-autoscaling"));
    }

    @Test
    void insightsScalesOnTheLagOfEveryTopicItConsumesCappedAtThePartitionCount() {
        JsonNode scaledObject = scaledObject();
        JsonNode spec = scaledObject.path("spec");
        assertThat(ScalingTest.autoscaler(withKeda, SERVICE)).as("the CPU HPA KEDA replaces").isEmpty();

        Set<String> lagTopics = new LinkedHashSet<>();
        for (JsonNode trigger : kafkaTriggers(scaledObject)) {
            JsonNode metadata = trigger.path("metadata");
            assertThat(metadata.path("allowIdleConsumers").asBoolean(false)).isFalse();
            lagTopics.add(metadata.path("topic").asText());
        }
        int fewestPartitions = Integer.MAX_VALUE;
        for (AppConfig.Channel channel : AppConfig.of(SERVICE).incoming()) {
            assertThat(lagTopics).as("a lag trigger for %s", channel.topic()).contains(channel.topic());
            fewestPartitions = Math.min(fewestPartitions, withKeda.get("KafkaTopic", channel.topic()).path("spec").path("partitions").asInt());
        }
        int max = spec.path("maxReplicaCount").asInt();
        assertThat(max).as("maxReplicaCount").isLessThanOrEqualTo(fewestPartitions);
        assertThat(spec.path("minReplicaCount").asInt()).isBetween(3, max);

        // The service's PgBouncer takes the pool of every pod KEDA may start, plus the rolling update's surge pod.
        JsonNode deployment = withKeda.deployment(SERVICE);
        JsonNode container = Manifests.container(deployment);
        int pods = max + deployment.path("spec").path("strategy").path("rollingUpdate").path("maxSurge").asInt(1);
        JsonNode pooler = withKeda.get("Pooler", ConfigContractTest.jdbcHost(withKeda.environment(container), SERVICE));
        assertThat(pods * ScalingTest.pool(withKeda, SERVICE, container)).as("client connections to %s", Manifests.name(pooler))
                .isLessThanOrEqualTo(ScalingTest.pgbouncer(pooler, "max_client_conn", 100));
    }

    @Test
    void kedaReadsTheLagAsTheServiceDoesOverTlsAndScramWithADescribeOnlyUser() {
        Map<String, Manifests.EnvValue> env = withKeda.environment(Manifests.container(withKeda.deployment(SERVICE)));
        JsonNode kafka = ConfigContractTest.kafka(withKeda);
        for (JsonNode trigger : kafkaTriggers(scaledObject())) {
            JsonNode metadata = trigger.path("metadata");
            assertThat(metadata.path("bootstrapServers").asText()).isEqualTo(env.get("KAFKA_BOOTSTRAP_SERVERS").value());
            assertThat(metadata.path("consumerGroup").asText()).isEqualTo(AppConfig.of(SERVICE).incoming().get(0).groupId());
            assertThat(metadata.path("tls").asText()).isEqualTo("enable");
            assertThat(metadata.path("sasl").asText()).isEqualTo("scram_sha512");

            JsonNode auth = withKeda.get("TriggerAuthentication", trigger.path("authenticationRef").path("name").asText()).path("spec");
            JsonNode password = parameter(auth.path("secretTargetRef"), "password");
            JsonNode ca = parameter(auth.path("secretTargetRef"), "ca");
            JsonNode username = parameter(auth.path("configMapTargetRef"), "username");
            assertThat(ca.path("name").asText()).isEqualTo(Manifests.name(kafka) + "-cluster-ca-cert");
            assertThat(ca.path("key").asText()).isEqualTo("ca.crt");
            // The User Operator writes a SCRAM user's password to a Secret named after the user.
            JsonNode user = withKeda.get("KafkaUser", password.path("name").asText());
            assertThat(password.path("key").asText()).isEqualTo("password");
            assertThat(withKeda.get("ConfigMap", username.path("name").asText()).path("data").path(username.path("key").asText()).asText())
                    .isEqualTo(Manifests.name(user));
            assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");

            Set<String> granted = new LinkedHashSet<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                for (JsonNode operation : acl.path("operations")) {
                    assertThat(operation.asText()).as("KEDA's user only describes").isEqualTo("Describe");
                    granted.add(acl.path("resource").path("type").asText() + ":" + acl.path("resource").path("name").asText());
                }
            }
            assertThat(granted).contains("group:" + metadata.path("consumerGroup").asText(), "topic:" + metadata.path("topic").asText());
        }
    }

    @Test
    void theBrokersAdmitKedasOperatorAndNoOneElseFromItsNamespace() {
        NetworkModel net = new NetworkModel(withKeda);
        net.endpoints.put("keda-operator", new NetworkModel.Endpoint("keda-operator", "keda",
                NetworkModel.labels("app", "keda-operator"), Map.of(), false));
        net.endpoints.put("keda-other", new NetworkModel.Endpoint("keda-other", "keda",
                NetworkModel.labels("app", "keda-metrics-apiserver"), Map.of(), false));
        JsonNode kafka = ConfigContractTest.kafka(withKeda);
        int port = kafka.path("spec").path("kafka").path("listeners").get(0).path("port").asInt();
        for (JsonNode pool : withKeda.ofKind("KafkaNodePool")) {
            if (KafkaClusterTest.roles(pool).contains("broker")) {
                String broker = Manifests.name(kafka) + "-" + Manifests.name(pool);
                assertThat(net.allows("keda-operator", broker, port)).isTrue();
                assertThat(net.allows("keda-other", broker, port)).isFalse();
                assertThat(net.allows("keda-operator", broker, 9091)).isFalse();
            }
        }
    }

    private static JsonNode scaledObject() {
        List<JsonNode> scaledObjects = withKeda.ofKind("ScaledObject").stream()
                .filter(s -> s.path("spec").path("scaleTargetRef").path("name").asText().equals(SERVICE)).toList();
        assertThat(scaledObjects).as("ScaledObject of %s", SERVICE).hasSize(1);
        return scaledObjects.get(0);
    }

    private static List<JsonNode> kafkaTriggers(JsonNode scaledObject) {
        List<JsonNode> triggers = scaledObject.path("spec").path("triggers").findParents("type").stream()
                .filter(t -> t.path("type").asText().equals("kafka")).toList();
        assertThat(triggers).as("Kafka triggers").isNotEmpty();
        return triggers;
    }

    private static JsonNode parameter(JsonNode references, String parameter) {
        for (JsonNode reference : references) {
            if (reference.path("parameter").asText().equals(parameter)) {
                return reference;
            }
        }
        throw new AssertionError("no " + parameter + " in " + references);
    }
}

package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Default deny, and exactly the paths the design needs, checked on the rendered policies of each overlay. */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Repo.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everythingIsDeniedUnlessAllowed(String overlay) {
        boolean defaultDeny = Manifests.of(overlay).ofKind("NetworkPolicy").stream().map(p -> p.path("spec")).anyMatch(spec ->
                spec.path("podSelector").isEmpty()
                        && spec.path("policyTypes").toString().contains("Ingress")
                        && spec.path("policyTypes").toString().contains("Egress")
                        && spec.path("ingress").isEmpty() && spec.path("egress").isEmpty());
        assertThat(defaultDeny).isTrue();
        NetworkModel net = new NetworkModel(Manifests.of(overlay));
        assertThat(net.allows("stranger-in-namespace", "client-elsewhere", 443)).isFalse();
        assertThat(net.allows("client-elsewhere", "stranger-in-namespace", 8080)).isFalse();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPodResolvesNames(String overlay) {
        NetworkModel net = new NetworkModel(Manifests.of(overlay));
        for (NetworkModel.Endpoint pod : net.endpoints.values()) {
            if (net.namespace.equals(pod.namespace())) {
                assertThat(net.allows(pod, net.get("kube-dns"), 53, "UDP")).as("%s -> DNS over UDP", pod.name()).isTrue();
                assertThat(net.allows(pod, net.get("kube-dns"), 53, "TCP")).as("%s -> DNS over TCP", pod.name()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceReachesItsOwnDatabaseAndNoOther(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        NetworkModel net = new NetworkModel(manifests);
        for (String service : Repo.SERVICES) {
            String own = ConfigContractTest.databaseCluster(manifests, service);
            for (JsonNode cluster : manifests.ofKind("Cluster")) {
                String database = Manifests.name(cluster);
                assertThat(net.allows(service, database, 5432)).as("%s -> %s", service, database).isEqualTo(database.equals(own));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceReachesTheKafkaClientListenerOnly(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        NetworkModel net = new NetworkModel(manifests);
        String broker = Manifests.name(ConfigContractTest.kafka(manifests)) + "-"
                + Manifests.name(manifests.ofKind("KafkaNodePool").get(0));
        int listener = Integer.parseInt(manifests.environment(Manifests.container(manifests.deployment(Repo.SERVICES.get(0))))
                .get("KAFKA_BOOTSTRAP_SERVERS").value().replaceAll(".*:", ""));
        for (String service : Repo.SERVICES) {
            assertThat(net.allows(service, broker, listener)).as("%s -> Kafka %d", service, listener).isTrue();
            assertThat(net.allows(service, broker, 9091)).as("%s -> Kafka replication port", service).isFalse();
            assertThat(net.allows(service, broker, 9090)).as("%s -> KRaft controller port", service).isFalse();
        }
        assertThat(net.allows("stranger-in-namespace", broker, listener)).isFalse();
        assertThat(net.allows("client-elsewhere", broker, listener)).isFalse();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyInteractionsCallsAnotherServicesApi(String overlay) {
        NetworkModel net = new NetworkModel(Manifests.of(overlay));
        for (String from : Repo.SERVICES) {
            for (String to : Repo.SERVICES) {
                if (!from.equals(to)) {
                    boolean expected = from.equals("interactions-service") && to.equals("contacts-service");
                    assertThat(net.allows(from, to, 8080)).as("%s -> %s", from, to).isEqualTo(expected);
                }
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyTheApisAcceptConnectionsFromOutside(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        NetworkModel net = new NetworkModel(manifests);
        for (String service : Repo.SERVICES) {
            assertThat(net.allows("client-elsewhere", service, 8080)).as("client -> %s", service).isTrue();
        }
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            for (String stranger : List.of("client-elsewhere", "stranger-in-namespace")) {
                assertThat(net.allows(stranger, Manifests.name(cluster), 5432)).as("%s -> %s", stranger, Manifests.name(cluster)).isFalse();
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theOperatorsAndTheirPodsReachWhatTheyManage(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        NetworkModel net = new NetworkModel(manifests);
        List<String> databases = manifests.ofKind("Cluster").stream().map(Manifests::name).toList();
        for (String database : databases) {
            assertThat(net.allows("cnpg-operator", database, 8000)).as("operator -> %s status", database).isTrue();
            assertThat(net.allows("cnpg-operator", database, 5432)).as("operator -> %s", database).isTrue();
            assertThat(net.allows(database, database, 5432)).as("%s replication", database).isTrue();
            assertThat(net.allows(database, "api-server", 443)).as("%s -> API server", database).isTrue();
            for (String other : databases) {
                if (!other.equals(database)) {
                    assertThat(net.allows(database, other, 5432)).as("%s -> %s", database, other).isFalse();
                }
            }
        }
        String broker = Manifests.name(ConfigContractTest.kafka(manifests)) + "-" + Manifests.name(manifests.ofKind("KafkaNodePool").get(0));
        assertThat(net.allows(broker, broker, 9090)).as("KRaft quorum").isTrue();
        assertThat(net.allows(broker, broker, 9091)).as("replication").isTrue();
        assertThat(net.allows("entity-operator", broker, 9091)).isTrue();
        assertThat(net.allows("entity-operator", "api-server", 443)).isTrue();
        assertThat(net.allows("strimzi-operator", broker, 9091)).isTrue();
        for (String service : Repo.SERVICES) {
            // The services never talk to Kubernetes (and mount no token).
            assertThat(net.allows(service, "api-server", 443)).as("%s -> API server", service).isFalse();
        }
    }
}

package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
    void eachServiceReachesItsOwnDatabaseThroughItsPoolerOnly(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        NetworkModel net = new NetworkModel(manifests);
        for (String service : Repo.SERVICES) {
            String own = ConfigContractTest.jdbcHost(manifests.environment(Manifests.container(manifests.deployment(service))), service);
            for (JsonNode pooler : manifests.ofKind("Pooler")) {
                String name = Manifests.name(pooler);
                assertThat(net.allows(service, name, 5432)).as("%s -> %s", service, name).isEqualTo(name.equals(own));
                String database = pooler.path("spec").path("cluster").path("name").asText();
                assertThat(net.allows(name, database, 5432)).as("%s -> %s", name, database).isTrue();
            }
            for (JsonNode cluster : manifests.ofKind("Cluster")) {
                String database = Manifests.name(cluster);
                // Never straight to a database: the pool mode's guarantees hold only through the pooler.
                assertThat(net.allows(service, database, 5432)).as("%s -> %s", service, database).isFalse();
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachAppReachesTheKafkaClientListenerOnly(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        NetworkModel net = new NetworkModel(manifests);
        String broker = Manifests.name(ConfigContractTest.kafka(manifests)) + "-"
                + Manifests.name(manifests.ofKind("KafkaNodePool").get(0));
        int listener = Integer.parseInt(manifests.environment(Manifests.container(manifests.deployment(Repo.SERVICES.get(0))))
                .get("KAFKA_BOOTSTRAP_SERVERS").value().replaceAll(".*:", ""));
        for (String service : Repo.APPS) {
            assertThat(net.allows(service, broker, listener)).as("%s -> Kafka %d", service, listener).isTrue();
            assertThat(net.allows(service, broker, 9091)).as("%s -> Kafka replication port", service).isFalse();
            assertThat(net.allows(service, broker, 9090)).as("%s -> KRaft controller port", service).isFalse();
        }
        assertThat(net.allows("stranger-in-namespace", broker, listener)).isFalse();
        assertThat(net.allows("client-elsewhere", broker, listener)).isFalse();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyWebAndInteractionsCallAnotherAppsApi(String overlay) {
        NetworkModel net = new NetworkModel(Manifests.of(overlay));
        for (String from : Repo.APPS) {
            for (String to : Repo.APPS) {
                if (!from.equals(to)) {
                    // web calls every service for its pages; no service calls web.
                    boolean expected = from.equals(Repo.WEB) && Repo.SERVICES.contains(to)
                            || from.equals("interactions-service") && to.equals("contacts-service");
                    assertThat(net.allows(from, to, 8080)).as("%s -> %s", from, to).isEqualTo(expected);
                }
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void clientsReachTheApisAndWebThroughTheIngressControllerOnly(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        NetworkModel net = new NetworkModel(manifests);
        for (String service : Repo.APPS) {
            assertThat(net.allows("ingress-controller", service, 8080)).as("ingress controller -> %s", service).isTrue();
            for (String other : List.of("client-elsewhere", "stranger-in-namespace", "prometheus")) {
                assertThat(net.allows(other, service, 8080)).as("%s -> %s API", other, service).isFalse();
            }
        }
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            for (String stranger : List.of("client-elsewhere", "stranger-in-namespace", "ingress-controller")) {
                assertThat(net.allows(stranger, Manifests.name(cluster), 5432)).as("%s -> %s", stranger, Manifests.name(cluster)).isFalse();
            }
        }
    }

    /** Health, metrics and OpenAPI: Prometheus only (the kubelet's probes come from the node; see management.yaml). */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theManagementPortAdmitsMonitoringOnly(String overlay) {
        NetworkModel net = new NetworkModel(Manifests.of(overlay));
        for (String service : Repo.APPS) {
            assertThat(net.get(service).ports()).containsEntry("management", 9000);
            assertThat(net.allows("prometheus", service, 9000)).as("Prometheus -> %s management", service).isTrue();
            for (String other : List.of("ingress-controller", "client-elsewhere", "stranger-in-namespace")) {
                assertThat(net.allows(other, service, 9000)).as("%s -> %s management", other, service).isFalse();
            }
            for (String caller : Repo.APPS) {
                assertThat(net.allows(caller, service, 9000)).as("%s -> %s management", caller, service).isFalse();
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
        for (String service : Repo.APPS) {
            // The apps never talk to Kubernetes (and mount no token).
            assertThat(net.allows(service, "api-server", 443)).as("%s -> API server", service).isFalse();
        }
    }

    /**
     * Each pod's whole egress, over every endpoint and the ports anything here listens on, is exactly what it
     * needs. The model can't tell the API server from the object store (both are only addresses outside the
     * cluster), so both appear as api-server.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachPodReachesExactlyWhatItNeeds(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        NetworkModel net = new NetworkModel(manifests);
        Set<String> dns = Set.of("kube-dns:53/UDP", "kube-dns:53/TCP");
        Set<String> apiServer = Set.of("api-server:443", "api-server:6443");
        for (String service : Repo.SERVICES) {
            Set<String> expected = new TreeSet<>(dns);
            String pooler = ConfigContractTest.jdbcHost(manifests.environment(Manifests.container(manifests.deployment(service))), service);
            expected.addAll(Set.of(pooler + ":5432", "kafka:9093",
                    "otlp-collector:4317", "otlp-collector:4318"));
            if (service.equals("interactions-service")) {
                expected.add("contacts-service:8080");
            }
            assertThat(egress(net, service)).as("egress of %s", service).isEqualTo(expected);
        }
        // web: the services' APIs, and Kafka for the insights; no database, no collector, no API server.
        Set<String> web = new TreeSet<>(dns);
        web.add("kafka:9093");
        Repo.SERVICES.forEach(service -> web.add(service + ":8080"));
        assertThat(egress(net, Repo.WEB)).as("egress of web").isEqualTo(web);
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            String database = Manifests.name(cluster);
            Set<String> expected = new TreeSet<>(dns);
            expected.addAll(apiServer);
            expected.addAll(Set.of(database + ":5432", database + ":8000"));
            assertThat(egress(net, database)).as("egress of %s", database).isEqualTo(expected);
        }
        String kafka = Manifests.name(ConfigContractTest.kafka(manifests));
        for (JsonNode pool : manifests.ofKind("KafkaNodePool")) {
            Set<String> expected = new TreeSet<>(dns);
            expected.addAll(apiServer);
            expected.addAll(Set.of("kafka:9090", "kafka:9091"));
            assertThat(egress(net, kafka + "-" + Manifests.name(pool))).as("egress of Kafka pool %s", Manifests.name(pool)).isEqualTo(expected);
        }
        Set<String> entityOperator = new TreeSet<>(dns);
        entityOperator.addAll(apiServer);
        entityOperator.add("kafka:9091");
        assertThat(egress(net, "entity-operator")).isEqualTo(entityOperator);
        assertThat(egress(net, "stranger-in-namespace")).isEqualTo(dns);
    }

    private static final List<Integer> LISTENING = List.of(443, 4317, 4318, 5432, 6443, 8000, 8080, 9000, 9090, 9091, 9093, 9187);

    /** Where {@code from} may connect: "endpoint:port" (all Kafka pods as "kafka"), DNS with its protocol. */
    private static Set<String> egress(NetworkModel net, String from) {
        Set<String> reached = new TreeSet<>();
        for (NetworkModel.Endpoint to : net.endpoints.values()) {
            String name = to.labels().path("strimzi.io/name").asText().endsWith("-kafka") ? "kafka" : to.name();
            for (int port : LISTENING) {
                if (net.allows(net.get(from), to, port, "TCP")) {
                    reached.add(name + ":" + port);
                }
            }
            for (String protocol : List.of("UDP", "TCP")) {
                if (net.allows(net.get(from), to, 53, protocol)) {
                    reached.add(name + ":53/" + protocol);
                }
            }
        }
        return reached;
    }
}

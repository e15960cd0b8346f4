package io.jejaring.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small evaluator of Kubernetes NetworkPolicies over the pods an overlay runs. The operators' pods carry the
 * labels Strimzi and CloudNativePG give them, and the policy Strimzi generates for the brokers' listeners is
 * added as Strimzi builds it, so the model sees what a cluster would enforce.
 */
final class NetworkModel {

    static final String CNPG_NAMESPACE = "cnpg-system";
    static final String STRIMZI_NAMESPACE = "strimzi";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A pod (or, when {@code external}, an address outside every pod, such as the API server). */
    record Endpoint(String name, String namespace, JsonNode labels, Map<String, Integer> ports, boolean external) {
    }

    /** Where kubectl puts an object that names no namespace (with the usual context). */
    static final String DEFAULT_NAMESPACE = "default";
    static final String MONITORING_NAMESPACE = "monitoring";
    static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final String OBSERVABILITY_NAMESPACE = "observability";

    /** The namespace the overlay creates, where the strangers live. */
    final String namespace;
    final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    final List<JsonNode> policies = new ArrayList<>();
    /** Labels of the namespaces the overlay renders; any other has only its name label. */
    private final Map<String, JsonNode> namespaceLabels = new LinkedHashMap<>();

    NetworkModel(Manifests manifests) {
        this.namespace = Manifests.name(manifests.ofKind("Namespace").get(0));
        for (JsonNode ns : manifests.ofKind("Namespace")) {
            ObjectNode labels = ns.path("metadata").path("labels").isObject()
                    ? ((ObjectNode) ns.path("metadata").path("labels")).deepCopy() : JSON.createObjectNode();
            namespaceLabels.put(Manifests.name(ns), labels.put("kubernetes.io/metadata.name", Manifests.name(ns)));
        }
        policies.addAll(manifests.ofKind("NetworkPolicy"));
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (JsonNode port : Manifests.container(deployment).path("ports")) {
                ports.put(port.path("name").asText(), port.path("containerPort").asInt());
            }
            add(Manifests.name(deployment), namespaceOf(deployment), deployment.path("spec").path("template").path("metadata").path("labels"), ports);
        }
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            add(Manifests.name(cluster), namespaceOf(cluster), labels("cnpg.io/cluster", Manifests.name(cluster), "cnpg.io/podRole", "instance"),
                    Map.of("postgresql", 5432, "status", 8000, "metrics", 9187));
        }
        // CloudNativePG's PgBouncer pods, and the Jobs' pods (the migrations), under their template labels.
        for (JsonNode pooler : manifests.ofKind("Pooler")) {
            add(Manifests.name(pooler), namespace, labels("cnpg.io/poolerName", Manifests.name(pooler), "cnpg.io/podRole", "pooler"),
                    Map.of("pgbouncer", 5432, "metrics", 9127));
        }
        for (JsonNode job : manifests.ofKind("Job")) {
            add(Manifests.name(job), namespace, job.path("spec").path("template").path("metadata").path("labels"), Map.of());
        }
        JsonNode kafka = ConfigContractTest.kafka(manifests);
        String cluster = Manifests.name(kafka);
        for (JsonNode pool : manifests.ofKind("KafkaNodePool")) {
            add(cluster + "-" + Manifests.name(pool), namespaceOf(kafka), labels("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", cluster + "-kafka", "strimzi.io/pool-name", Manifests.name(pool),
                    "app.kubernetes.io/name", "kafka", "app.kubernetes.io/part-of", cluster), Map.of());
        }
        add("entity-operator", namespaceOf(kafka), labels("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka",
                "strimzi.io/name", cluster + "-entity-operator"), Map.of());
        policies.add(strimziBrokerPolicy(kafka));

        add("kube-dns", "kube-system", labels("k8s-app", "kube-dns"), Map.of());
        add("cnpg-operator", CNPG_NAMESPACE, labels("app.kubernetes.io/name", "cloudnative-pg"), Map.of());
        add("strimzi-operator", STRIMZI_NAMESPACE, labels("strimzi.io/kind", "cluster-operator"), Map.of());
        add("prometheus", MONITORING_NAMESPACE, labels("app.kubernetes.io/name", "prometheus"), Map.of());
        add("ingress-controller", INGRESS_NAMESPACE, labels("app.kubernetes.io/name", "ingress-nginx"), Map.of());
        add("otlp-collector", OBSERVABILITY_NAMESPACE, labels("app.kubernetes.io/name", "opentelemetry-collector"), Map.of());
        add("client-elsewhere", "clients", labels(), Map.of());
        add("stranger-in-namespace", namespace, labels("app", "stranger"), Map.of());
        endpoints.put("api-server", new Endpoint("api-server", null, labels(), Map.of(), true));
    }

    Endpoint get(String name) {
        Endpoint endpoint = endpoints.get(name);
        if (endpoint == null) {
            throw new IllegalArgumentException("no endpoint " + name + " in " + endpoints.keySet());
        }
        return endpoint;
    }

    boolean allows(String from, String to, int port) {
        return allows(get(from), get(to), port, "TCP");
    }

    boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
        return allowedBy(from, to, port, protocol, "Egress", "egress", "to")
                && allowedBy(to, from, port, protocol, "Ingress", "ingress", "from");
    }

    /**
     * The policies in {@code subject}'s own namespace that select it for a direction decide; none means allowed.
     * A policy selects pods only in its own namespace, as Kubernetes does.
     */
    private boolean allowedBy(Endpoint subject, Endpoint peer, int port, String protocol, String type,
            String rulesField, String peersField) {
        if (subject.external()) {
            return true;
        }
        boolean selected = false;
        Endpoint destination = type.equals("Egress") ? peer : subject;
        for (JsonNode policy : policies) {
            JsonNode spec = policy.path("spec");
            if (!namespaceOf(policy).equals(subject.namespace()) || !types(spec).contains(type)
                    || !Selectors.matches(spec.path("podSelector"), subject.labels())) {
                continue;
            }
            selected = true;
            for (JsonNode rule : spec.path(rulesField)) {
                if (peersMatch(rule.path(peersField), peer, namespaceOf(policy)) && portsMatch(rule.path("ports"), destination, port, protocol)) {
                    return true;
                }
            }
        }
        return !selected;
    }

    private static List<String> types(JsonNode spec) {
        List<String> types = new ArrayList<>();
        if (spec.has("policyTypes")) {
            spec.path("policyTypes").forEach(t -> types.add(t.asText()));
        } else {
            types.add("Ingress");
            if (spec.has("egress")) {
                types.add("Egress");
            }
        }
        return types;
    }

    /** A peer with no namespaceSelector means the policy's own namespace; one with it, namespaces by their labels. */
    private boolean peersMatch(JsonNode peers, Endpoint endpoint, String policyNamespace) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode peer : peers) {
            if (peer.has("ipBlock")) {
                // ipBlock is for addresses outside the pod network; this model never lets it select a pod.
                if (endpoint.external() && peer.path("ipBlock").path("except").isEmpty()) {
                    return true;
                }
                continue;
            }
            if (endpoint.external()) {
                continue;
            }
            boolean namespaceMatches = peer.has("namespaceSelector")
                    ? Selectors.matches(peer.path("namespaceSelector"), namespaceLabels(endpoint.namespace()))
                    : policyNamespace.equals(endpoint.namespace());
            boolean podMatches = !peer.has("podSelector") || Selectors.matches(peer.path("podSelector"), endpoint.labels());
            if (namespaceMatches && podMatches) {
                return true;
            }
        }
        return false;
    }

    private static boolean portsMatch(JsonNode ports, Endpoint destination, int port, String protocol) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode p : ports) {
            if (!p.path("protocol").asText("TCP").equals(protocol)) {
                continue;
            }
            JsonNode value = p.path("port");
            if (value.isMissingNode()) {
                return true;
            }
            Integer number = value.isInt() ? Integer.valueOf(value.asInt()) : destination.ports().get(value.asText());
            if (number != null && (number == port || (p.has("endPort") && number <= port && port <= p.path("endPort").asInt()))) {
                return true;
            }
        }
        return false;
    }

    /** The ingress policy Strimzi's cluster operator creates for the brokers (KafkaCluster.generateNetworkPolicy). */
    private static JsonNode strimziBrokerPolicy(JsonNode kafka) {
        String cluster = Manifests.name(kafka);
        JsonNode brokers = labels("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka", "strimzi.io/name", cluster + "-kafka");
        ObjectNode operator = JSON.createObjectNode();
        operator.set("podSelector", selector(labels("strimzi.io/kind", "cluster-operator")));
        operator.set("namespaceSelector", selector(labels("kubernetes.io/metadata.name", STRIMZI_NAMESPACE)));
        ObjectNode kafkaPeer = JSON.createObjectNode().set("podSelector", selector(brokers));
        ObjectNode entityOperator = JSON.createObjectNode()
                .set("podSelector", selector(labels("strimzi.io/name", cluster + "-entity-operator")));
        ObjectNode kafkaExporter = JSON.createObjectNode()
                .set("podSelector", selector(labels("strimzi.io/name", cluster + "-kafka-exporter")));

        ArrayNode ingress = JSON.createArrayNode();
        ingress.add(rule(9090, JSON.createArrayNode().add(kafkaPeer).add(operator)));
        ingress.add(rule(9091, JSON.createArrayNode().add(operator).add(kafkaPeer).add(entityOperator).add(kafkaExporter)));
        ingress.add(rule(8443, JSON.createArrayNode().add(operator)));
        for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
            JsonNode peers = listener.path("networkPolicyPeers");
            ingress.add(rule(listener.path("port").asInt(), peers.isMissingNode() ? JSON.createArrayNode() : (ArrayNode) peers));
        }
        ObjectNode spec = JSON.createObjectNode();
        spec.set("podSelector", selector(brokers));
        spec.set("policyTypes", JSON.createArrayNode().add("Ingress"));
        spec.set("ingress", ingress);
        ObjectNode policy = JSON.createObjectNode();
        policy.set("metadata", JSON.createObjectNode().put("name", cluster + "-network-policy-kafka").put("namespace", namespaceOf(kafka)));
        policy.set("spec", spec);
        return policy;
    }

    private static ObjectNode rule(int port, ArrayNode from) {
        ObjectNode rule = JSON.createObjectNode();
        rule.set("ports", JSON.createArrayNode().add(JSON.createObjectNode().put("port", port).put("protocol", "TCP")));
        rule.set("from", from);
        return rule;
    }

    private static ObjectNode selector(JsonNode matchLabels) {
        return JSON.createObjectNode().set("matchLabels", matchLabels);
    }

    /** The namespace an object lands in when applied: its own, or kubectl's default. */
    static String namespaceOf(JsonNode resource) {
        return resource.path("metadata").path("namespace").asText(DEFAULT_NAMESPACE);
    }

    private JsonNode namespaceLabels(String name) {
        return namespaceLabels.getOrDefault(name, labels("kubernetes.io/metadata.name", name));
    }

    private void add(String name, String namespace, JsonNode labels, Map<String, Integer> ports) {
        endpoints.put(name, new Endpoint(name, namespace, labels, ports, false));
    }

    static ObjectNode labels(String... pairs) {
        ObjectNode labels = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }
}

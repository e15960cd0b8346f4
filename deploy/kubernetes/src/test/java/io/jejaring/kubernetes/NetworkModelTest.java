package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The model itself, on small hand-written manifests: a policy acts only in its own namespace, as in a cluster. */
class NetworkModelTest {

    private static final String WORKLOADS = """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: jejaring
              labels:
                team: jejaring
            ---
            apiVersion: kafka.strimzi.io/v1
            kind: Kafka
            metadata:
              name: jejaring
              namespace: jejaring
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: jejaring
            spec:
              template:
                metadata:
                  labels:
                    app: api
                spec:
                  containers:
                    - name: api
                      ports:
                        - name: http
                          containerPort: 8080
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
              namespace: jejaring
            spec:
              podSelector: {}
              policyTypes: [Ingress]
            """;

    private static NetworkModel model(String policy) {
        return new NetworkModel(Manifests.parse("model", WORKLOADS + "---\n" + policy));
    }

    @Test
    void aPolicyWithNoNamespaceLandsInDefaultAndOpensNothingInOurs() {
        NetworkModel net = model("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: allow-api
                spec:
                  podSelector:
                    matchLabels:
                      app: api
                  ingress:
                    - {}
                """);
        assertThat(net.allows("client-elsewhere", "api", 8080)).isFalse();
        assertThat(net.allows("stranger-in-namespace", "api", 8080)).isFalse();
    }

    @Test
    void aPeerWithoutNamespaceSelectorMeansThePolicysOwnNamespace() {
        NetworkModel net = model("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: allow-api
                  namespace: jejaring
                spec:
                  podSelector:
                    matchLabels:
                      app: api
                  ingress:
                    - from:
                        - podSelector: {}
                """);
        assertThat(net.allows("stranger-in-namespace", "api", 8080)).isTrue();
        assertThat(net.allows("client-elsewhere", "api", 8080)).isFalse();
        assertThat(net.allows("prometheus", "api", 8080)).isFalse();
    }

    @Test
    void aNamespaceSelectorMatchesTheNamespacesLabels() {
        NetworkModel net = model("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: allow-api
                  namespace: jejaring
                spec:
                  podSelector:
                    matchLabels:
                      app: api
                  ingress:
                    - from:
                        - namespaceSelector:
                            matchLabels:
                              team: jejaring
                        - namespaceSelector:
                            matchLabels:
                              kubernetes.io/metadata.name: monitoring
                """);
        assertThat(net.allows("stranger-in-namespace", "api", 8080)).as("by the namespace's own label").isTrue();
        assertThat(net.allows("prometheus", "api", 8080)).as("by the name label every namespace has").isTrue();
        assertThat(net.allows("client-elsewhere", "api", 8080)).isFalse();
    }
}

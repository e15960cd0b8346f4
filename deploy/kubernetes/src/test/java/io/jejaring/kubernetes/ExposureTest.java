package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The API port serves the API alone: health and metrics are on the management port, which only the kubelet and
 * Prometheus use and no Service exposes, and no cluster serves Swagger UI.
 */
class ExposureTest {

    static final List<String> OVERLAYS = Repo.OVERLAYS;
    private static final List<String> PROBES = List.of("startupProbe", "readinessProbe", "livenessProbe");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void probesUseTheManagementPortTheServiceListensOn(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.APPS) {
            JsonNode container = Manifests.container(manifests.deployment(service));
            String listens = manifests.environment(container).get("QUARKUS_MANAGEMENT_PORT").value();
            assertThat(containerPort(container, "management")).as("management port of %s", service).isEqualTo(Integer.parseInt(listens));
            for (String probe : PROBES) {
                assertThat(container.path(probe).path("httpGet").path("port").asText()).as("%s of %s", probe, service)
                        .isEqualTo("management");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noServiceExposesTheManagementPort(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (JsonNode service : manifests.ofKind("Service")) {
            JsonNode container = Manifests.container(manifests.deployment(Manifests.name(service)));
            for (JsonNode port : service.path("spec").path("ports")) {
                String target = port.path("targetPort").asText();
                assertThat(target).as("target of Service %s", Manifests.name(service))
                        .isNotEqualTo("management").isNotEqualTo(String.valueOf(containerPort(container, "management")));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noSwaggerUi(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
            assertThat(manifests.environment(Manifests.container(manifests.deployment(service))).get("QUARKUS_SWAGGER_UI_ENABLE"))
                    .as("QUARKUS_SWAGGER_UI_ENABLE of %s", service).isEqualTo(Manifests.EnvValue.literal("false"));
        }
    }

    /** The PodMonitor scrapes /q/metrics on a port the pods have, and that port is the management port. */
    @Test
    void prometheusScrapesTheManagementPort() {
        Manifests all = ProdValuesTest.prodWithEveryComponent();
        NetworkModel net = new NetworkModel(all);
        for (String service : Repo.APPS) {
            NetworkModel.Endpoint pod = net.get(service);
            JsonNode endpoint = all.ofKind("PodMonitor").stream()
                    .filter(m -> Selectors.matches(m.path("spec").path("selector"), pod.labels()))
                    .map(m -> m.path("spec").path("podMetricsEndpoints").get(0)).findFirst().orElseThrow();
            assertThat(endpoint.path("port").asText()).isEqualTo("management");
            assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
            assertThat(net.allows("prometheus", service, pod.ports().get("management"))).isTrue();
        }
        for (JsonNode cluster : all.ofKind("Cluster")) {
            assertThat(net.allows("prometheus", Manifests.name(cluster), 9187)).as("Prometheus -> %s exporter", Manifests.name(cluster)).isTrue();
        }
    }

    private static int containerPort(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no port " + name + " on " + container.path("name"));
    }
}

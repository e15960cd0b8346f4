package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every workload the overlays render is probed, bounded, locked down and protected against disruption. */
class HardeningTest {

    static final List<String> OVERLAYS = Repo.OVERLAYS;

    private static final Map<String, String> PROBE_PATHS = Map.of(
            "startupProbe", "/q/health/started",
            "readinessProbe", "/q/health/ready",
            "livenessProbe", "/q/health/live");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void rendersTheThreeServicesAndTheWebApp(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        assertThat(manifests.ofKind("Deployment")).map(Manifests::name)
                .containsExactlyInAnyOrderElementsOf(Repo.APPS);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerHasStartupReadinessAndLivenessProbesOnTheHealthEndpoints(String overlay) {
        for (JsonNode container : containers(Manifests.of(overlay))) {
            for (Map.Entry<String, String> probe : PROBE_PATHS.entrySet()) {
                JsonNode http = container.path(probe.getKey()).path("httpGet");
                assertThat(http.path("path").asText()).as("%s of %s", probe.getKey(), container.path("name").asText())
                        .isEqualTo(probe.getValue());
                assertThat(portNames(container)).as("%s port of %s", probe.getKey(), container.path("name").asText())
                        .contains(http.path("port").asText());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerRequestsAndLimitsCpuAndMemory(String overlay) {
        for (JsonNode container : containers(Manifests.of(overlay))) {
            JsonNode resources = container.path("resources");
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(resources.path(bound).path(resource).asText())
                            .as("%s.%s of %s", bound, resource, container.path("name").asText()).isNotBlank();
                }
            }
            // Memory is not overcommitted: a JVM whose heap is sized to the limit must get all of it.
            assertThat(resources.path("requests").path("memory").asText()).as("memory request of %s", container.path("name").asText())
                    .isEqualTo(resources.path("limits").path("memory").asText());
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theHeapIsSizedByTheImageAloneAsAShareOfTheMemoryLimit(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            // The image sizes the heap from the limit (DockerfileTest); a second setting here would silently win.
            manifests.environment(Manifests.container(deployment)).forEach((name, value) -> {
                if (!value.fromSecret()) {
                    assertThat(value.value()).as("%s of %s", name, Manifests.name(deployment))
                            .doesNotContainPattern("-Xm[sx]|RAMPercentage|HeapSize");
                }
            });
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerRunsLockedDown(String overlay) {
        for (JsonNode deployment : Manifests.of(overlay).ofKind("Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            for (JsonNode container : allContainers(pod)) {
                String name = container.path("name").asText();
                JsonNode own = container.path("securityContext");
                JsonNode inherited = pod.path("securityContext");
                assertThat(effective(own, inherited, "runAsNonRoot").asBoolean()).as("runAsNonRoot of %s", name).isTrue();
                assertThat(effective(own, inherited, "seccompProfile").path("type").asText())
                        .as("seccompProfile of %s", name).isEqualTo("RuntimeDefault");
                assertThat(own.path("readOnlyRootFilesystem").asBoolean()).as("readOnlyRootFilesystem of %s", name).isTrue();
                assertThat(own.path("allowPrivilegeEscalation").isBoolean() && !own.path("allowPrivilegeEscalation").asBoolean())
                        .as("allowPrivilegeEscalation: false on %s", name).isTrue();
                assertThat(own.path("capabilities").path("drop")).map(JsonNode::asText).as("dropped capabilities of %s", name)
                        .contains("ALL");
                assertThat(own.path("privileged").asBoolean(false)).as("privileged %s", name).isFalse();
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theOnlyWritablePathIsAnEmptyDirAtTmp(String overlay) {
        for (JsonNode deployment : Manifests.of(overlay).ofKind("Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode container = Manifests.container(deployment);
            List<String> writable = new ArrayList<>();
            for (JsonNode mount : container.path("volumeMounts")) {
                if (!mount.path("readOnly").asBoolean(false)) {
                    writable.add(mount.path("mountPath").asText());
                    JsonNode volume = volume(pod, mount.path("name").asText());
                    assertThat(volume.path("emptyDir").path("sizeLimit").asText())
                            .as("size-limited emptyDir behind %s", mount.path("mountPath")).isNotBlank();
                }
            }
            assertThat(writable).as("writable mounts of %s", Manifests.name(deployment)).containsExactly("/tmp");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void podsCarryNoApiTokenAndNoServiceLinks(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            String account = pod.path("serviceAccountName").asText();
            assertThat(account).as("service account of %s", Manifests.name(deployment)).isEqualTo(Manifests.name(deployment));
            manifests.get("ServiceAccount", account);
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
            // Service links would put FOO_SERVICE_HOST-style variables in front of Quarkus's config.
            assertThat(pod.path("enableServiceLinks").asBoolean(true)).isFalse();
        }
    }

    /** Dev runs images built and loaded on the cluster's nodes; prod's come from values.yaml (ProdValuesTest). */
    @Test
    void devImagesNameNoRegistryHostAndAFixedTag() {
        for (JsonNode container : containers(Manifests.of("dev"))) {
            String image = container.path("image").asText();
            String first = image.split("/")[0];
            assertThat(image.contains("/") && (first.contains(".") || first.contains(":") || first.equals("localhost")))
                    .as("registry host in %s (set one in your own overlay with `kustomize edit set image`)", image).isFalse();
            assertThat(image).as("tag of %s", image).contains(":").doesNotEndWith(":latest");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentHasADisruptionBudgetThatStillAllowsDrains(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            List<JsonNode> budgets = manifests.ofKind("PodDisruptionBudget").stream()
                    .filter(pdb -> Selectors.matches(pdb.path("spec").path("selector"), labels)).toList();
            assertThat(budgets).as("PodDisruptionBudgets of %s", Manifests.name(deployment)).hasSize(1);
            // maxUnavailable, not minAvailable: a single replica (dev) can still be evicted for a drain.
            assertThat(budgets.get(0).path("spec").path("maxUnavailable").asInt()).isGreaterThanOrEqualTo(1);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void servicesRouteToTheContainersHttpPort(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            JsonNode container = Manifests.container(deployment);
            JsonNode service = manifests.get("Service", name);
            assertThat(Selectors.matchesLabels(service.path("spec").path("selector"),
                    deployment.path("spec").path("template").path("metadata").path("labels")))
                    .as("Service %s selects its pods", name).isTrue();
            JsonNode port = service.path("spec").path("ports").get(0);
            assertThat(portNames(container)).contains(port.path("targetPort").asText());
            // The app listens where the container port says.
            int containerPort = container.path("ports").get(0).path("containerPort").asInt();
            assertThat(manifests.environment(container).get("QUARKUS_HTTP_PORT").value())
                    .isEqualTo(String.valueOf(containerPort));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theNamespaceEnforcesTheRestrictedPodSecurityStandard(String overlay) {
        JsonNode namespace = Manifests.of(overlay).ofKind("Namespace").get(0);
        assertThat(namespace.path("metadata").path("labels").path("pod-security.kubernetes.io/enforce").asText())
                .isEqualTo("restricted");
    }

    static List<JsonNode> containers(Manifests manifests) {
        List<JsonNode> all = new ArrayList<>();
        manifests.ofKind("Deployment").forEach(d -> all.addAll(allContainers(d.path("spec").path("template").path("spec"))));
        assertThat(all).isNotEmpty();
        return all;
    }

    private static List<JsonNode> allContainers(JsonNode pod) {
        List<JsonNode> all = new ArrayList<>();
        pod.path("initContainers").forEach(all::add);
        pod.path("containers").forEach(all::add);
        return all;
    }

    private static List<String> portNames(JsonNode container) {
        List<String> names = new ArrayList<>();
        for (JsonNode port : container.path("ports")) {
            names.add(port.path("name").asText());
            names.add(port.path("containerPort").asText());
        }
        return names;
    }

    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.path(field) : pod.path(field);
    }

    static JsonNode volume(JsonNode pod, String name) {
        for (JsonNode volume : pod.path("volumes")) {
            if (name.equals(volume.path("name").asText())) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }
}

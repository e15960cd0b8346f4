package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The optional components, added to the dev overlay the way the README says, render and fit the base. */
class ComponentsTest {

    private static final List<String> OPTIONAL = List.of("ingress", "oidc-issuer", "monitoring", "postgres-backups", "keda-autoscaling");
    private static Manifests withAll;

    @BeforeAll
    static void renderDevWithEveryComponent() throws IOException {
        // Inside this module's target/: kustomize only loads relative paths.
        Path dir = Repo.KUBERNETES.resolve("target/dev-with-components");
        Files.createDirectories(dir);
        StringBuilder kustomization = new StringBuilder("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - ../../overlays/dev
                components:
                """);
        OPTIONAL.forEach(c -> kustomization.append("  - ../../components/").append(c).append('\n'));
        Files.writeString(dir.resolve("kustomization.yaml"), kustomization);
        withAll = Manifests.render("dev-with-components", dir);
    }

    /** One origin: the APIs under /api/v1/ go to the services, and every other path to web. */
    @Test
    void theIngressRoutesTheApisToTheServicesAndEverythingElseToWeb() {
        JsonNode ingress = withAll.ofKind("Ingress").get(0);
        List<String> apiBackends = new ArrayList<>();
        List<String> otherPaths = new ArrayList<>();
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                JsonNode backend = path.path("backend").path("service");
                JsonNode service = withAll.get("Service", backend.path("name").asText());
                assertThat(service.path("spec").path("ports").findValuesAsText("name")).contains(backend.path("port").path("name").asText());
                if (path.path("path").asText().startsWith("/api/v1/")) {
                    apiBackends.add(backend.path("name").asText());
                } else {
                    otherPaths.add(path.path("pathType").asText() + " " + path.path("path").asText() + " -> " + backend.path("name").asText());
                }
            }
        }
        assertThat(apiBackends).as("the services behind /api/v1/").isSubsetOf(Repo.SERVICES).containsAll(Repo.SERVICES);
        assertThat(otherPaths).as("paths outside /api/v1/").containsExactly("Prefix / -> " + Repo.WEB);
        // web's sessions live in the replica that opened them (web/session/Sessions): a browser sticks to it
        assertThat(ingress.path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/affinity").asText())
                .as("the ingress keeps a browser on one web replica").isEqualTo("cookie");
    }

    @Test
    void theOidcIssuerReplacesTheKeySecretWithTheIssuersKeys() {
        NetworkModel net = new NetworkModel(withAll);
        for (String service : Repo.SERVICES) {
            JsonNode deployment = withAll.deployment(service);
            assertThat(withAll.environment(Manifests.container(deployment)).get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").value())
                    .startsWith("https://");
            JsonNode jwt = HardeningTest.volume(deployment.path("spec").path("template").path("spec"), "jwt");
            assertThat(jwt.path("secret").path("optional").asBoolean()).isTrue();
            // The keys are fetched over HTTPS, from wherever the issuer lives.
            assertThat(net.allows(service, "api-server", 443)).as("%s -> an HTTPS address outside the cluster", service).isTrue();
        }
    }

    /**
     * web signs people in at the issuer the services verify tokens from (the code flow, so the token web forwards is
     * one they accept), with its client secret from the Secret the deployer creates, and reaches that issuer.
     */
    @Test
    void theOidcIssuerSignsPeopleInToWebAtTheIssuerTheServicesTrust() {
        NetworkModel net = new NetworkModel(withAll);
        JsonNode deployment = withAll.deployment(Repo.WEB);
        Map<String, Manifests.EnvValue> env = withAll.environment(Manifests.container(deployment));
        assertThat(env.get("JEJARING_WEB_SIGNIN")).isEqualTo(Manifests.EnvValue.literal("oidc"));
        assertThat(env.get("QUARKUS_OIDC_APPLICATION_TYPE")).isEqualTo(Manifests.EnvValue.literal("web-app"));
        assertThat(env.get("QUARKUS_OIDC_TENANT_ENABLED")).isEqualTo(Manifests.EnvValue.literal("true"));
        assertThat(env.get("QUARKUS_OIDC_CLIENT_ID").value()).isNotBlank();
        for (String service : Repo.SERVICES) {
            String issuer = withAll.environment(Manifests.container(withAll.deployment(service))).get("MP_JWT_VERIFY_ISSUER").value();
            assertThat(env.get("QUARKUS_OIDC_AUTH_SERVER_URL")).as("web's issuer, against %s's", service)
                    .isEqualTo(Manifests.EnvValue.literal(issuer));
        }
        assertThat(env.get("QUARKUS_OIDC_CREDENTIALS_SECRET")).as("web's client secret")
                .isEqualTo(new Manifests.EnvValue(null, "jejaring-web-oidc", "client-secret"));
        assertThat(net.allows(Repo.WEB, "api-server", 443)).as("web -> an HTTPS address outside the cluster").isTrue();
        // The services' key Secret stays theirs: web verifies no token itself.
        assertThat(deployment.path("spec").path("template").path("spec").path("volumes").findValuesAsText("name")).doesNotContain("jwt");

        Manifests dev = Manifests.of("dev");
        assertThat(dev.environment(Manifests.container(dev.deployment(Repo.WEB))))
                .as("web without the component").containsEntry("JEJARING_WEB_SIGNIN", Manifests.EnvValue.literal("local"))
                .doesNotContainKeys("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CREDENTIALS_SECRET");
    }

    @Test
    void thePodMonitorsSelectTheAppsAndTheDatabases() {
        List<JsonNode> monitors = withAll.ofKind("PodMonitor");
        NetworkModel net = new NetworkModel(withAll);
        for (String service : Repo.APPS) {
            NetworkModel.Endpoint pod = net.get(service);
            assertThat(monitors).as("a PodMonitor for %s", service)
                    .anyMatch(m -> Selectors.matches(m.path("spec").path("selector"), pod.labels())
                            && pod.ports().containsKey(m.path("spec").path("podMetricsEndpoints").get(0).path("port").asText()));
        }
        for (JsonNode cluster : withAll.ofKind("Cluster")) {
            NetworkModel.Endpoint pod = net.get(Manifests.name(cluster));
            assertThat(monitors).anyMatch(m -> Selectors.matches(m.path("spec").path("selector"), pod.labels()));
        }
    }

    @Test
    void everyDatabaseArchivesToTheObjectStoreAndIsBackedUpDaily() {
        String store = Manifests.name(withAll.ofKind("ObjectStore").get(0));
        for (JsonNode cluster : withAll.ofKind("Cluster")) {
            JsonNode plugin = cluster.path("spec").path("plugins").get(0);
            assertThat(plugin.path("isWALArchiver").asBoolean()).isTrue();
            assertThat(plugin.path("parameters").path("barmanObjectName").asText()).isEqualTo(store);
            assertThat(withAll.ofKind("ScheduledBackup")).as("scheduled backup of %s", Manifests.name(cluster))
                    .anyMatch(b -> b.path("spec").path("cluster").path("name").asText().equals(Manifests.name(cluster))
                            && b.path("spec").path("method").asText().equals("plugin"));
        }
    }

    @Test
    void prodTakesBackups() {
        Manifests prod = Manifests.of("prod");
        assertThat(prod.ofKind("ObjectStore")).hasSize(1);
        assertThat(prod.ofKind("ScheduledBackup")).hasSize(prod.ofKind("Cluster").size());
    }
}

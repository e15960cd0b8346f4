package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The rendered output of {@code kubectl kustomize} for one overlay, as parsed documents. */
final class Manifests {

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static final Optional<Path> KUBECTL = findOnPath("kubectl");

    final String overlay;
    final List<JsonNode> documents;

    private Manifests(String overlay, List<JsonNode> documents) {
        this.overlay = overlay;
        this.documents = documents;
    }

    /** The overlay rendered offline; the calling test is skipped where kubectl is not installed. */
    static Manifests of(String overlay) {
        return render(overlay, Repo.KUBERNETES.resolve("overlays/" + overlay));
    }

    /**
     * An overlay with components added, as a deployer adds them: in a kustomization of its own (written under
     * target/, since kustomize loads only relative paths) naming the overlay and each component's directory,
     * relative to deploy/kubernetes (for example {@code components/ingress}).
     */
    static Manifests withComponents(String overlay, List<String> components) {
        String label = overlay + components.stream().map(c -> "+" + Path.of(c).getFileName()).reduce("", String::concat);
        Path dir = Repo.KUBERNETES.resolve("target/combinations").resolve(label);
        StringBuilder kustomization = new StringBuilder("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - ../../../overlays/%s
                """.formatted(overlay));
        if (!components.isEmpty()) {
            kustomization.append("components:\n");
            components.forEach(c -> kustomization.append("  - ../../../").append(c).append('\n'));
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("kustomization.yaml"), kustomization);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return render(label, dir);
    }

    /** Any kustomization directory, rendered once per label. */
    static Manifests render(String label, Path dir) {
        Assumptions.assumeTrue(KUBECTL.isPresent(), "kubectl is not on the PATH");
        return RENDERED.computeIfAbsent(label, name -> parse(name, kustomize(dir)));
    }

    static Manifests parse(String overlay, String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = new YAMLMapper().readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && document.isObject()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(overlay, documents);
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(name(d))).findFirst();
    }

    JsonNode get(String kind, String name) {
        Optional<JsonNode> found = find(kind, name);
        assertThat(found).as("%s %s in overlay %s", kind, name, overlay).isPresent();
        return found.get();
    }

    /** The service's Deployment; every Deployment here is one of the three services. */
    JsonNode deployment(String service) {
        return get("Deployment", service);
    }

    static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.path("spec").path("template").path("spec").path("containers");
        assertThat(containers.size()).as("containers of %s", name(deployment)).isEqualTo(1);
        return containers.get(0);
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    /**
     * A container's environment as the kubelet builds it: the envFrom ConfigMaps in order, then env, later
     * entries winning. Values from Secrets are {@link EnvValue#fromSecret() references}.
     */
    Map<String, EnvValue> environment(JsonNode container) {
        Map<String, EnvValue> env = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            assertThat(source.has("configMapRef")).as("envFrom other than a ConfigMap: %s", source).isTrue();
            JsonNode configMap = get("ConfigMap", source.path("configMapRef").path("name").asText());
            configMap.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), EnvValue.literal(e.getValue().asText())));
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            env.put(variable.path("name").asText(), secret.isMissingNode()
                    ? EnvValue.literal(variable.path("value").asText())
                    : new EnvValue(null, secret.path("name").asText(), secret.path("key").asText()));
        }
        return env;
    }

    /** One environment variable: a literal value, or a key of a Secret. */
    record EnvValue(String value, String secret, String key) {

        static EnvValue literal(String value) {
            return new EnvValue(value, null, null);
        }

        boolean fromSecret() {
            return secret != null;
        }
    }

    private static String kustomize(Path dir) {
        try {
            Path stderr = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(KUBECTL.orElseThrow().toString(), "kustomize", dir.toString())
                        .redirectError(stderr.toFile()).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("kubectl kustomize %s finished", dir).isTrue();
                assertThat(process.exitValue()).as("kubectl kustomize %s: %s", dir, Files.readString(stderr)).isZero();
                return out;
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> findOnPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

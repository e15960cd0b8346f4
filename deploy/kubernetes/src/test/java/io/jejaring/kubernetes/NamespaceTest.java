package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every namespaced object lands in {@code jejaring}, for every overlay with every subset of the components, added
 * the way a deployer adds them: in a kustomization of their own that names the overlay and the components. An
 * object with no namespace would go to whatever namespace kubectl's context names, usually {@code default}.
 */
class NamespaceTest {

    static final String NAMESPACE = "jejaring";

    /** Kinds that live outside every namespace; everything else must be in ours. */
    static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "PriorityClass", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "IngressClass", "PersistentVolume", "ClusterImageCatalog",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "ClusterIssuer");

    @TestFactory
    Stream<DynamicTest> everyNamespacedObjectIsInJejaringWithEveryCombinationOfComponents() {
        List<String> components = components();
        assertThat(components).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (String overlay : Repo.OVERLAYS) {
            // A component the overlay already has cannot be added twice.
            List<String> optional = components.stream().filter(c -> !included(overlay).contains(c)).toList();
            for (List<String> subset : subsets(optional)) {
                String label = overlay + (subset.isEmpty() ? "" : "+" + String.join("+", subset));
                tests.add(DynamicTest.dynamicTest(label, () -> assertAllInNamespace(render(overlay, subset))));
            }
        }
        return tests.stream();
    }

    static void assertAllInNamespace(Manifests manifests) {
        for (JsonNode document : manifests.documents) {
            String kind = document.path("kind").asText();
            if (CLUSTER_SCOPED.contains(kind)) {
                continue;
            }
            assertThat(document.path("metadata").path("namespace").asText())
                    .as("namespace of %s %s in %s", kind, Manifests.name(document), manifests.overlay).isEqualTo(NAMESPACE);
        }
        assertThat(manifests.ofKind("Namespace")).map(Manifests::name).containsExactly(NAMESPACE);
    }

    /** Every directory under components/, so a new component is covered without touching this test. */
    static List<String> components() {
        try (Stream<Path> dirs = Files.list(Repo.KUBERNETES.resolve("components"))) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The components an overlay's kustomization already names. */
    static List<String> included(String overlay) {
        try {
            JsonNode kustomization = new YAMLMapper().readTree(Repo.KUBERNETES.resolve("overlays/" + overlay + "/kustomization.yaml").toFile());
            List<String> names = new ArrayList<>();
            kustomization.path("components").forEach(c -> names.add(Path.of(c.asText()).getFileName().toString()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overlay with these components (names of directories under components/). */
    static Manifests render(String overlay, List<String> components) {
        return Manifests.withComponents(overlay, components.stream().map(c -> "components/" + c).toList());
    }

    private static List<List<String>> subsets(List<String> items) {
        List<List<String>> subsets = new ArrayList<>();
        for (int mask = 0; mask < 1 << items.size(); mask++) {
            List<String> subset = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(items.get(i));
                }
            }
            subsets.add(subset);
        }
        return subsets;
    }
}

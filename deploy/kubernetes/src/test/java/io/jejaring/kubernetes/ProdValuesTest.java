package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Prod takes what only the deployer can know (images, token issuer, backup bucket) from one file,
 * {@code overlays/prod/values.yaml}, and ships nothing that could run someone else's image or bucket.
 */
class ProdValuesTest {

    static final Path VALUES = Repo.KUBERNETES.resolve("overlays/prod/values.yaml");
    private static final Pattern DIGEST = Pattern.compile("@sha256:[0-9a-f]{64}$");

    @Test
    void prodImagesComeFromARegistryPinnedByDigest() {
        for (Manifests prod : List.of(Manifests.of("prod"), prodWithEveryComponent())) {
            for (JsonNode container : HardeningTest.containers(prod)) {
                String image = container.path("image").asText();
                assertThat(image).as("image in %s", prod.overlay).doesNotContainIgnoringCase("SNAPSHOT").containsPattern(DIGEST);
                String first = image.split("/")[0];
                assertThat(image.contains("/") && (first.contains(".") || first.contains(":") || first.equals("localhost")))
                        .as("registry host in %s", image).isTrue();
            }
        }
    }

    /** A node may keep an image it pulled only when its reference can't change: a digest, never a tag. */
    @Test
    void onlyADigestMayBeTakenFromANodesCache() {
        for (Manifests prod : List.of(Manifests.of("prod"), prodWithEveryComponent())) {
            for (JsonNode container : HardeningTest.containers(prod)) {
                if (!DIGEST.matcher(container.path("image").asText()).find()) {
                    assertThat(container.path("imagePullPolicy").asText()).as("pull policy of %s", container.path("image"))
                            .isEqualTo("Always");
                }
            }
        }
    }

    @Test
    void prodNamesNoExampleDomain() {
        for (Manifests prod : List.of(Manifests.of("prod"), prodWithEveryComponent())) {
            assertThat(prod.documents.toString()).as(prod.overlay).doesNotContain("example.com", "example.org");
        }
    }

    @Test
    void theShippedValuesArePlaceholdersInTheReservedInvalidDomain() {
        for (Map.Entry<String, String> value : values(Repo.read(VALUES)).entrySet()) {
            assertThat(value.getValue()).as(value.getKey()).containsAnyOf(".invalid", "CHANGE-ME");
        }
    }

    /**
     * Every value, changed in values.yaml (in a copy of the tree), reaches every place that uses it, and the
     * shipped placeholders reach none: so nothing in prod sets these anywhere else.
     */
    @Test
    void eachValueReachesEveryPlaceItIsUsed() {
        Map<String, String> shipped = values(Repo.read(VALUES));
        Map<String, String> mine = new LinkedHashMap<>();
        for (String service : Repo.APPS) {
            mine.put(service + "-image", "registry.test:5000/team/" + service + "@sha256:" + "ab".repeat(32));
        }
        mine.put("token-issuer", "https://login.test/realms/people");
        mine.put("backup-destination-path", "s3://my-own-backups/jejaring/");
        mine.put("backup-endpoint-url", "https://objects.test");
        assertThat(mine.keySet()).as("the values this test sets are the ones values.yaml has").isEqualTo(shipped.keySet());

        Path copy = copyOfTheTree();
        String values = Repo.read(VALUES);
        for (Map.Entry<String, String> value : shipped.entrySet()) {
            values = values.replace(value.getValue(), mine.get(value.getKey()));
        }
        write(copy.resolve("overlays/prod/values.yaml"), values);
        Manifests rendered = Manifests.render("prod with other values", copy.resolve("overlays/prod"));

        for (String app : Repo.APPS) {
            JsonNode container = Manifests.container(rendered.deployment(app));
            assertThat(container.path("image").asText()).as("image of %s", app).isEqualTo(mine.get(app + "-image"));
        }
        for (String service : Repo.SERVICES) {
            JsonNode container = Manifests.container(rendered.deployment(service));
            assertThat(rendered.environment(container).get("MP_JWT_VERIFY_ISSUER").value()).isEqualTo(mine.get("token-issuer"));
        }
        JsonNode store = rendered.ofKind("ObjectStore").get(0).path("spec").path("configuration");
        assertThat(store.path("destinationPath").asText()).isEqualTo(mine.get("backup-destination-path"));
        assertThat(store.path("endpointURL").asText()).isEqualTo(mine.get("backup-endpoint-url"));
        String all = rendered.documents.toString();
        for (Map.Entry<String, String> placeholder : shipped.entrySet()) {
            assertThat(all).as("the shipped %s, left somewhere values.yaml does not reach", placeholder.getKey())
                    .doesNotContain(placeholder.getValue());
        }
        assertThat(rendered.find("ConfigMap", "jejaring-values")).as("values.yaml is local config, never applied").isEmpty();
    }

    static Manifests prodWithEveryComponent() {
        List<String> extra = NamespaceTest.components().stream().filter(c -> !NamespaceTest.included("prod").contains(c)).toList();
        return NamespaceTest.render("prod", extra);
    }

    private static Map<String, String> values(String yaml) {
        try {
            Map<String, String> values = new LinkedHashMap<>();
            new YAMLMapper().readTree(yaml).path("data").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** base, overlays and components, under target/ (kustomize follows only relative paths inside them). */
    private static Path copyOfTheTree() {
        Path copy = Repo.KUBERNETES.resolve("target/values-copy");
        for (String dir : List.of("base", "overlays", "components")) {
            Path from = Repo.KUBERNETES.resolve(dir);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path to = copy.resolve(dir).resolve(from.relativize(file).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

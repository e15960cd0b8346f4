package io.jejaring.plumbing.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.jejaring.plumbing.testing.openapi.OpenApiDocument.DocumentedOperation;

/**
 * A service's OpenAPI document documents every operation: a unique operationId, a summary, a description, a tag,
 * described parameters, and an example of each request body and each successful answer with a body; and the copy
 * of the document in docs/api is current. A service's test extends it with {@code @QuarkusTest} and its test
 * resource; the failure lists every gap, by operation.
 */
public abstract class OpenApiDocumentationTest {

    @Test
    void everyOperationIsDocumentedWithAnIdSummaryDescriptionTagAndExamples() {
        OpenApiDocument document = OpenApiDocument.ofApplicationUnderTest();
        assertThat(document.operations()).as("operations in /q/openapi").isNotEmpty();
        assertThat(gaps(document)).as("undocumented parts of /q/openapi").isEmpty();
    }

    /**
     * docs/api holds each service's document for people who read it without running anything; the build writes the
     * current one to target/openapi (quarkus.smallrye-openapi.store-schema-directory), and this keeps the copy honest.
     */
    @Test
    void thePublishedCopyInDocsApiIsCurrent() throws IOException {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        Path published = Path.of("..", "docs", "api", service + ".yaml");
        String refresh = "refresh it with: mvn -pl " + service + " -am package -DskipTests && cp " + service
                + "/target/openapi/" + service + ".yaml docs/api/";
        assertThat(published).as("docs/api/" + service + ".yaml is missing; " + refresh).exists();
        // Compared as trees: the served and the stored document hold the same content, not always in the same key order
        assertThat(new YAMLMapper().readTree(published.toFile()))
                .as("docs/api/" + service + ".yaml differs from the service's /q/openapi; " + refresh)
                .isEqualTo(OpenApiDocument.ofApplicationUnderTest().root());
    }

    /** Every gap in the document, each naming its operation. */
    public static List<String> gaps(OpenApiDocument document) {
        List<String> gaps = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (DocumentedOperation operation : document.operations()) {
            JsonNode node = operation.node();
            String name = operation.describe();
            for (String field : List.of("operationId", "summary", "description")) {
                if (node.path(field).asText("").isBlank()) {
                    gaps.add(name + ": no " + field);
                }
            }
            if (node.has("operationId") && !operationIds.add(node.get("operationId").asText())) {
                gaps.add(name + ": operationId used twice");
            }
            if (node.path("tags").isEmpty()) {
                gaps.add(name + ": no tag");
            }
            parameters(operation).forEach(parameter -> {
                JsonNode resolved = document.resolve(parameter);
                if (resolved.path("description").asText("").isBlank()) {
                    gaps.add(name + ": parameter " + resolved.path("name").asText() + " has no description");
                }
            });
            if (node.has("requestBody")) {
                document.resolve(node.get("requestBody")).path("content").fields().forEachRemaining(media -> {
                    if (!hasExample(media.getValue())) {
                        gaps.add(name + ": no request example for " + media.getKey());
                    }
                });
            }
            checkSuccess(document, node, name, gaps);
        }
        return gaps;
    }

    private static void checkSuccess(OpenApiDocument document, JsonNode node, String name, List<String> gaps) {
        List<String> successes = new ArrayList<>();
        node.path("responses").fieldNames().forEachRemaining(status -> {
            if (status.startsWith("2")) {
                successes.add(status);
            }
        });
        if (successes.isEmpty()) {
            gaps.add(name + ": no success answer");
        }
        for (String status : successes) {
            document.resolve(node.path("responses").get(status)).path("content").fields().forEachRemaining(media -> {
                if (!hasExample(media.getValue())) {
                    gaps.add(name + ": no example of its " + status + " " + media.getKey() + " answer");
                }
                if (media.getKey().endsWith("json") && isEmptySchema(media.getValue().path("schema"))) {
                    gaps.add(name + ": its " + status + " " + media.getKey() + " answer has an empty schema");
                }
            });
        }
    }

    private static List<JsonNode> parameters(DocumentedOperation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.pathItem().path("parameters").forEach(parameters::add);
        operation.node().path("parameters").forEach(parameters::add);
        return parameters;
    }

    private static boolean hasExample(JsonNode mediaType) {
        return mediaType.has("example") || !mediaType.path("examples").isEmpty();
    }

    private static boolean isEmptySchema(JsonNode schema) {
        return schema.isMissingNode() || schema.isEmpty();
    }
}

package io.jejaring.plumbing.testing.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jejaring.plumbing.testing.Management;
import io.quarkus.test.common.http.TestHTTPResourceManager;

/** A service's own OpenAPI document, as its {@code /q/openapi} serves it, read once per running application. */
public final class OpenApiDocument {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OpenApiDocument> BY_APPLICATION = new ConcurrentHashMap<>();

    private final JsonNode root;

    OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    /** The document of the application under test (the one {@link Management} reaches). */
    public static OpenApiDocument ofApplicationUnderTest() {
        return BY_APPLICATION.computeIfAbsent(TestHTTPResourceManager.getManagementUri(), uri -> {
            String body = Management.given().accept("application/json").get("/q/openapi?format=json")
                    .then().statusCode(200).extract().asString();
            try {
                return new OpenApiDocument(JSON.readTree(body));
            } catch (Exception e) {
                throw new AssertionError("/q/openapi is not JSON: " + e.getMessage(), e);
            }
        });
    }

    public JsonNode root() {
        return root;
    }

    /** Every operation: its path template, method and node. */
    public List<DocumentedOperation> operations() {
        List<DocumentedOperation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation != null) {
                operations.add(new DocumentedOperation(path.getKey(), method, path.getValue(), operation));
            }
        }));
        return operations;
    }

    /** The path template a concrete path matches, if any; literal templates win over parameterised ones. */
    Optional<String> pathTemplateOf(String path) {
        String best = null;
        int bestLiterals = -1;
        for (Iterator<String> templates = root.path("paths").fieldNames(); templates.hasNext(); ) {
            String template = templates.next();
            int literals = literalSegmentsMatched(template, path);
            if (literals > bestLiterals) {
                best = template;
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many literal segments of the template match the path; -1 when it does not match at all. */
    private static int literalSegmentsMatched(String template, String path) {
        String[] expected = trim(template).split("/", -1);
        String[] actual = trim(path).split("/", -1);
        if (expected.length != actual.length) {
            return -1;
        }
        int literals = 0;
        for (int i = 0; i < expected.length; i++) {
            boolean parameter = expected[i].startsWith("{") && expected[i].endsWith("}");
            if (parameter) {
                if (actual[i].isEmpty()) {
                    return -1;
                }
            } else if (expected[i].equals(actual[i])) {
                literals++;
            } else {
                return -1;
            }
        }
        return literals;
    }

    private static String trim(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
    }

    /** A node with {@code $ref} to {@code #/components/...} followed. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new AssertionError("OpenAPI: only local references are supported, not " + ref);
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    /** A schema that can stand alone: the document's components travel with it, so its references resolve. */
    ObjectNode standaloneSchema(JsonNode schema) {
        ObjectNode standalone = JSON.createObjectNode();
        standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        standalone.set("allOf", JSON.createArrayNode().add(schema));
        standalone.set("components", root.path("components"));
        return standalone;
    }

    /** One operation of the document. */
    public record DocumentedOperation(String path, String method, JsonNode pathItem, JsonNode node) {

        public String describe() {
            return method.toUpperCase() + " " + path + " " + node.path("operationId").asText("(no operationId)");
        }
    }
}

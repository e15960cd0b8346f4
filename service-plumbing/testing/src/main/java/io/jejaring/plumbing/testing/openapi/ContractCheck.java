package io.jejaring.plumbing.testing.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks one real exchange (request and answer) against an {@link OpenApiDocument}: the path and method are
 * documented, the status is one the operation declares, the answer's media type is one it declares for that status,
 * and a JSON body matches the declared schema (JSON Schema 2020-12, OpenAPI 3.1's dialect). A request the service
 * accepted (2xx) must also match the declared request body. Requests to an undocumented path or method that the
 * service refused (404, 405) are not the document's business and pass.
 */
public final class ContractCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON Schema 2020-12, knowing OpenAPI's own schema keywords (and the components carried along) as annotations. */
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keywords(List.of(new NonValidationKeyword("components"), new NonValidationKeyword("example"),
                            new NonValidationKeyword("discriminator"), new NonValidationKeyword("xml"),
                            new NonValidationKeyword("externalDocs")))
                    .build()));

    private final OpenApiDocument document;
    private final Map<JsonNode, JsonSchema> compiled = new ConcurrentHashMap<>();

    public ContractCheck(OpenApiDocument document) {
        this.document = document;
    }

    /** An exchange as the client saw it; content types may carry parameters, bodies may be empty. */
    public record Exchange(String method, String path, String requestContentType, String requestBody, int status,
            String responseContentType, String responseBody) {
    }

    /** What in the exchange the document does not declare; empty when it tells the truth. */
    public List<String> mismatches(Exchange exchange) {
        List<String> mismatches = new ArrayList<>();
        String method = exchange.method().toLowerCase(Locale.ROOT);
        Optional<String> template = document.pathTemplateOf(exchange.path());
        JsonNode operation = template.map(t -> document.root().path("paths").path(t).get(method)).orElse(null);
        if (operation == null) {
            if (exchange.status() != 404 && exchange.status() != 405) {
                mismatches.add(template.isEmpty() ? "the path is not in the document"
                        : "the document has no " + method.toUpperCase(Locale.ROOT) + " on " + template.get());
            }
            return mismatches;
        }
        checkResponse(operation, exchange, mismatches);
        if (exchange.status() / 100 == 2) {
            checkRequest(operation, exchange, mismatches);
        }
        return mismatches;
    }

    private void checkResponse(JsonNode operation, Exchange exchange, List<String> mismatches) {
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.get(Integer.toString(exchange.status()));
        if (response == null) {
            response = responses.get(exchange.status() / 100 + "XX");
        }
        if (response == null) {
            response = responses.get("default");
        }
        if (response == null) {
            mismatches.add("status " + exchange.status() + " is not documented (documented: " + names(responses) + ")");
            return;
        }
        response = document.resolve(response);
        JsonNode content = response.path("content");
        boolean hasBody = exchange.responseBody() != null && !exchange.responseBody().isEmpty();
        if (!hasBody) {
            return;
        }
        String mediaType = bare(exchange.responseContentType());
        if (content.isMissingNode() || content.isEmpty()) {
            mismatches.add("status " + exchange.status() + " is documented without a body, but the answer has one ("
                    + mediaType + ")");
            return;
        }
        JsonNode declared = mediaTypeEntry(content, mediaType);
        if (declared == null) {
            mismatches.add("status " + exchange.status() + " answered " + mediaType + ", documented: " + names(content));
            return;
        }
        checkBody("answer", declared, mediaType, exchange.responseBody(), mismatches);
    }

    private void checkRequest(JsonNode operation, Exchange exchange, List<String> mismatches) {
        boolean hasBody = exchange.requestBody() != null && !exchange.requestBody().isEmpty();
        if (!hasBody || !operation.has("requestBody")) {
            return;
        }
        JsonNode content = document.resolve(operation.get("requestBody")).path("content");
        String mediaType = bare(exchange.requestContentType());
        JsonNode declared = mediaTypeEntry(content, mediaType);
        if (declared == null) {
            mismatches.add("the service accepted a " + mediaType + " body, documented: " + names(content));
            return;
        }
        checkBody("request", declared, mediaType, exchange.requestBody(), mismatches);
    }

    private void checkBody(String which, JsonNode declared, String mediaType, String body, List<String> mismatches) {
        if (!isJson(mediaType) || !declared.has("schema")) {
            return;
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (Exception e) {
            if (which.equals("answer")) {
                mismatches.add("the answer's " + mediaType + " body is not JSON: " + e.getMessage());
            }
            return;
        }
        JsonSchema schema = compiled.computeIfAbsent(declared.get("schema"),
                node -> SCHEMAS.getSchema(document.standaloneSchema(node)));
        Set<ValidationMessage> errors = schema.validate(value);
        errors.forEach(error -> mismatches.add("the " + which + " body does not match its schema: " + error.getMessage()));
    }

    private static JsonNode mediaTypeEntry(JsonNode content, String mediaType) {
        for (Iterator<Map.Entry<String, JsonNode>> entries = content.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (bare(entry.getKey()).equals(mediaType) || entry.getKey().equals("*/*")) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String bare(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "(none)";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}

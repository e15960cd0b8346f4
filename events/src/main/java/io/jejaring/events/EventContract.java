package io.jejaring.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks an event's JSON data against the schema of its {@code ce_type}. Producers (and their tests) use it as a
 * guard: besides the schema it rejects any property the schema does not declare, so no undeclared and possibly
 * personal field can slip into an event. The schemas themselves allow unknown properties, because consumers must
 * ignore fields they don't know.
 *
 * <p>Needs jackson-databind and json-schema-validator on the classpath (optional dependencies of this module).
 * Instances are immutable and thread-safe.
 */
public final class EventContract {

    static final String SCHEMA_FOLDER = "io/jejaring/events/schemas/";

    // Strict parsing: trailing garbage or a duplicated key (which could hide a value) is a violation too.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Map<String, LoadedSchema> schemasByType;

    private EventContract(Map<String, LoadedSchema> schemasByType) {
        this.schemasByType = schemasByType;
    }

    /** Loads the schema of every type in {@link EventTypes#all()} from the classpath. */
    public static EventContract load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        // Producers get the strict reading: "format" (uuid, date-time) is asserted, not just annotated.
        // JSON paths ("$.contactId") read better in a message than JSON pointers, and match our own checks.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                .build();
        Map<String, LoadedSchema> schemas = new LinkedHashMap<>();
        for (String type : EventTypes.all()) {
            JsonNode raw = readSchema(type);
            schemas.put(type, new LoadedSchema(raw, factory.getSchema(raw, config)));
        }
        return new EventContract(Map.copyOf(schemas));
    }

    /** Human-readable problems of {@code json} as the data of a {@code ceType} event; empty when it is valid. */
    public List<String> violations(String ceType, String json) {
        LoadedSchema schema = ceType == null ? null : schemasByType.get(ceType);
        if (schema == null) {
            return List.of("unknown ce_type: " + ceType);
        }
        if (json == null) {
            return List.of("no event data");
        }
        // The design requires single-line values; JSON never needs a raw line break inside a string.
        List<String> problems = new ArrayList<>();
        if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
            problems.add("event data must be single-line JSON");
        }
        JsonNode data;
        try {
            data = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add("not valid JSON: " + e.getOriginalMessage());
            return List.copyOf(problems);
        }
        if (data == null || data.isMissingNode()) {
            problems.add("not valid JSON: no value");
            return List.copyOf(problems);
        }
        for (ValidationMessage message : schema.validator().validate(data)) {
            problems.add(message.getMessage());
        }
        collectUndeclared(schema.raw(), schema.raw(), data, "$", problems);
        return List.copyOf(problems);
    }

    /** Throws an {@link AssertionError} listing the violations, if there are any. */
    public void assertValid(String ceType, String json) {
        List<String> problems = violations(ceType, json);
        if (!problems.isEmpty()) {
            throw new AssertionError("event data of " + ceType + " breaks its contract: " + problems);
        }
    }

    /**
     * Reports object properties that no applicable subschema declares, descending into declared objects and arrays.
     * A schema applies through local {@code #/$defs/...} references and {@code allOf/anyOf/oneOf} alternatives.
     */
    private static void collectUndeclared(JsonNode root, JsonNode schema, JsonNode data, String path,
            List<String> problems) {
        List<JsonNode> applicable = new ArrayList<>();
        flatten(root, schema, applicable);
        if (data.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String fieldPath = path + "." + field.getKey();
                List<JsonNode> declarations = applicable.stream()
                        .map(s -> s.path("properties").get(field.getKey()))
                        .filter(Objects::nonNull)
                        .toList();
                if (declarations.isEmpty()) {
                    problems.add(fieldPath + ": property is not declared in the schema");
                }
                declarations.forEach(d -> collectUndeclared(root, d, field.getValue(), fieldPath, problems));
            }
        } else if (data.isArray()) {
            for (JsonNode subschema : applicable) {
                if (subschema.has("items")) {
                    for (int i = 0; i < data.size(); i++) {
                        collectUndeclared(root, subschema.get("items"), data.get(i), path + "[" + i + "]", problems);
                    }
                }
            }
        }
    }

    private static void flatten(JsonNode root, JsonNode schema, List<JsonNode> into) {
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
            flatten(root, root.at(ref.asText().substring(1)), into);
            return;
        }
        into.add(schema);
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode alternative : schema.path(combinator)) {
                flatten(root, alternative, into);
            }
        }
    }

    private static JsonNode readSchema(String type) {
        String resource = SCHEMA_FOLDER + type + ".json";
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema on the classpath for " + type + ": " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }

    private record LoadedSchema(JsonNode raw, JsonSchema validator) {
    }
}

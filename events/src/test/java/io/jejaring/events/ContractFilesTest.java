package io.jejaring.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema files and the AsyncAPI document agree with the Java constants. */
class ContractFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The topic of each aggregate: the third part of a type name, such as {@code contact}. */
    private static final Map<String, String> TOPIC_BY_AGGREGATE = Map.of(
            "contact", Topics.CONTACTS, "connection", Topics.CONTACTS, "owner", Topics.CONTACTS,
            "interaction", Topics.INTERACTIONS, "commitment", Topics.INTERACTIONS,
            "insight", Topics.INSIGHTS);

    @Test
    void allListsEveryTypeConstant() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : EventTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().startsWith("SOURCE_")) {
                constants.add((String) field.get(null));
            }
        }
        assertEquals(16, constants.size(), constants.toString());
        assertEquals(constants.size(), EventTypes.all().size());
        assertEquals(Set.copyOf(constants), Set.copyOf(EventTypes.all()));
        for (String type : EventTypes.all()) {
            assertTrue(type.matches("io\\.jejaring\\.[a-z]+\\.[a-z]+(-[a-z]+)*\\.v[0-9]+"), type);
            assertTrue(TOPIC_BY_AGGREGATE.containsKey(aggregate(type)), type);
        }
    }

    @Test
    void everyTypeHasASchemaWithItsId() throws IOException {
        for (String type : EventTypes.all()) {
            JsonNode schema = JSON.readTree(resource(EventContract.SCHEMA_FOLDER + type + ".json"));
            assertEquals("urn:jejaring:event:" + type, schema.path("$id").asText());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
            assertEquals("object", schema.path("type").asText());
            assertTrue(schema.path("additionalProperties").asBoolean(), type + " must let consumers ignore fields");
        }
    }

    @Test
    void everySchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String type : EventTypes.all()) {
            JsonNode schema = JSON.readTree(resource(EventContract.SCHEMA_FOLDER + type + ".json"));
            assertEquals(Set.of(), metaSchema.validate(schema), type);
        }
    }

    @Test
    void asyncApiMentionsEveryTypeAndMainTopic() throws IOException {
        String text = new String(resource("asyncapi.yaml").readAllBytes(), StandardCharsets.UTF_8);
        for (String type : EventTypes.all()) {
            assertTrue(text.contains(type), "asyncapi.yaml lacks " + type);
        }
        for (String topic : List.of(Topics.CONTACTS, Topics.INTERACTIONS, Topics.INSIGHTS)) {
            assertTrue(text.contains("address: " + topic), "asyncapi.yaml lacks channel " + topic);
        }
    }

    @Test
    void asyncApiPayloadsPointAtTheSchemaFiles() throws IOException {
        JsonNode doc = new YAMLMapper().readTree(resource("asyncapi.yaml"));
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        JsonNode messages = doc.path("components").path("messages");
        List<String> names = new ArrayList<>();
        messages.forEach(message -> {
            String type = message.path("name").asText();
            names.add(type);
            String ref = message.path("payload").path("schema").path("$ref").asText();
            assertEquals("./" + EventContract.SCHEMA_FOLDER + type + ".json", ref);
            String resolved = URI.create("asyncapi.yaml").resolve(ref).getPath();
            assertNotNull(getClass().getClassLoader().getResource(resolved), ref);
        });
        assertEquals(EventTypes.all(), names);
    }

    @Test
    void asyncApiSendsEveryTypeOnItsTopic() throws IOException {
        JsonNode doc = new YAMLMapper().readTree(resource("asyncapi.yaml"));
        JsonNode components = doc.path("components").path("messages");
        List<String> sent = new ArrayList<>();
        doc.path("operations").fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            assertEquals("send", operation.path("action").asText(), entry.getKey());
            String channelName = operation.path("channel").path("$ref").asText().replace("#/channels/", "");
            JsonNode channel = doc.path("channels").path(channelName);
            assertTrue(channel.isObject(), entry.getKey() + " names an unknown channel " + channelName);
            for (JsonNode messageRef : operation.path("messages")) {
                String prefix = "#/channels/" + channelName + "/messages/";
                String ref = messageRef.path("$ref").asText();
                assertTrue(ref.startsWith(prefix), entry.getKey() + ": " + ref);
                String key = ref.substring(prefix.length());
                assertEquals("#/components/messages/" + key,
                        channel.path("messages").path(key).path("$ref").asText(), entry.getKey());
                JsonNode message = components.path(key);
                String type = message.path("name").asText();
                assertEquals(TOPIC_BY_AGGREGATE.get(aggregate(type)), channel.path("address").asText(), type);
                assertTrue(message.path("summary").asText().endsWith("ce_type: " + type), type);
                JsonNode trait = doc.at(message.path("traits").path(0).path("$ref").asText().substring(1));
                assertEquals("#/components/schemas/cloudEventHeaders", trait.path("headers").path("$ref").asText());
                assertEquals("#/components/schemas/ownerId",
                        trait.path("bindings").path("kafka").path("key").path("$ref").asText(), type);
                sent.add(type);
            }
        });
        assertEquals(EventTypes.all(), sent);
        String text = new String(resource("asyncapi.yaml").readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(text.contains("later version"), "asyncapi.yaml still declares channels without messages");
    }

    @Test
    void topicsIncludeDeadLetters() {
        assertEquals(List.of("jejaring.contacts.v1", "jejaring.interactions.v1", "jejaring.insights.v1",
                        "jejaring.contacts.v1.dlq", "jejaring.interactions.v1.dlq", "jejaring.insights.v1.dlq"),
                Topics.all());
        assertEquals("jejaring.contacts.v1.dlq", Topics.deadLetter(Topics.CONTACTS));
    }

    @Test
    void asyncApiDocumentsTheTraceContextHeadersAsOptional() throws IOException {
        JsonNode headers = new YAMLMapper().readTree(resource("asyncapi.yaml"))
                .path("components").path("schemas").path("cloudEventHeaders");
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(name -> required.add(name.asText()));
        for (String header : List.of("traceparent", "tracestate")) {
            assertTrue(headers.path("properties").has(header), "asyncapi.yaml lacks header " + header);
            assertFalse(required.contains(header), header + " is sent only while the producer traces");
        }
        // the W3C Trace Context specification's own example
        assertTrue("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
                .matches(headers.path("properties").path("traceparent").path("pattern").asText()));
    }

    /** {@code contact} for {@code io.jejaring.contact.created.v1}. */
    private static String aggregate(String type) {
        return type.split("\\.")[2];
    }

    private static InputStream resource(String path) {
        InputStream in = ContractFilesTest.class.getClassLoader().getResourceAsStream(path);
        assertNotNull(in, "missing resource " + path);
        return in;
    }
}

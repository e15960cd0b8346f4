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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema files and the AsyncAPI document agree with the Java constants. */
class ContractFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void allListsEveryTypeConstant() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : EventTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().matches("CONTACT_.*|CONNECTION_.*")) {
                constants.add((String) field.get(null));
            }
        }
        assertEquals(constants.size(), EventTypes.all().size());
        assertTrue(EventTypes.all().containsAll(constants), constants.toString());
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
    void topicsIncludeDeadLetters() {
        assertEquals(List.of("jejaring.contacts.v1", "jejaring.interactions.v1", "jejaring.insights.v1",
                        "jejaring.contacts.v1.dlq", "jejaring.interactions.v1.dlq", "jejaring.insights.v1.dlq"),
                Topics.all());
        assertEquals("jejaring.contacts.v1.dlq", Topics.deadLetter(Topics.CONTACTS));
    }

    private static InputStream resource(String path) {
        InputStream in = ContractFilesTest.class.getClassLoader().getResourceAsStream(path);
        assertNotNull(in, "missing resource " + path);
        return in;
    }
}

package io.jejaring.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.util.List;

import static io.jejaring.events.ContractAssertions.assertReported;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventContractTest {

    private static final EventContract CONTRACT = ContractAssertions.CONTRACT;

    static List<String> types() {
        return EventTypes.all();
    }

    @ParameterizedTest
    @MethodSource("types")
    void serializedRecordIsValid(String type) {
        String json = Samples.json(Samples.forType(type));
        assertEquals(List.of(), CONTRACT.violations(type, json), json);
        assertDoesNotThrow(() -> CONTRACT.assertValid(type, json));
    }

    @ParameterizedTest
    @MethodSource("types")
    void recordRoundTripsThroughJson(String type) throws Exception {
        Object data = Samples.forType(type);
        assertEquals(data, Samples.MAPPER.readValue(Samples.json(data), data.getClass()));
    }

    @Test
    void contactWithoutOptionalLabelsIsValid() {
        ContactSnapshot bare = new ContactSnapshot(Samples.CONTACT, "owner-a", 1, Tier.ACQUAINTANCE, 365, false,
                List.of(), null, null, null, Sincerity.UNSURE, Samples.contact().createdAt());
        assertEquals(List.of(), CONTRACT.violations(EventTypes.CONTACT_CREATED, Samples.json(bare)));

        ObjectNode omitted = Samples.tree(bare);
        omitted.remove(List.of("culture", "ageBand", "introducedBy"));
        assertEquals(List.of(), CONTRACT.violations(EventTypes.CONTACT_CREATED, omitted.toString()));
    }

    @ParameterizedTest
    @MethodSource("types")
    void missingRequiredFieldIsReported(String type) {
        ObjectNode data = Samples.tree(Samples.forType(type));
        data.remove("ownerId");
        assertReported(type, data.toString(), "ownerId");
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyRequiredFieldIsInTheRecordAndChecked(String type) throws Exception {
        JsonNode schema = Samples.MAPPER.readTree(getClass().getClassLoader()
                .getResourceAsStream(EventContract.SCHEMA_FOLDER + type + ".json"));
        ObjectNode sample = Samples.tree(Samples.forType(type));
        for (JsonNode required : schema.path("required")) {
            String field = required.asText();
            assertTrue(sample.has(field), type + " record lacks " + field);
            ObjectNode data = sample.deepCopy();
            data.remove(field);
            assertReported(type, data.toString(), field);
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyRecordComponentIsDeclared(String type) throws Exception {
        JsonNode schema = Samples.MAPPER.readTree(getClass().getClassLoader()
                .getResourceAsStream(EventContract.SCHEMA_FOLDER + type + ".json"));
        for (RecordComponent component : Samples.forType(type).getClass().getRecordComponents()) {
            assertTrue(schema.path("properties").has(component.getName()), type + " lacks " + component.getName());
        }
    }

    @Test
    void wrongEnumValueIsReported() {
        ObjectNode data = Samples.tree(Samples.contact());
        data.put("tier", "BEST_FRIEND");
        assertReported(EventTypes.CONTACT_UPDATED, data.toString(), "tier");

        ObjectNode connection = Samples.tree(Samples.forType(EventTypes.CONNECTION_ADDED));
        connection.put("kind", "knows");
        assertReported(EventTypes.CONNECTION_ADDED, connection.toString(), "kind");
    }

    @Test
    void undeclaredPropertyIsReported() {
        ObjectNode data = Samples.tree(Samples.contact());
        data.put("displayName", "Budi Santoso");
        List<String> problems = assertReported(EventTypes.CONTACT_CREATED, data.toString(), "displayName");
        assertEquals(1, problems.size(), problems.toString());

        ObjectNode deleted = Samples.tree(Samples.forType(EventTypes.CONTACT_DELETED));
        deleted.putObject("extra").put("email", "budi@example.com");
        assertReported(EventTypes.CONTACT_DELETED, deleted.toString(), "extra");
    }

    @Test
    void unknownTypeIsReported() {
        String json = Samples.json(Samples.contact());
        assertReported("io.jejaring.contact.renamed.v1", json, "unknown ce_type");
        assertReported(null, json, "unknown ce_type");
    }

    @Test
    void badValuesAreReported() {
        String type = EventTypes.CONTACT_CREATED;
        assertReported(type, Samples.tree(Samples.contact()).put("contactId", "not-a-uuid").toString(), "contactId");
        assertReported(type, Samples.tree(Samples.contact()).put("version", 0).toString(), "version");
        assertReported(type, Samples.tree(Samples.contact()).put("cadenceDays", 3651).toString(), "cadenceDays");
        assertReported(type, Samples.tree(Samples.contact()).put("ownerId", "").toString(), "ownerId");
        assertReported(type, Samples.tree(Samples.contact()).put("ownerId", "o".repeat(129)).toString(), "ownerId");
        assertReported(type, Samples.tree(Samples.contact()).put("ageBand", "30-39").toString(), "ageBand");
        assertReported(type, Samples.tree(Samples.contact()).put("createdAt", "2024-05-01 08:30").toString(),
                "createdAt");
        assertReported(type, Samples.tree(Samples.contact()).put("createdAt", "2024-05-01T08:30:00+07:00").toString(),
                "createdAt");
        ObjectNode tooMany = Samples.tree(Samples.contact());
        for (int i = 0; i < 51; i++) {
            tooMany.withArray("communities").add("c" + i);
        }
        assertReported(type, tooMany.toString(), "communities");
        assertReported(type, Samples.tree(Samples.contact()).put("keepInTouch", "true").toString(), "keepInTouch");
    }

    @Test
    void malformedOrMultiLineJsonIsReported() {
        String type = EventTypes.CONTACT_DELETED;
        String json = Samples.json(Samples.forType(type));
        assertReported(type, "{\"contactId\":", "not valid JSON");
        assertReported(type, json + " {}", "not valid JSON");
        assertReported(type, json.replace("{", "{\"version\":9,"), "not valid JSON");
        assertReported(type, json.replace(",", ",\n"), "single-line");
        assertReported(type, "", "not valid JSON");
    }

    @Test
    void assertValidListsTheViolations() {
        ObjectNode data = Samples.tree(Samples.contact());
        data.put("displayName", "Budi Santoso");
        AssertionError error = assertThrows(AssertionError.class,
                () -> CONTRACT.assertValid(EventTypes.CONTACT_CREATED, data.toString()));
        assertTrue(error.getMessage().contains("displayName"), error.getMessage());
    }
}

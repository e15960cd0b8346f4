package io.jejaring.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.jejaring.events.ContractAssertions.assertReported;
import static io.jejaring.events.ContractAssertions.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contracts of jejaring.insights.v1. */
class InsightEventsTest {

    private static final String OVERDUE = EventTypes.RELATIONSHIP_OVERDUE;
    private static final String RESTORED = EventTypes.RELATIONSHIP_RESTORED;
    private static final String ONE_SIDED = EventTypes.ONE_SIDED;
    private static final String REACH = EventTypes.REACH_CHANGED;

    @Test
    void overdueWithoutAnyInteractionIsValid() {
        RelationshipOverdue never = new RelationshipOverdue("owner-a", Samples.CONTACT, null,
                Instant.parse("2025-05-01T08:30:15Z"), 365, 5, 0.0);
        String json = Samples.json(never);
        assertTrue(json.contains("\"lastInteractionAt\":null"), json);
        assertValid(OVERDUE, json);

        ObjectNode omitted = Samples.tree(never);
        omitted.remove("lastInteractionAt");
        assertValid(OVERDUE, omitted.toString());
    }

    @Test
    void layersRunFromOneToFive() {
        for (int layer = 1; layer <= 5; layer++) {
            assertValid(OVERDUE, overdue().put("layer", layer).toString());
        }
        assertReported(OVERDUE, overdue().put("layer", 6).toString(), "layer");
        assertReported(OVERDUE, overdue().put("layer", 0).toString(), "layer");
        assertReported(OVERDUE, overdue().put("layer", "2").toString(), "layer");
    }

    @Test
    void badOverdueValuesAreReported() {
        assertReported(OVERDUE, overdue().put("strength", -0.01).toString(), "strength");
        assertReported(OVERDUE, overdue().put("strength", "high").toString(), "strength");
        assertReported(OVERDUE, overdue().put("cadenceDays", 0).toString(), "cadenceDays");
        assertReported(OVERDUE, overdue().put("dueAt", "2024-05-31").toString(), "dueAt");
        assertReported(OVERDUE, overdue().putNull("dueAt").toString(), "dueAt");
        assertReported(OVERDUE, overdue().put("lastInteractionAt", "yesterday").toString(), "lastInteractionAt");
    }

    @Test
    void restoredByACadenceChangeHasNoInteraction() {
        String json = Samples.json(new RelationshipRestored("owner-a", Samples.CONTACT, null));
        assertTrue(json.contains("\"interactionAt\":null"), json);
        assertValid(RESTORED, json);
        assertReported(RESTORED, Samples.tree(Samples.forType(RESTORED)).put("interactionAt", "2024-06-12 03:15")
                .toString(), "interactionAt");
    }

    @Test
    void oneSidedCountsAreNeverNegative() {
        assertValid(ONE_SIDED, Samples.json(new OneSided("owner-a", Samples.CONTACT, 0, 0, 0)));
        for (String count : List.of("gave", "received", "initiatedByThem")) {
            assertReported(ONE_SIDED, oneSided().put(count, -1).toString(), count);
            assertReported(ONE_SIDED, oneSided().put(count, 2.5).toString(), count);
        }
    }

    @Test
    void reachSerializesNestedFigures() {
        String json = Samples.json(Samples.reach());
        assertTrue(json.contains("\"breadth\":{\"communities\":6,\"cultures\":3,\"ageBands\":4}"), json);
        assertTrue(json.contains("\"diversity\":{\"community\":0.8125,\"culture\":0.5,\"ageBand\":1.0}"), json);
        assertTrue(json.contains("\"computedAt\":\"2024-06-12T03:15:30.500Z\""), json);
        assertValid(REACH, json);
    }

    @Test
    void emptyNetworkReachIsValid() {
        ReachChanged empty = new ReachChanged("owner-a", 0, 0, Map.of("1", 0, "2", 0, "3", 0, "4", 0, "5", 0),
                new ReachChanged.Breadth(0, 0, 0), new ReachChanged.Diversity(0, 0, 0), Instant.EPOCH);
        assertValid(REACH, Samples.json(empty));
    }

    @Test
    void reachLayersAreKeyedOneToFive() {
        ObjectNode sixth = reach();
        sixth.withObject("/layers").put("6", 3);
        List<String> problems = assertReported(REACH, sixth.toString(), "layers.6");
        assertEquals(1, problems.size(), problems.toString());

        ObjectNode missing = reach();
        missing.withObject("/layers").remove("3");
        assertReported(REACH, missing.toString(), "required property '3'");

        ObjectNode negative = reach();
        negative.withObject("/layers").put("2", -1);
        assertReported(REACH, negative.toString(), "layers");

        assertReported(REACH, reach().put("layers", 5).toString(), "layers");
    }

    @Test
    void badReachValuesAreReported() {
        assertReported(REACH, reach().put("activeContacts", -1).toString(), "activeContacts");
        assertReported(REACH, reach().put("secondDegreeReach", 1.5).toString(), "secondDegreeReach");
        for (String share : List.of("community", "culture", "ageBand")) {
            ObjectNode tooDiverse = reach();
            tooDiverse.withObject("/diversity").put(share, 1.01);
            assertReported(REACH, tooDiverse.toString(), share);
            ObjectNode negative = reach();
            negative.withObject("/diversity").put(share, -0.1);
            assertReported(REACH, negative.toString(), share);
        }
        ObjectNode breadth = reach();
        breadth.withObject("/breadth").put("cultures", -2);
        assertReported(REACH, breadth.toString(), "cultures");
        ObjectNode noBreadth = reach();
        noBreadth.withObject("/breadth").remove("ageBands");
        assertReported(REACH, noBreadth.toString(), "ageBands");
        assertReported(REACH, reach().put("computedAt", "2024-06-12T10:15:30+07:00").toString(), "computedAt");
    }

    @Test
    void personalInsightFieldsAreReported() {
        List<String> problems = assertReported(OVERDUE, overdue().put("displayName", "Budi Santoso").toString(),
                "displayName");
        assertEquals(1, problems.size(), problems.toString());
        assertReported(ONE_SIDED, oneSided().put("displayName", "Budi Santoso").toString(), "displayName");
        assertReported(RESTORED, Samples.tree(Samples.forType(RESTORED)).put("summary", "Called him").toString(),
                "summary");
        ObjectNode nested = reach();
        nested.withObject("/breadth").putArray("cultureNames").add("javanese");
        assertReported(REACH, nested.toString(), "breadth.cultureNames");
    }

    private static ObjectNode overdue() {
        return Samples.tree(Samples.overdue());
    }

    private static ObjectNode oneSided() {
        return Samples.tree(Samples.forType(ONE_SIDED));
    }

    private static ObjectNode reach() {
        return Samples.tree(Samples.reach());
    }
}

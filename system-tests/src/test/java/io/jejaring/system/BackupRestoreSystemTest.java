package io.jejaring.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.jejaring.local.LocalStack;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Full backup and restore, end to end: a whole owner (contacts, introductions, connections, interactions and
 * commitments of every status) is exported from both services and restored into a second owner, whose insights,
 * computed by insights-service from the restored events, then equal the first owner's, contact for contact.
 */
class BackupRestoreSystemTest {

    static final Path HOME = Path.of(System.getProperty("jejaring.home", "..")).toAbsolutePath().normalize();
    static final String CONTACTS = "http://127.0.0.1:8081/api/v1/contacts";
    static final String INTERACTIONS = "http://127.0.0.1:8082/api/v1";
    static final String INSIGHTS = "http://127.0.0.1:8083/api/v1/insights";
    static final Duration WAIT = Duration.ofSeconds(120);
    static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);
    static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = new LocalStack(HOME, Files.createTempDirectory("jejaring-backup")).start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    static RequestSpecification as(String owner) {
        return given().auth().oauth2(stack.tokens().token(owner)).contentType("application/json");
    }

    static String post(String owner, String url, String body) {
        return as(owner).body(body).post(url).then().statusCode(201).extract().path("id");
    }

    static String contact(String owner, String fields) {
        return post(owner, CONTACTS, "{" + fields + "}");
    }

    static void interaction(String owner, String channel, String initiatedBy, String exchange, Duration ago, String... contacts) {
        post(owner, INTERACTIONS + "/interactions", "{\"contactIds\":[\"" + String.join("\",\"", contacts) + "\"],\"channel\":\""
                + channel + "\",\"initiatedBy\":\"" + initiatedBy + "\",\"exchange\":\"" + exchange + "\",\"occurredAt\":\""
                + Instant.now().minus(ago) + "\",\"summary\":\"kopi darat\"}");
    }

    static String commitment(String owner, String contact, String direction, int dueInDays) {
        return post(owner, INTERACTIONS + "/commitments", "{\"contactId\":\"" + contact + "\",\"direction\":\"" + direction
                + "\",\"description\":\"send the deck\",\"dueOn\":\"" + LocalDate.now().plusDays(dueInDays) + "\"}");
    }

    static void resolve(String owner, String commitment, String status) {
        as(owner).body("{\"status\":\"" + status + "\"}").patch(INTERACTIONS + "/commitments/" + commitment).then().statusCode(200);
    }

    static JsonPath insight(String owner, String path) {
        return as(owner).get(INSIGHTS + path).then().statusCode(200).extract().jsonPath().using(DOUBLES);
    }

    @Test
    void aWholeOwnerRestoredIntoAnotherGivesTheSameInsights() {
        String owner = "owner-" + UUID.randomUUID();
        String ayu = contact(owner, "\"displayName\":\"Ayu\",\"tier\":\"INNER\",\"communities\":[\"alumni\",\"choir\"],"
                + "\"culture\":\"Minang\",\"birthYear\":1980");
        String budi = contact(owner, "\"displayName\":\"Budi\",\"tier\":\"CLOSE\",\"culture\":\"Batak\",\"introducedBy\":\"" + ayu + "\"");
        String citra = contact(owner, "\"displayName\":\"Citra\",\"tier\":\"ACTIVE\",\"communities\":[\"choir\"],\"birthYear\":1995");
        String dewi = contact(owner, "\"displayName\":\"Dewi\",\"tier\":\"ACQUAINTANCE\"");
        String eko = contact(owner, "\"displayName\":\"Eko\",\"tier\":\"CLOSE\",\"cadenceDays\":7,\"communities\":[\"runners\"]");
        interaction(owner, "IN_PERSON", "ME", "GAVE", Duration.ofHours(1), ayu, budi);
        for (int day = 3; day <= 5; day++) {
            interaction(owner, "MESSAGE", "THEM", "GAVE", Duration.ofDays(day), citra);
        }
        for (int day = 10; day <= 12; day++) {
            interaction(owner, "PHONE", "ME", "RECEIVED", Duration.ofDays(day), eko);
        }
        interaction(owner, "VIDEO", "THEM", "MUTUAL", Duration.ofDays(30), ayu);
        commitment(owner, ayu, "I_PROMISED", 3);
        commitment(owner, budi, "I_PROMISED", -10);
        resolve(owner, commitment(owner, citra, "I_PROMISED", -20), "KEPT");
        as(owner).body("{\"otherContactId\":\"" + budi + "\",\"kind\":\"COLLEAGUE\"}").post(CONTACTS + "/" + ayu + "/connections")
                .then().statusCode(201);
        as(owner).body("{\"otherContactId\":\"" + dewi + "\",\"kind\":\"FAMILY\"}").post(CONTACTS + "/" + citra + "/connections")
                .then().statusCode(201);
        resolve(owner, commitment(owner, eko, "THEY_PROMISED", -5), "BROKEN");
        // The last write of each topic is in: the connection to Dewi (her only way into the reach) and the broken promise.
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath reach = insight(owner, "/reach");
            assertThat(reach.getInt("totalContacts")).isEqualTo(5);
            assertThat(reach.getInt("secondDegreeReach")).isEqualTo(5);
            assertThat(reach.getInt("generosity.gave")).isEqualTo(6);
            assertThat(reach.getInt("generosity.received")).isEqualTo(4);
            assertThat(reach.getInt("integrity.kept")).isEqualTo(1);
            assertThat(reach.getInt("integrity.theirBroken")).isEqualTo(1);
        });

        String contactsBackup = as(owner).accept("application/json").get(CONTACTS + "/export").then().statusCode(200)
                .extract().asString();
        String interactionsBackup = as(owner).get(INTERACTIONS + "/interactions/export").then().statusCode(200)
                .extract().asString();
        String restored = "owner-" + UUID.randomUUID();
        Map<String, String> ids = as(restored).body(contactsBackup).post(CONTACTS + "/import").then().statusCode(200)
                .extract().jsonPath().getMap("contactIds", String.class, String.class);
        as(restored).body("{\"contactIds\":" + json(ids) + "," + interactionsBackup.substring(interactionsBackup.indexOf('{') + 1))
                .post(INTERACTIONS + "/interactions/import").then().statusCode(200);
        assertThat(ids).containsOnlyKeys(ayu, budi, citra, dewi, eko);

        await().atMost(WAIT).untilAsserted(() -> {
            assertSame(ids, insight(owner, "/reach").getMap("$"), insight(restored, "/reach").getMap("$"));
            assertSame(ids, byContact(insight(owner, "/overdue").getList("items")),
                    byContact(insight(restored, "/overdue").getList("items")));
            assertSame(ids, byContact(insight(owner, "/suggestions").getList("items")),
                    byContact(insight(restored, "/suggestions").getList("items")));
            for (String id : List.of(ayu, budi, citra, dewi, eko)) {
                assertSame(ids, insight(owner, "/contacts/" + id).getMap("$"), insight(restored, "/contacts/" + ids.get(id)).getMap("$"));
            }
        });
        assertThat(insight(restored, "/contacts/" + ids.get(citra)).getList("flags")).contains("ONE_SIDED");
        assertThat(insight(restored, "/contacts/" + ids.get(eko)).getList("flags")).contains("OVERDUE", "YOU_OWE");
    }

    /** A list of insight items as a map by contact id, so that two owners' ties may come in either order. */
    static Map<Object, Object> byContact(List<Map<String, Object>> items) {
        Map<Object, Object> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(item.get("contactId"), item));
        return map;
    }

    /**
     * The restored owner's insight equals the original's once the original's contact ids are read through the id map,
     * without the time it was computed at; numbers that decay with the clock (strength, ratios) are equal to within
     * the millisecond between the two reads.
     */
    static void assertSame(Map<String, String> ids, Object original, Object restored) {
        Object expected = normalized(original, ids);
        Object actual = normalized(restored, Map.of());
        assertThat(close(expected, actual)).as("restored %s%nequals original %s", actual, expected).isTrue();
    }

    static Object normalized(Object value, Map<String, String> ids) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
            map.forEach((key, item) -> {
                if (!"computedAt".equals(key)) {
                    copy.put(normalized(key, ids), normalized(item, ids));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> normalized(item, ids)).toList();
        }
        return value instanceof String text ? ids.getOrDefault(text, text) : value;
    }

    static boolean close(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            double d = Math.abs(x.doubleValue() - y.doubleValue());
            return d <= 1e-6 * Math.max(1, Math.max(Math.abs(x.doubleValue()), Math.abs(y.doubleValue())));
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(key -> close(x.get(key), y.get(key)));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!close(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** A map of ids as a JSON object. */
    static String json(Map<String, String> ids) {
        StringBuilder json = new StringBuilder();
        ids.forEach((key, value) -> json.append(json.length() == 0 ? "" : ",").append('"').append(key).append("\":\"")
                .append(value).append('"'));
        return "{" + json + "}";
    }
}

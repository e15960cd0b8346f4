package io.jejaring.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.jejaring.local.LocalStack;
import io.jejaring.local.Service;
import io.jejaring.localinfra.LocalPostgres;
import io.restassured.specification.RequestSpecification;

/**
 * The right to erasure, end to end: after {@code DELETE /api/v1/owner?confirm=true}, no table of any service's
 * database that has an owner column holds anything of the owner beyond the erasure record and bare tombstones, and
 * another owner keeps everything.
 */
class ErasureSystemTest {

    static final Path HOME = Path.of(System.getProperty("jejaring.home", "..")).toAbsolutePath().normalize();
    static final String CONTACTS = "http://127.0.0.1:8081/api/v1";
    static final String INTERACTIONS = "http://127.0.0.1:8082/api/v1";
    static final String INSIGHTS = "http://127.0.0.1:8083/api/v1/insights";
    static final Duration WAIT = Duration.ofSeconds(120);
    static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        // a reach snapshot and an outbox purge every second, so the test need not wait for the hourly ones
        stack = new LocalStack(HOME, Files.createTempDirectory("jejaring-erasure"))
                .withEnvironment(Map.of("JEJARING_REACH_SNAPSHOT_EVERY", "1s", "JEJARING_OUTBOX_PURGE_EVERY", "1s"))
                .start();
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

    static String contact(String owner, String name, String introducedBy) {
        return post(owner, CONTACTS + "/contacts", "{\"displayName\":\"" + name + "\",\"tier\":\"CLOSE\","
                + "\"communities\":[\"alumni\",\"choir\"],\"culture\":\"Minang\",\"birthYear\":1980,"
                + "\"notes\":\"met at the reunion\"" + (introducedBy == null ? "" : ",\"introducedBy\":\"" + introducedBy + "\"")
                + "}");
    }

    static Connection database(Service service) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(service), LocalPostgres.USER, LocalPostgres.PASSWORD);
    }

    /** Every row of the owner that erasure may not leave, across the three databases. */
    static List<String> leftovers(String owner) throws SQLException {
        List<String> leftovers = new ArrayList<>();
        for (Service service : Service.ALL) {
            try (Connection db = database(service)) {
                OwnerRows.leftovers(db, owner).forEach(leftover -> leftovers.add(service.name() + " " + leftover));
            }
        }
        return leftovers;
    }

    @Test
    void erasureLeavesNothingOfTheOwnerButTheErasureRecordAndBareTombstones() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String other = "owner-" + UUID.randomUUID();
        String ayu = contact(owner, "Ayu Lestari", null);
        String budi = contact(owner, "Budi Santoso", ayu);
        String citra = contact(owner, "Citra Dewi", ayu);
        contact(other, "Dewi Sartika", null);
        post(owner, CONTACTS + "/contacts/" + ayu + "/connections", "{\"otherContactId\":\"" + budi + "\",\"kind\":\"COLLEAGUE\"}");
        post(owner, INTERACTIONS + "/interactions", "{\"contactIds\":[\"" + ayu + "\",\"" + budi + "\"],"
                + "\"channel\":\"IN_PERSON\",\"exchange\":\"GAVE\",\"occurredAt\":\"" + Instant.now().minusSeconds(3600)
                + "\",\"summary\":\"kopi darat\",\"notes\":\"talked about her new job\"}");
        post(owner, INTERACTIONS + "/interactions", "{\"contactIds\":[\"" + citra + "\"],\"channel\":\"PHONE\","
                + "\"occurredAt\":\"" + Instant.now().minusSeconds(60) + "\"}");
        post(owner, INTERACTIONS + "/commitments", "{\"contactId\":\"" + budi + "\",\"direction\":\"I_PROMISED\","
                + "\"description\":\"send the book\",\"dueOn\":\"" + LocalDate.now().plusDays(7) + "\"}");
        await().atMost(WAIT).untilAsserted(() -> {
            as(owner).get(INSIGHTS + "/reach").then().statusCode(200)
                    .body("totalContacts", equalTo(3));
            assertThat(as(owner).get(INSIGHTS + "/reach/history").then().statusCode(200)
                    .extract().<List<?>>path("items")).isNotEmpty();
        });
        await().atMost(WAIT).untilAsserted(() -> assertThat(owned(service("insights-service"), owner))
                .as("the projection holds the owner's interactions, commitment and connection")
                .contains("interaction_fact=2", "commitment_fact=1", "connection_edge=1"));
        List<String> before = leftovers(owner);
        assertThat(before).as("rows of the owner before the erasure, found by the owner column")
                .anyMatch(row -> row.startsWith("contacts-service contact"))
                .anyMatch(row -> row.startsWith("interactions-service interaction"))
                .anyMatch(row -> row.startsWith("insights-service reach_snapshot"));

        as(owner).queryParam("confirm", "true").delete(CONTACTS + "/owner").then().statusCode(204);

        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(leftovers(owner)).as("rows of the erased owner").isEmpty();
            for (Service service : Service.ALL) {
                assertThat(owned(service, owner)).as(service.name() + " keeps an erasure record").contains("owner_erasure=1");
            }
        });
        as(owner).get(INSIGHTS + "/reach/history").then().statusCode(200).body("items", empty());
        as(owner).get(INSIGHTS + "/reach").then().statusCode(200).body("totalContacts", equalTo(0));
        as(other).get(INSIGHTS + "/reach").then().statusCode(200).body("totalContacts", equalTo(1));
        as(other).get(CONTACTS + "/contacts").then().statusCode(200).body("items.size()", equalTo(1));
    }

    static Service service(String name) {
        return Service.ALL.stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow();
    }

    static List<String> owned(Service service, String owner) throws SQLException {
        try (Connection db = database(service)) {
            return OwnerRows.counts(db, owner);
        }
    }
}

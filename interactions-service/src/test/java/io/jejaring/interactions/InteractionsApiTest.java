package io.jejaring.interactions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.jejaring.events.EventContract;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.Management;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
@WithTestResource(ContactsServiceStub.class)
class InteractionsApiTest extends InteractionsTestBase {

    static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }

    @Test
    void loggingAnswers201AndPublishesAnEventWithoutTheSummary() {
        UUID ayu = knownContact(owner);
        UUID budi = knownContact(owner);
        String id = as(owner).body(interaction(ayu, budi)).post("/api/v1/interactions").then().statusCode(201)
                .header("ETag", "\"1\"").header("Location", containsString("/api/v1/interactions/"))
                .body("contactIds", contains(ayu.toString(), budi.toString())).body("initiatedBy", equalTo("THEM"))
                .body("summary", equalTo("kopi darat")).body("version", equalTo(1)).extract().path("id");
        as(owner).get("/api/v1/interactions/" + id).then().statusCode(200).body("exchange", equalTo("GAVE"));

        List<ConsumerRecord<String, String>> events = TopicReader.awaitForOwner(Topics.INTERACTIONS, owner, 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(type(events.get(0))).isEqualTo(EventTypes.INTERACTION_LOGGED);
        EventContract.load().assertValid(EventTypes.INTERACTION_LOGGED, events.get(0).value());
        assertThat(events.get(0).value()).doesNotContain("kopi").contains(ayu.toString());
    }

    @Test
    void defaultsAreMeAndSocial() {
        UUID ayu = knownContact(owner);
        as(owner).body("{\"contactIds\":[\"" + ayu + "\"],\"channel\":\"PHONE\",\"occurredAt\":\"2026-01-02T03:04:05Z\"}")
                .post("/api/v1/interactions").then().statusCode(201)
                .body("initiatedBy", equalTo("ME")).body("exchange", equalTo("SOCIAL")).body("socialNetwork", nullValue());
    }

    @Test
    void aContactCreatedAMomentAgoIsCheckedWithContactsServiceUsingTheCallersToken() {
        UUID fresh = UUID.randomUUID();
        ContactsServiceStub.EXISTING.add(fresh);
        String token = TestTokens.forOwner(owner);
        given().auth().oauth2(token).contentType("application/json").body(interaction(fresh)).post("/api/v1/interactions")
                .then().statusCode(201);
        assertThat(ContactsServiceStub.AUTHORIZATION_SEEN.get(fresh)).isEqualTo("Bearer " + token);
        assertThat(isLive(owner, fresh)).isTrue();
    }

    @Test
    void contactsTheOwnerDoesNotHaveAre422NamingThem() {
        UUID theirs = knownContact(TestTokens.newOwner());
        UUID unknown = UUID.randomUUID();
        UUID mine = knownContact(owner);
        as(owner).body(interaction(mine, theirs, unknown)).post("/api/v1/interactions").then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString(theirs.toString())).body("detail", containsString(unknown.toString()));
        as(owner).get("/api/v1/interactions").then().body("items", empty());
    }

    @Test
    void whenContactsServiceFailsOrIsSlowTheAnswerIs503() {
        UUID failing = UUID.randomUUID();
        UUID slow = UUID.randomUUID();
        ContactsServiceStub.FAILING.add(failing);
        ContactsServiceStub.SLOW.add(slow);
        as(owner).body(interaction(failing)).post("/api/v1/interactions").then().statusCode(503).contentType(PROBLEM);
        as(owner).body(interaction(slow)).post("/api/v1/interactions").then().statusCode(503).contentType(PROBLEM);

        // once contacts-service answers again, the circuit closes and lookups work again; the four lookups of
        // the last call also push the failures out of the breaker's rolling window, for the tests that follow
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            UUID[] later = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
            ContactsServiceStub.EXISTING.addAll(List.of(later));
            as(owner).body(interaction(later)).post("/api/v1/interactions").then().statusCode(201);
        });
    }

    @Test
    void invalidInteractionsAre400() {
        UUID ayu = knownContact(owner);
        String base = "{\"contactIds\":[\"" + ayu + "\"],\"channel\":\"PHONE\",\"occurredAt\":\"2026-01-02T03:04:05Z\"";
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",").append('"').append(UUID.randomUUID()).append('"');
        }
        String[][] cases = {
                {"{\"contactIds\":[\"" + ayu + "\"],\"channel\":\"PHONE\",\"occurredAt\":\"" + Instant.now().plus(Duration.ofMinutes(10)) + "\"}", "occurredAt"},
                {"{\"contactIds\":[" + many + "],\"channel\":\"PHONE\",\"occurredAt\":\"2026-01-02T03:04:05Z\"}", "contactIds"},
                {"{\"contactIds\":[],\"channel\":\"PHONE\",\"occurredAt\":\"2026-01-02T03:04:05Z\"}", "contactIds"},
                {base.replace("PHONE", "CARRIER_PIGEON") + "}", "channel"},
                {base.replace("2026-01-02T03:04:05Z", "yesterday") + "}", "occurredAt"},
                {base.replace("2026-01-02T03:04:05Z", "2026-01-02") + "}", "occurredAt"},
                {"{\"contactIds\":[\"" + ayu + "\"],\"channel\":\"PHONE\"}", "occurredAt"},
                {"{\"contactIds\":[\"" + ayu + "\",\"" + ayu + "\"],\"channel\":\"PHONE\",\"occurredAt\":\"2026-01-02T03:04:05Z\"}", "contactIds"},
                {"{\"contactIds\":[\"not-a-uuid\"],\"channel\":\"PHONE\",\"occurredAt\":\"2026-01-02T03:04:05Z\"}", "contactIds[0]"},
                {base.replace("PHONE", "SOCIAL") + "}", "socialNetwork"},
                {base + ",\"socialNetwork\":\"LINKEDIN\"}", "socialNetwork"},
                {base + ",\"durationMinutes\":7.5}", "durationMinutes"},
                {base + ",\"durationMinutes\":-1}", "durationMinutes"},
                {base + ",\"exchange\":\"STOLE\"}", "exchange"},
                {base + ",\"summary\":\"" + "s".repeat(201) + "\"}", "summary"}};
        for (String[] invalid : cases) {
            as(owner).body(invalid[0]).post("/api/v1/interactions").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem(invalid[1]));
        }
        as(owner).body("{").post("/api/v1/interactions").then().statusCode(400).contentType(PROBLEM);
        as(owner).body("[]").post("/api/v1/interactions").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void putPatchAndDeleteHonourIfMatchAndPublishVersions() {
        UUID ayu = knownContact(owner);
        UUID budi = knownContact(owner);
        String id = as(owner).body(interaction(ayu)).post("/api/v1/interactions").then().extract().path("id");
        as(owner).header("If-Match", "\"9\"").body("{\"channel\":\"VIDEO\"}").patch("/api/v1/interactions/" + id)
                .then().statusCode(412).contentType(PROBLEM);
        as(owner).contentType("application/merge-patch+json").body("{\"channel\":\"VIDEO\",\"summary\":null}")
                .patch("/api/v1/interactions/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("channel", equalTo("VIDEO")).body("summary", nullValue()).body("initiatedBy", equalTo("THEM"));
        as(owner).body("{\"contactIds\":[\"" + budi + "\"],\"channel\":\"EMAIL\",\"occurredAt\":\"2026-01-02T03:04:05Z\"}")
                .put("/api/v1/interactions/" + id).then().statusCode(200).body("version", equalTo(3))
                .body("contactIds", contains(budi.toString())).body("initiatedBy", equalTo("ME"));
        as(owner).body("{\"contactIds\":[\"" + UUID.randomUUID() + "\"]}").patch("/api/v1/interactions/" + id)
                .then().statusCode(422);
        as(owner).header("If-Match", "\"3\"").delete("/api/v1/interactions/" + id).then().statusCode(204);
        as(owner).get("/api/v1/interactions/" + id).then().statusCode(404).contentType(PROBLEM);

        List<ConsumerRecord<String, String>> events = TopicReader.awaitForOwner(Topics.INTERACTIONS, owner, 4, Duration.ofSeconds(30));
        assertThat(events).extracting(InteractionsApiTest::type).containsExactly(EventTypes.INTERACTION_LOGGED,
                EventTypes.INTERACTION_UPDATED, EventTypes.INTERACTION_UPDATED, EventTypes.INTERACTION_DELETED);
        assertThat(events.get(3).value()).contains("\"version\":4");
    }

    @Test
    void anotherOwnerGets404AndSeesNothing() {
        UUID ayu = knownContact(owner);
        String id = as(owner).body(interaction(ayu)).post("/api/v1/interactions").then().extract().path("id");
        String stranger = TestTokens.newOwner();
        as(stranger).get("/api/v1/interactions/" + id).then().statusCode(404).contentType(PROBLEM);
        as(stranger).body(interaction(ayu)).put("/api/v1/interactions/" + id).then().statusCode(404);
        as(stranger).body("{\"channel\":\"VIDEO\"}").patch("/api/v1/interactions/" + id).then().statusCode(404);
        as(stranger).delete("/api/v1/interactions/" + id).then().statusCode(404);
        as(stranger).get("/api/v1/interactions").then().body("items", empty());
        as(stranger).queryParam("contactId", ayu.toString()).get("/api/v1/interactions").then().body("items", empty());
        as(owner).get("/api/v1/interactions/not-an-id").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void listIsNewestFirstAndFilters() {
        UUID ayu = knownContact(owner);
        UUID budi = knownContact(owner);
        String[] times = {"2026-01-01T10:00:00Z", "2026-02-01T10:00:00Z", "2026-03-01T10:00:00Z"};
        String[] channels = {"EMAIL", "PHONE", "EMAIL"};
        for (int i = 0; i < 3; i++) {
            as(owner).body("{\"contactIds\":[\"" + (i == 1 ? budi : ayu) + "\"],\"channel\":\"" + channels[i]
                    + "\",\"occurredAt\":\"" + times[i] + "\"}").post("/api/v1/interactions").then().statusCode(201);
        }
        String cursor = as(owner).queryParam("limit", 2).get("/api/v1/interactions").then().statusCode(200)
                .body("items.occurredAt", contains(times[2], times[1])).extract().path("nextCursor");
        as(owner).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/interactions").then()
                .body("items.occurredAt", contains(times[0])).body("nextCursor", nullValue());
        as(owner).queryParam("contactId", ayu.toString()).get("/api/v1/interactions").then()
                .body("items.occurredAt", contains(times[2], times[0]));
        as(owner).queryParam("channel", "PHONE").get("/api/v1/interactions").then().body("items.occurredAt", contains(times[1]));
        as(owner).queryParam("from", times[1]).queryParam("to", times[2]).get("/api/v1/interactions").then()
                .body("items.occurredAt", contains(times[1]));
        as(owner).queryParam("contactId", UUID.randomUUID().toString()).get("/api/v1/interactions").then()
                .statusCode(200).body("items", empty());
        for (String[] bad : new String[][] {{"contactId", "x"}, {"from", "2026-01-01"}, {"to", "soon"},
                {"channel", "FAX"}, {"limit", "0"}, {"cursor", "??"}}) {
            as(owner).queryParam(bad[0], bad[1]).get("/api/v1/interactions").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem(bad[0]));
        }
    }

    @Test
    void openApiSaysExchangeIsToldFromTheOwnersSide() {
        String openApi = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(openApi).contains("told from the owner's side").contains("GAVE means \\\"I gave\\\"");
    }

    @Test
    void everyEndpointNeedsAToken() {
        String id = UUID.randomUUID().toString();
        given().get("/api/v1/interactions").then().statusCode(401).contentType(PROBLEM);
        given().get("/api/v1/interactions/" + id).then().statusCode(401).contentType(PROBLEM);
        given().contentType("application/json").body("{}").post("/api/v1/interactions")
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.expired(owner)).delete("/api/v1/interactions/" + id)
                .then().statusCode(401).contentType(PROBLEM);
    }
}

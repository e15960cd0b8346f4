package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.jejaring.events.EventContract;
import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class ConnectionsAndMergeTest {

    static final String PROBLEM = "application/problem+json";
    final String owner = TestTokens.newOwner();

    RequestSpecification as(String ownerId) {
        return given().auth().oauth2(TestTokens.forOwner(ownerId)).contentType("application/json");
    }

    String create(String body) {
        return as(owner).body(body).post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }

    String named(String name) {
        return create("{\"displayName\":\"" + name + "\"}");
    }

    void connect(String from, String to, String kind) {
        as(owner).body("{\"otherContactId\":\"" + to + "\",\"kind\":\"" + kind + "\"}")
                .post("/api/v1/contacts/" + from + "/connections").then().statusCode(201)
                .body("otherContactId", equalTo(to)).body("kind", equalTo(kind));
    }

    static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }

    @Test
    void connectionsAreUndirectedAndTheirVersionCountsAddsAndRemoves() {
        String ayu = named("Ayu");
        String budi = named("Budi");
        String citra = named("Citra");
        connect(ayu, budi, "COLLEAGUE");
        connect(citra, ayu, "FAMILY");

        as(owner).get("/api/v1/contacts/" + ayu + "/connections").then().statusCode(200)
                .body("items.otherContactId", containsInAnyOrder(budi, citra));
        as(owner).get("/api/v1/contacts/" + budi + "/connections").then().body("items.otherContactId", contains(ayu));
        as(owner).body("{\"otherContactId\":\"" + ayu + "\",\"kind\":\"KNOWS\"}")
                .post("/api/v1/contacts/" + budi + "/connections").then().statusCode(409).contentType(PROBLEM);

        as(owner).delete("/api/v1/contacts/" + budi + "/connections/" + ayu).then().statusCode(204);
        as(owner).delete("/api/v1/contacts/" + budi + "/connections/" + ayu).then().statusCode(404).contentType(PROBLEM);
        as(owner).get("/api/v1/contacts/" + budi + "/connections").then().body("items", empty());
        as(owner).body("{\"otherContactId\":\"" + budi + "\",\"kind\":\"KNOWS\"}")
                .post("/api/v1/contacts/" + ayu + "/connections").then().statusCode(201).body("version", equalTo(3));

        List<ConsumerRecord<String, String>> events = TopicReader.await(Topics.CONTACTS,
                record -> owner.equals(record.key()) && type(record).startsWith("io.jejaring.connection"), 4, Duration.ofSeconds(30));
        assertThat(events).extracting(ConnectionsAndMergeTest::type).containsExactly(EventTypes.CONNECTION_ADDED,
                EventTypes.CONNECTION_ADDED, EventTypes.CONNECTION_REMOVED, EventTypes.CONNECTION_ADDED);
        EventContract contract = EventContract.load();
        events.forEach(event -> contract.assertValid(type(event), event.value()));
        assertThat(events.get(2).value()).contains("\"version\":2").contains("\"kind\":\"COLLEAGUE\"");
    }

    @Test
    void connectionsOnlyJoinTwoDifferentContactsOfTheSameOwner() {
        String ayu = named("Ayu");
        String strangers = as(TestTokens.newOwner()).body("{\"displayName\":\"Theirs\"}").post("/api/v1/contacts")
                .then().extract().path("id");
        as(owner).body("{\"otherContactId\":\"" + strangers + "\",\"kind\":\"KNOWS\"}")
                .post("/api/v1/contacts/" + ayu + "/connections").then().statusCode(422).contentType(PROBLEM);
        as(owner).body("{\"otherContactId\":\"" + ayu + "\",\"kind\":\"KNOWS\"}")
                .post("/api/v1/contacts/" + ayu + "/connections").then().statusCode(422);
        as(owner).body("{\"otherContactId\":\"" + ayu + "\",\"kind\":\"FRIEND\"}")
                .post("/api/v1/contacts/" + ayu + "/connections").then().statusCode(400).body("errors.field", hasItem("kind"));
        as(owner).body("{\"kind\":\"KNOWS\"}").post("/api/v1/contacts/" + ayu + "/connections").then().statusCode(400)
                .body("errors.field", hasItem("otherContactId"));
        as(TestTokens.newOwner()).body("{\"otherContactId\":\"" + ayu + "\",\"kind\":\"KNOWS\"}")
                .post("/api/v1/contacts/" + strangers + "/connections").then().statusCode(404);
        as(TestTokens.newOwner()).get("/api/v1/contacts/" + ayu + "/connections").then().statusCode(404);
        as(owner).get("/api/v1/contacts/not-an-id/connections").then().statusCode(404).contentType(PROBLEM);
        as(owner).queryParam("cursor", "@@").get("/api/v1/contacts/" + ayu + "/connections").then().statusCode(400);
    }

    @Test
    void mergeFoldsTheDuplicateIntoTheKeptContact() {
        String kept = create("""
                {"displayName":"Ayu Lestari","organization":"Gojek","emails":[{"address":"ayu@gojek.com"}],
                 "communities":["ITB alumni"],"tier":"CLOSE"}""");
        String duplicate = create("""
                {"displayName":"Ayu L","organization":"Old Co","title":"VP","emails":[{"address":"ayu@gmail.com"}],
                 "communities":["ITB alumni","runners"],"birthYear":1985,"tier":"ACQUAINTANCE"}""");
        String friend = named("Budi");
        String introduced = create("{\"displayName\":\"Citra\",\"introducedBy\":\"" + duplicate + "\"}");
        connect(duplicate, friend, "KNOWS");

        as(owner).body("{\"duplicateId\":\"" + duplicate + "\"}").post("/api/v1/contacts/" + kept + "/merge")
                .then().statusCode(200)
                .body("displayName", equalTo("Ayu Lestari")).body("organization", equalTo("Gojek"))
                .body("title", equalTo("VP")).body("birthYear", equalTo(1985)).body("tier", equalTo("CLOSE"))
                .body("emails.address", contains("ayu@gojek.com", "ayu@gmail.com"))
                .body("communities", contains("ITB alumni", "runners")).body("version", equalTo(2));

        as(owner).get("/api/v1/contacts/" + duplicate).then().statusCode(404);
        as(owner).get("/api/v1/contacts/" + kept + "/connections").then().body("items.otherContactId", contains(friend));
        as(owner).get("/api/v1/contacts/" + introduced).then().body("introducedBy", equalTo(kept));

        List<ConsumerRecord<String, String>> merged = TopicReader.await(Topics.CONTACTS,
                record -> owner.equals(record.key()) && type(record).equals(EventTypes.CONTACT_MERGED), 1, Duration.ofSeconds(30));
        assertThat(merged).hasSize(1);
        EventContract.load().assertValid(EventTypes.CONTACT_MERGED, merged.get(0).value());
        assertThat(merged.get(0).value()).contains("\"keptContactId\":\"" + kept + "\"")
                .contains("\"mergedContactId\":\"" + duplicate + "\"").contains("\"version\":2");
    }

    @Test
    void mergeNeedsAnotherContactOfTheSameOwner() {
        String kept = named("Ayu");
        as(owner).body("{\"duplicateId\":\"" + kept + "\"}").post("/api/v1/contacts/" + kept + "/merge").then().statusCode(422);
        as(owner).body("{\"duplicateId\":\"" + UUID.randomUUID() + "\"}").post("/api/v1/contacts/" + kept + "/merge")
                .then().statusCode(422).contentType(PROBLEM);
        as(owner).body("{\"duplicateId\":\"nope\"}").post("/api/v1/contacts/" + kept + "/merge").then().statusCode(400)
                .body("errors.field", hasItem("duplicateId"));
        as(TestTokens.newOwner()).body("{\"duplicateId\":\"" + UUID.randomUUID() + "\"}")
                .post("/api/v1/contacts/" + kept + "/merge").then().statusCode(404);
        as(owner).get("/api/v1/contacts/" + kept).then().body("version", equalTo(1));
    }

    @Test
    void ownerErasureNeedsConfirmationAndDeletesEverything() {
        String ayu = named("Ayu");
        String budi = named("Budi");
        connect(ayu, budi, "KNOWS");
        String bystander = TestTokens.newOwner();
        String theirs = as(bystander).body("{\"displayName\":\"Keep me\"}").post("/api/v1/contacts").then().extract().path("id");

        as(owner).delete("/api/v1/owner").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("confirm"));
        as(owner).get("/api/v1/contacts").then().body("items.size()", equalTo(2));
        as(owner).queryParam("confirm", "true").delete("/api/v1/owner").then().statusCode(204);

        as(owner).get("/api/v1/contacts").then().body("items", empty()).body("nextCursor", nullValue());
        as(bystander).get("/api/v1/contacts/" + theirs).then().statusCode(200);
        List<ConsumerRecord<String, String>> deleted = TopicReader.await(Topics.CONTACTS,
                record -> owner.equals(record.key()) && type(record).equals(EventTypes.CONTACT_DELETED), 2, Duration.ofSeconds(30));
        assertThat(deleted).hasSize(2);
    }
}

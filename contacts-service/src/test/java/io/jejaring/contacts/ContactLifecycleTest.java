package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.EventContract;
import io.jejaring.events.Topics;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** A contact's whole life: every field, replace, merge patch, If-Match, deletion and its events. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class ContactLifecycleTest {

    static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FULL = """
            {"displayName":"Ayu Lestari","givenName":"Ayu","familyName":"Lestari","organization":"Gojek",
             "title":"VP Engineering","emails":[{"address":"ayu@example.com","label":"work"}],
             "phones":[{"number":"+62 811 000 111","label":"mobile"}],
             "socialProfiles":[{"network":"LINKEDIN","handle":"https://www.linkedin.com/in/ayu"}],
             "communities":["ITB alumni","Jakarta tech"],"tags":["mentor"],"culture":"Javanese","birthYear":1985,
             "location":"Jakarta","howWeMet":"kopi darat after a meetup","tier":"CLOSE","cadenceDays":21,
             "keepInTouch":true,"sincerity":"SINCERE","consent":{"shareable":false,"source":"MET_IN_PERSON"},
             "notes":"Prefers WhatsApp."}""";

    final String owner = TestTokens.newOwner();

    RequestSpecification as(String ownerId) {
        return given().auth().oauth2(TestTokens.forOwner(ownerId)).contentType("application/json");
    }

    String create(String body) {
        return as(owner).body(body).post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }

    @Test
    void everyFieldIsKeptAndTheAgeBandDerived() {
        String id = create(FULL);
        as(owner).get("/api/v1/contacts/" + id).then().statusCode(200)
                .body("givenName", equalTo("Ayu")).body("organization", equalTo("Gojek"))
                .body("emails[0].address", equalTo("ayu@example.com")).body("phones[0].label", equalTo("mobile"))
                .body("socialProfiles[0].network", equalTo("LINKEDIN"))
                .body("communities", contains("ITB alumni", "Jakarta tech")).body("tags", contains("mentor"))
                .body("birthYear", equalTo(1985)).body("ageBand", equalTo("35-44"))
                .body("cadenceDays", equalTo(21)).body("effectiveCadenceDays", equalTo(21))
                .body("sincerity", equalTo("SINCERE")).body("consent.source", equalTo("MET_IN_PERSON"))
                .body("notes", equalTo("Prefers WhatsApp."));
    }

    @Test
    void putReplacesEveryFieldAndBumpsTheVersion() {
        String id = create(FULL);
        as(owner).body("{\"displayName\":\"Ayu L.\"}").put("/api/v1/contacts/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("version", equalTo(2)).body("displayName", equalTo("Ayu L."))
                .body("organization", nullValue()).body("emails", empty()).body("tier", equalTo("ACQUAINTANCE"))
                .body("sincerity", equalTo("UNSURE")).body("keepInTouch", equalTo(true));
    }

    @Test
    void patchMergesAndNullRemoves() {
        String id = create(FULL);
        as(owner).contentType("application/merge-patch+json")
                .body("{\"title\":\"CTO\",\"organization\":null,\"tags\":[\"mentor\",\"investor\"]}")
                .patch("/api/v1/contacts/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("title", equalTo("CTO")).body("organization", nullValue())
                .body("tags", contains("mentor", "investor")).body("givenName", equalTo("Ayu"));
        as(owner).body("{\"keepInTouch\":false}").patch("/api/v1/contacts/" + id).then().statusCode(200)
                .body("keepInTouch", equalTo(false)).body("version", equalTo(3));
    }

    @Test
    void badPatchesAre400AndChangeNothing() {
        String id = create(FULL);
        as(owner).body("[]").patch("/api/v1/contacts/" + id).then().statusCode(400).contentType(PROBLEM);
        as(owner).body("{\"displayName\":null}").patch("/api/v1/contacts/" + id).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("displayName"));
        as(owner).body("{\"cadenceDays\":\"x\"}").patch("/api/v1/contacts/" + id).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("cadenceDays"));
        as(owner).body("{\"tier\":\"NOPE\"}").patch("/api/v1/contacts/" + id).then().statusCode(400).contentType(PROBLEM);
        as(owner).get("/api/v1/contacts/" + id).then().body("version", equalTo(1)).body("displayName", equalTo("Ayu Lestari"));
    }

    @Test
    void ifMatchMustNameTheCurrentVersion() {
        String id = create(FULL);
        as(owner).header("If-Match", "\"7\"").body("{\"title\":\"x\"}").patch("/api/v1/contacts/" + id)
                .then().statusCode(412).contentType(PROBLEM);
        as(owner).header("If-Match", "garbage").body("{\"displayName\":\"x\"}").put("/api/v1/contacts/" + id)
                .then().statusCode(412).contentType(PROBLEM);
        as(owner).header("If-Match", "\"2\"").delete("/api/v1/contacts/" + id).then().statusCode(412);
        as(owner).header("If-Match", "\"1\"").body("{\"title\":\"CTO\"}").patch("/api/v1/contacts/" + id)
                .then().statusCode(200).header("ETag", "\"2\"");
        as(owner).header("If-Match", "\"2\"").delete("/api/v1/contacts/" + id).then().statusCode(204);
    }

    @Test
    void introducerMustBeAnotherOfTheOwnersContacts() {
        String introducer = create("{\"displayName\":\"Budi\"}");
        String strangers = as(TestTokens.newOwner()).body("{\"displayName\":\"Not yours\"}").post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
        as(owner).body("{\"displayName\":\"Citra\",\"introducedBy\":\"" + strangers + "\"}").post("/api/v1/contacts")
                .then().statusCode(422).contentType(PROBLEM);
        as(owner).body("{\"displayName\":\"Citra\",\"introducedBy\":\"" + UUID.randomUUID() + "\"}").post("/api/v1/contacts")
                .then().statusCode(422).contentType(PROBLEM);
        as(owner).body("{\"displayName\":\"Budi\",\"introducedBy\":\"" + introducer + "\"}").put("/api/v1/contacts/" + introducer)
                .then().statusCode(422);
        as(owner).body("{\"displayName\":\"Citra\",\"introducedBy\":\"not-a-uuid\"}").post("/api/v1/contacts")
                .then().statusCode(400).body("errors.field", hasItem("introducedBy"));
        as(owner).body("{\"displayName\":\"Citra\",\"introducedBy\":\"" + introducer + "\"}").post("/api/v1/contacts")
                .then().statusCode(201).body("introducedBy", equalTo(introducer));
    }

    @Test
    void invalidNestedAndBoundedFieldsAre400() {
        String[][] cases = {
                {"{\"displayName\":\"D\",\"emails\":[{\"address\":\"not-an-email\"}]}", "emails[0].address"},
                {"{\"displayName\":\"D\",\"socialProfiles\":[{\"network\":\"MYSPACE\",\"handle\":\"x\"}]}", "socialProfiles[0].network"},
                {"{\"displayName\":\"D\",\"notes\":\"" + "n".repeat(10_001) + "\"}", "notes"},
                {"{\"displayName\":\"D\",\"birthYear\":2999}", "birthYear"},
                {"{\"displayName\":\"D\",\"birthYear\":\"1980\"}", "birthYear"},
                {"{\"displayName\":\"D\",\"keepInTouch\":\"yes\"}", "keepInTouch"},
                {"{\"displayName\":\"D\",\"communities\":" + manyLabels(51) + "}", "communities"},
                {"{\"displayName\":\"D\",\"consent\":{\"shareable\":true,\"source\":\"BOUGHT\"}}", "consent.source"}};
        for (String[] invalid : cases) {
            as(owner).body(invalid[0]).post("/api/v1/contacts").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem(invalid[1]));
        }
    }

    @Test
    void anotherOwnerGets404OnEveryOperation() {
        String id = create(FULL);
        String stranger = TestTokens.newOwner();
        as(stranger).get("/api/v1/contacts/" + id).then().statusCode(404).contentType(PROBLEM);
        as(stranger).body("{\"displayName\":\"Mine now\"}").put("/api/v1/contacts/" + id).then().statusCode(404);
        as(stranger).body("{\"title\":\"x\"}").patch("/api/v1/contacts/" + id).then().statusCode(404);
        as(stranger).delete("/api/v1/contacts/" + id).then().statusCode(404);
        as(stranger).get("/api/v1/contacts").then().statusCode(200).body("items", empty());
        as(owner).get("/api/v1/contacts/" + id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void deletionErasesTheContactAndPublishesItsNextVersion() throws IOException {
        String introducer = create(FULL);
        String introduced = create("{\"displayName\":\"Dewi\",\"introducedBy\":\"" + introducer + "\"}");
        as(owner).delete("/api/v1/contacts/" + introducer).then().statusCode(204);
        as(owner).get("/api/v1/contacts/" + introducer).then().statusCode(404);
        as(owner).delete("/api/v1/contacts/" + introducer).then().statusCode(404);
        as(owner).get("/api/v1/contacts/" + introduced).then().body("introducedBy", nullValue()).body("version", equalTo(2));

        List<ConsumerRecord<String, String>> events = TopicReader.awaitForOwner(Topics.CONTACTS, owner, 4, Duration.ofSeconds(30));
        assertThat(events).extracting(ContactLifecycleTest::type).containsExactly("io.jejaring.contact.created.v1",
                "io.jejaring.contact.created.v1", "io.jejaring.contact.updated.v1", "io.jejaring.contact.deleted.v1");
        EventContract contract = EventContract.load();
        events.forEach(event -> contract.assertValid(type(event), event.value()));
        assertThat(events.get(3).value()).contains("\"contactId\":\"" + introducer + "\"").contains("\"version\":2");
        assertThat(events.get(0).value()).contains("\"communities\":[\"ITB alumni\",\"Jakarta tech\"]")
                .contains("\"ageBand\":\"35-44\"").doesNotContain("Ayu").doesNotContain("example.com")
                .doesNotContain("WhatsApp").doesNotContain("Gojek").doesNotContain("+62").doesNotContain("birthYear");
        // The birth year under no name: as a number, not as digits that a timestamp or id may happen to hold.
        assertThat(numbers(JSON.readTree(events.get(0).value()))).doesNotContain(1985L);
    }

    /** Every number in a JSON document, at any depth. */
    private static List<Long> numbers(JsonNode node) {
        List<Long> found = new ArrayList<>();
        if (node.isNumber()) {
            found.add(node.asLong());
        }
        node.forEach(child -> found.addAll(numbers(child)));
        return found;
    }

    @Test
    void listPagesInNameOrderAndSearchesAndFilters() {
        create("{\"displayName\":\"Eko\",\"organization\":\"Tokopedia\",\"tier\":\"INNER\",\"communities\":[\"chess\"]}");
        create("{\"displayName\":\"fitri\",\"emails\":[{\"address\":\"Fitri@Startup.id\"}],\"tags\":[\"investor\"]}");
        create("{\"displayName\":\"Gilang\",\"givenName\":\"Gilang\",\"communities\":[\"chess\",\"ITB alumni\"]}");
        create("{\"displayName\":\"Hana 100%_sure\"}");

        String cursor = as(owner).queryParam("limit", 3).get("/api/v1/contacts").then().statusCode(200)
                .body("items.displayName", contains("Eko", "Gilang", "Hana 100%_sure")).extract().path("nextCursor");
        as(owner).queryParam("limit", 3).queryParam("cursor", cursor).get("/api/v1/contacts").then()
                .body("items.displayName", contains("fitri")).body("nextCursor", nullValue());

        as(owner).queryParam("q", "STARTUP.ID").get("/api/v1/contacts").then().body("items.displayName", contains("fitri"));
        as(owner).queryParam("q", "tokoped").get("/api/v1/contacts").then().body("items.displayName", contains("Eko"));
        as(owner).queryParam("q", "100%_").get("/api/v1/contacts").then().body("items.displayName", contains("Hana 100%_sure"));
        as(owner).queryParam("q", "%").get("/api/v1/contacts").then().body("items.displayName", contains("Hana 100%_sure"));
        as(owner).queryParam("community", "chess").get("/api/v1/contacts").then()
                .body("items.displayName", containsInAnyOrder("Eko", "Gilang"));
        as(owner).queryParam("community", "chess").queryParam("tier", "INNER").get("/api/v1/contacts").then()
                .body("items.displayName", contains("Eko"));
        as(owner).queryParam("tag", "investor").get("/api/v1/contacts").then().body("items.displayName", contains("fitri"));
        as(owner).queryParam("community", "nobody").get("/api/v1/contacts").then().statusCode(200).body("items", empty());
    }

    @Test
    void badListParametersAre400() {
        as(owner).queryParam("limit", 201).get("/api/v1/contacts").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("limit"));
        as(owner).queryParam("tier", "BESTIE").get("/api/v1/contacts").then().statusCode(400).body("errors.field", hasItem("tier"));
        as(owner).queryParam("cursor", "!!").get("/api/v1/contacts").then().statusCode(400).body("errors.field", hasItem("cursor"));
        as(owner).queryParam("q", "x".repeat(201)).get("/api/v1/contacts").then().statusCode(400).body("errors.field", hasItem("q"));
    }

    private static String manyLabels(int count) {
        StringBuilder labels = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            labels.append(i == 0 ? "" : ",").append("\"label").append(i).append('"');
        }
        return labels.append(']').toString();
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}

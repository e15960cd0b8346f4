package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The JSON export restores through {@code POST /import}: ids kept when free and remapped, with every reference,
 * when taken; all or nothing on bad input; another owner's contacts are never reachable through it.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class ContactRestoreTest {

    static final String PROBLEM = "application/problem+json";
    final String owner = TestTokens.newOwner();

    static RequestSpecification as(String ownerId) {
        return given().auth().oauth2(TestTokens.forOwner(ownerId)).contentType("application/json");
    }

    static String create(String ownerId, String body) {
        return as(ownerId).body(body).post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }

    static String exportJson(String ownerId) {
        return as(ownerId).accept("application/json").get("/api/v1/contacts/export").then().statusCode(200).extract().asString();
    }

    static int count(String ownerId) {
        return JsonPath.from(exportJson(ownerId)).getList("contacts").size();
    }

    @Test
    void theJsonExportRestoresIntoAnotherOwnerWithTakenIdsRemappedAndReferencesFollowing() {
        String ayu = create(owner, ContactLifecycleTest.FULL);
        String budi = create(owner, "{\"displayName\":\"Budi\",\"introducedBy\":\"" + ayu + "\",\"tier\":\"INNER\"}");
        as(owner).body("{\"otherContactId\":\"" + budi + "\",\"kind\":\"COLLEAGUE\"}")
                .post("/api/v1/contacts/" + ayu + "/connections").then().statusCode(201);
        String backup = exportJson(owner);

        String other = TestTokens.newOwner();
        Map<String, String> ids = as(other).body(backup).post("/api/v1/contacts/import").then().statusCode(200)
                .body("contacts", equalTo(2)).body("connections", equalTo(1))
                .extract().jsonPath().getMap("contactIds", String.class, String.class);
        assertThat(ids).containsOnlyKeys(ayu, budi);
        assertThat(ids.values()).as("the ids are the first owner's, so they are taken").doesNotContain(ayu, budi);

        JsonPath restored = JsonPath.from(exportJson(other));
        JsonPath original = JsonPath.from(backup);
        assertThat(restored.getString("contacts.find { it.displayName == 'Budi' }.introducedBy")).isEqualTo(ids.get(ayu));
        assertThat(restored.getList("connections.collect { [it.contactId, it.otherContactId] as Set }"))
                .containsExactly(java.util.Set.of(ids.get(ayu), ids.get(budi)));
        assertThat(restored.getString("connections[0].kind")).isEqualTo("COLLEAGUE");
        for (String field : List.of("createdAt", "displayName", "tier", "communities", "culture", "birthYear",
                "consent", "emails", "cadenceDays", "sincerity", "notes")) {
            assertThat(restored.getList("contacts." + field)).as(field).isEqualTo(original.getList("contacts." + field));
        }
        assertThat(count(owner)).as("the first owner keeps exactly what it had").isEqualTo(2);
    }

    @Test
    void freeIdsAreKept() {
        String ayu = UUID.randomUUID().toString();
        String budi = UUID.randomUUID().toString();
        as(owner).body("{\"contacts\":[{\"id\":\"" + budi + "\",\"displayName\":\"Budi\",\"introducedBy\":\"" + ayu + "\"},"
                        + "{\"id\":\"" + ayu + "\",\"displayName\":\"Ayu\",\"createdAt\":\"2024-01-02T03:04:05Z\"}],"
                        + "\"connections\":[{\"contactId\":\"" + ayu + "\",\"otherContactId\":\"" + budi + "\",\"kind\":\"FAMILY\"}]}")
                .post("/api/v1/contacts/import").then().statusCode(200)
                .body("contactIds." + ayu, equalTo(ayu)).body("contactIds." + budi, equalTo(budi));
        as(owner).get("/api/v1/contacts/" + ayu).then().statusCode(200).body("createdAt", equalTo("2024-01-02T03:04:05Z"));
        as(owner).get("/api/v1/contacts/" + budi).then().statusCode(200).body("introducedBy", equalTo(ayu));
        as(owner).get("/api/v1/contacts/" + ayu + "/connections").then().statusCode(200)
                .body("items.otherContactId", hasItem(budi));
    }

    @Test
    void theIdOfADeletedContactIsNotReusedSinceConsumersKeepItsTombstone() {
        String gone = create(owner, "{\"displayName\":\"Gone\"}");
        as(owner).delete("/api/v1/contacts/" + gone).then().statusCode(204);
        String now = as(owner).body("{\"contacts\":[{\"id\":\"" + gone + "\",\"displayName\":\"Back\"}]}")
                .post("/api/v1/contacts/import").then().statusCode(200).extract().path("contactIds." + gone);
        assertThat(now).isNotEqualTo(gone);
        as(owner).get("/api/v1/contacts/" + now).then().statusCode(200).body("displayName", equalTo("Back"));
    }

    @Test
    void aBadItemRejectsTheWholeBackupAndNamesIt() {
        String good = "{\"id\":\"" + UUID.randomUUID() + "\",\"displayName\":\"Ayu\"}";
        String id = UUID.randomUUID().toString();
        Map<String, String> badBodies = Map.of(
                "{\"contacts\":[" + good + ",{\"displayName\":\"Budi\",\"tier\":\"NOPE\"}]}", "contacts[1].tier",
                "{\"contacts\":[" + good + ",{\"displayName\":\"\"}]}", "contacts[1].displayName",
                "{\"contacts\":[" + good + ",{\"displayName\":\"B\",\"birthYear\":\"1980\"}]}", "contacts[1].birthYear",
                "{\"contacts\":[" + good + ",{\"displayName\":\"B\",\"createdAt\":\"2999-01-01T00:00:00Z\"}]}", "contacts[1].createdAt",
                "{\"contacts\":[{\"id\":\"" + id + "\",\"displayName\":\"A\"},{\"id\":\"" + id + "\",\"displayName\":\"B\"}]}", "contacts[1].id",
                "{\"contacts\":[" + good + ",7]}", "contacts[1]",
                "{\"contacts\":[" + good + "],\"connections\":[{\"contactId\":\"" + id + "\",\"kind\":\"KNOWS\"}]}", "connections[0].otherContactId",
                "{\"connections\":[]}", "contacts");
        badBodies.forEach((body, field) -> as(owner).body(body).post("/api/v1/contacts/import").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(field)));
        as(owner).body("[]").post("/api/v1/contacts/import").then().statusCode(400).contentType(PROBLEM);
        as(owner).body("{\"contacts\":[" + good + "]").post("/api/v1/contacts/import").then().statusCode(400).contentType(PROBLEM);
        assertThat(count(owner)).as("nothing of a rejected backup is written").isZero();
    }

    @Test
    void aReferenceOutsideTheBackupMustBeTheOwnersOwnContact() {
        String theirs = create(TestTokens.newOwner(), "{\"displayName\":\"Not yours\"}");
        String mine = create(owner, "{\"displayName\":\"Mine\"}");
        String ayu = UUID.randomUUID().toString();
        String contact = "{\"id\":\"" + ayu + "\",\"displayName\":\"Ayu\"";
        as(owner).body("{\"contacts\":[" + contact + ",\"introducedBy\":\"" + theirs + "\"}]}")
                .post("/api/v1/contacts/import").then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("contacts[0]"));
        as(owner).body("{\"contacts\":[" + contact + "}],\"connections\":[{\"contactId\":\"" + ayu + "\",\"otherContactId\":\""
                + theirs + "\",\"kind\":\"KNOWS\"}]}").post("/api/v1/contacts/import").then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("connections[0]"));
        as(owner).body("{\"contacts\":[],\"connections\":[{\"contactId\":\"" + theirs + "\",\"otherContactId\":\""
                + mine + "\",\"kind\":\"KNOWS\"}]}").post("/api/v1/contacts/import").then().statusCode(422);
        assertThat(count(owner)).as("only the contact created before").isEqualTo(1);

        as(owner).body("{\"contacts\":[" + contact + ",\"introducedBy\":\"" + mine + "\"}],\"connections\":[{\"contactId\":\""
                + ayu + "\",\"otherContactId\":\"" + mine + "\",\"kind\":\"KNOWS\"}]}").post("/api/v1/contacts/import")
                .then().statusCode(200).body("contactIds." + ayu, equalTo(ayu));
        as(owner).get("/api/v1/contacts/" + mine + "/connections").then().body("items.otherContactId", hasItem(ayu));
    }

    @Test
    void restoringNeedsAToken() {
        given().contentType("application/json").body("{\"contacts\":[]}").post("/api/v1/contacts/import")
                .then().statusCode(401).contentType(PROBLEM);
    }
}

package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
class ContactsApiTest {

    static final String PROBLEM = "application/problem+json";
    final String owner = TestTokens.newOwner();

    RequestSpecification as(String ownerId) {
        return given().auth().oauth2(TestTokens.forOwner(ownerId)).contentType("application/json");
    }

    String create(String ownerId, String body) {
        return as(ownerId).body(body).post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }

    @Test
    void createAnswers201WithLocationETagAndTheResource() {
        String location = as(owner).body("{\"displayName\":\"Ayu Lestari\",\"tier\":\"CLOSE\"}")
                .post("/api/v1/contacts")
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("id", notNullValue())
                .body("displayName", equalTo("Ayu Lestari"))
                .body("tier", equalTo("CLOSE"))
                .body("effectiveCadenceDays", equalTo(30))
                .body("version", equalTo(1))
                .extract().header("Location");
        given().auth().oauth2(TestTokens.forOwner(owner)).get(location)
                .then().statusCode(200).body("displayName", equalTo("Ayu Lestari")).header("ETag", "\"1\"");
    }

    @Test
    void tierDefaultsToAcquaintanceAndCadenceOverridesIt() {
        as(owner).body("{\"displayName\":\"Budi\"}").post("/api/v1/contacts")
                .then().statusCode(201).body("tier", equalTo("ACQUAINTANCE")).body("effectiveCadenceDays", equalTo(365));
        as(owner).body("{\"displayName\":\"Citra\",\"tier\":\"INNER\",\"cadenceDays\":3}").post("/api/v1/contacts")
                .then().statusCode(201).body("cadenceDays", equalTo(3)).body("effectiveCadenceDays", equalTo(3));
    }

    @Test
    void readOnlyFieldsInTheBodyAreIgnored() {
        String other = TestTokens.newOwner();
        as(owner).body("{\"displayName\":\"Dewi\",\"id\":\"00000000-0000-0000-0000-000000000001\",\"ownerId\":\"" + other
                + "\",\"version\":99,\"unknown\":true}")
                .post("/api/v1/contacts")
                .then().statusCode(201)
                .body("id", not(equalTo("00000000-0000-0000-0000-000000000001")))
                .body("version", equalTo(1));
    }

    @Test
    void anotherOwnersContactIsNotFound() {
        String id = create(owner, "{\"displayName\":\"Eka\"}");
        given().auth().oauth2(TestTokens.forOwner(TestTokens.newOwner())).get("/api/v1/contacts/" + id)
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "00000000-0000-0000-0000-00000000000g", "7d1c3a4e-0000-0000-0000-000000000000"})
    void malformedOrUnknownIdsAreNotFound(String id) {
        given().auth().oauth2(TestTokens.forOwner(owner)).get("/api/v1/contacts/" + id)
                .then().statusCode(404).contentType(PROBLEM).body("title", equalTo("Not Found"));
    }

    @Test
    void noTokenGets401Problem() {
        given().contentType("application/json").body("{\"displayName\":\"Fajar\"}").post("/api/v1/contacts")
                .then().statusCode(401).contentType(PROBLEM).body("status", equalTo(401))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void expiredWronglySignedAndUnsignedTokensGet401Problem() {
        for (String token : new String[] {TestTokens.expired(owner), TestTokens.wronglySigned(owner),
                TestTokens.algNone(owner), "not.a.token"}) {
            given().auth().oauth2(token).get("/api/v1/contacts/" + UUID.randomUUID())
                    .then().statusCode(401).contentType(PROBLEM).body("status", equalTo(401));
        }
    }

    @Test
    void anExpiredTokenIsToldSoAndAForgedOneIsNot() {
        given().auth().oauth2(TestTokens.expired(owner)).get("/api/v1/contacts").then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("urn:jejaring:problem:token-expired"))
                .body("detail", containsString("expired")).body("detail", containsString("./jejaring token"))
                .header("WWW-Authenticate", containsString("invalid_token"));
        for (String forged : new String[] {TestTokens.expiredAndWronglySigned(owner), TestTokens.wronglySigned(owner),
                TestTokens.algNone(owner)}) {
            given().auth().oauth2(forged).get("/api/v1/contacts").then().statusCode(401).contentType(PROBLEM)
                    .body("type", equalTo("urn:jejaring:problem:unauthorized"))
                    .body("detail", not(containsString("expired")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"displayName\":",
            "{\"displayName\":\"Gita\"} trailing",
            "[]",
            "\"just a string\"",
            "{\"displayName\":\"Gita\",\"displayName\":\"Twice\"}"})
    void malformedBodiesGet400Problem(String body) {
        as(owner).body(body).post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400)).body("detail", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"displayName\":123}|displayName",
            "{\"displayName\":\"Hadi\",\"tier\":\"BEST_FRIEND\"}|tier",
            "{\"displayName\":\"Hadi\",\"cadenceDays\":7.9}|cadenceDays",
            "{\"displayName\":\"Hadi\",\"cadenceDays\":\"30\"}|cadenceDays",
            "{\"displayName\":\"Hadi\",\"cadenceDays\":0}|cadenceDays",
            "{\"displayName\":\"Hadi\",\"cadenceDays\":3651}|cadenceDays",
            "{\"displayName\":\"\"}|displayName",
            "{\"tier\":\"CLOSE\"}|displayName"})
    void invalidFieldsGet400WithTheField(String caseLine) {
        String[] parts = caseLine.split("\\|");
        as(owner).body(parts[0]).post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem(parts[1]));
    }

    @Test
    void overLongDisplayNameGets400() {
        as(owner).body("{\"displayName\":\"" + "x".repeat(201) + "\"}").post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("displayName"));
    }

    @Test
    void oversizedBodyGets413Problem() {
        as(owner).body("{\"displayName\":\"" + "x".repeat(1_100_000) + "\"}").post("/api/v1/contacts")
                .then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void wrongContentTypeGets415Problem() {
        given().auth().oauth2(TestTokens.forOwner(owner)).contentType("text/plain").body("displayName=Indra")
                .post("/api/v1/contacts")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void wrongMethodGets405Problem() {
        as(owner).delete("/api/v1/contacts").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void nothingIsWrittenForARejectedRequest() {
        String watcher = TestTokens.newOwner();
        as(watcher).body("{\"displayName\":\"Joko\",\"cadenceDays\":0}").post("/api/v1/contacts").then().statusCode(400);
        assertThat(TopicReader.awaitForOwner(Topics.CONTACTS, watcher, 1, Duration.ofSeconds(2))).isEmpty();
    }
}

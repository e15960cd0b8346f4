package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * GET/PUT /owner/profile: the owner's own name and addresses, per owner, validated, erased with the owner, carried
 * by the JSON backup.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class OwnerProfileTest {

    static final String PROBLEM = "application/problem+json";
    static final String PROFILE = "/api/v1/owner/profile";
    final String owner = TestTokens.newOwner();

    @Inject
    AgroalDataSource dataSource;

    RequestSpecification as(String ownerId) {
        return given().auth().oauth2(TestTokens.forOwner(ownerId)).contentType("application/json");
    }

    void put(String ownerId, String body) {
        as(ownerId).body(body).put(PROFILE).then().statusCode(200);
    }

    @Test
    void anOwnerWhoNeverSetAProfileHasAnEmptyOne() {
        as(owner).get(PROFILE).then().statusCode(200).contentType("application/json")
                .body("displayName", nullValue()).body("emails", empty());
    }

    @Test
    void putStoresTheProfileTrimmedAndWithoutRepeatsAndGetAnswersIt() {
        as(owner).body("{\"displayName\":\"  Sari Wijaya \",\"emails\":[\" Sari@Example.org \",\"sari@work.example.com\","
                + "\"SARI@example.ORG\"]}").put(PROFILE)
                .then().statusCode(200).contentType("application/json")
                .body("displayName", equalTo("Sari Wijaya"))
                .body("emails", contains("Sari@Example.org", "sari@work.example.com"));
        as(owner).get(PROFILE).then().statusCode(200)
                .body("displayName", equalTo("Sari Wijaya"))
                .body("emails", contains("Sari@Example.org", "sari@work.example.com"));

        // a PUT replaces the whole profile: what it leaves out is cleared
        as(owner).body("{\"emails\":[\"sari@example.org\"]}").put(PROFILE).then().statusCode(200)
                .body("displayName", nullValue()).body("emails", contains("sari@example.org"));
        as(owner).get(PROFILE).then().body("displayName", nullValue()).body("emails", contains("sari@example.org"));
    }

    @Test
    void anotherOwnerSeesAnEmptyProfile() {
        put(owner, "{\"displayName\":\"Sari\",\"emails\":[\"sari@example.org\"]}");
        as(TestTokens.newOwner()).get(PROFILE).then().statusCode(200).body("displayName", nullValue()).body("emails", empty());
    }

    @Test
    void badProfilesAre400ProblemsAndChangeNothing() {
        put(owner, "{\"displayName\":\"Sari\",\"emails\":[\"sari@example.org\"]}");
        String twentyOne = IntStream.range(0, 21).mapToObj(i -> "\"me" + i + "@example.org\"").collect(Collectors.joining(","));

        as(owner).body("{\"emails\":[\"sari@example.org\",\"not an address\"]}").put(PROFILE)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("emails[1]"));
        as(owner).body("{\"emails\":[" + twentyOne + "]}").put(PROFILE)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("emails"));
        as(owner).body("{\"emails\":[\"" + "a".repeat(250) + "@example.org\"]}").put(PROFILE)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("emails[0]"));
        as(owner).body("{\"emails\":[null]}").put(PROFILE).then().statusCode(400).contentType(PROBLEM);
        as(owner).body("{\"displayName\":\"" + "x".repeat(201) + "\"}").put(PROFILE)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("displayName"));
        for (String malformed : new String[] {"{", "[]", "null", "{\"displayName\":123}", "{\"emails\":\"sari@example.org\"}"}) {
            as(owner).body(malformed).put(PROFILE).then().statusCode(400).contentType(PROBLEM);
        }
        given().auth().oauth2(TestTokens.forOwner(owner)).contentType("text/plain").body("sari@example.org").put(PROFILE)
                .then().statusCode(415).contentType(PROBLEM);
        given().get(PROFILE).then().statusCode(401).contentType(PROBLEM);

        as(owner).get(PROFILE).then().body("displayName", equalTo("Sari")).body("emails", contains("sari@example.org"));
    }

    @Test
    void aProfileChangePublishesNoEvent() throws SQLException {
        put(owner, "{\"displayName\":\"Sari\",\"emails\":[\"sari@example.org\"]}");
        put(owner, "{\"displayName\":\"Sari W\",\"emails\":[]}");
        // the outbox is where every event starts, in the transaction of its change
        assertThat(count("SELECT count(*) FROM outbox WHERE owner_id = ?", owner)).isZero();
    }

    @Test
    void erasingTheOwnerErasesTheProfile() throws SQLException {
        put(owner, "{\"displayName\":\"Sari\",\"emails\":[\"sari@example.org\"]}");
        as(owner).queryParam("confirm", "true").delete("/api/v1/owner").then().statusCode(204);

        as(owner).get(PROFILE).then().statusCode(200).body("displayName", nullValue()).body("emails", empty());
        assertThat(count("SELECT count(*) FROM owner_profile WHERE owner_id = ?", owner)).isZero();
    }

    @Test
    void theJsonBackupCarriesTheProfileAndItsRestoreReplacesTheOwners() {
        put(owner, "{\"displayName\":\"Sari\",\"emails\":[\"sari@example.org\",\"sari@work.example.com\"]}");
        as(owner).body("{\"displayName\":\"Ayu\"}").post("/api/v1/contacts").then().statusCode(201);
        String backup = as(owner).accept("application/json").get("/api/v1/contacts/export").then().statusCode(200)
                .body("profile.displayName", equalTo("Sari"))
                .body("profile.emails", contains("sari@example.org", "sari@work.example.com"))
                .extract().asString();

        String restored = TestTokens.newOwner();
        put(restored, "{\"displayName\":\"Before\",\"emails\":[\"before@example.org\"]}");
        as(restored).body(backup).post("/api/v1/contacts/import").then().statusCode(200).body("contacts", equalTo(1));
        as(restored).get(PROFILE).then().body("displayName", equalTo("Sari"))
                .body("emails", contains("sari@example.org", "sari@work.example.com"));

        // a backup without a profile (made before there were profiles) leaves the owner's as it is
        as(restored).body("{\"contacts\":[]}").post("/api/v1/contacts/import").then().statusCode(200);
        as(restored).get(PROFILE).then().body("displayName", equalTo("Sari"));
    }

    @Test
    void aBackupWithABadProfileRestoresNothing() {
        String backup = "{\"contacts\":[{\"displayName\":\"Ayu\"}],\"profile\":{\"emails\":[\"not an address\"]}}";
        as(owner).body(backup).post("/api/v1/contacts/import").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("profile.emails[0]"));
        as(owner).body("{\"contacts\":[],\"profile\":{\"displayName\":42}}").post("/api/v1/contacts/import")
                .then().statusCode(400).contentType(PROBLEM);

        as(owner).get("/api/v1/contacts").then().body("items", empty());
        as(owner).get(PROFILE).then().body("displayName", nullValue()).body("emails", empty());
    }

    long count(String sql, String ownerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, ownerId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

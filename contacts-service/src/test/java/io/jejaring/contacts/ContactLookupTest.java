package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jejaring.contacts.jobs.SearchIndexBackfill;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** POST /contacts/lookup: each address answered with the owner's contact, "me", or nothing. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class ContactLookupTest {

    static final String PROBLEM = "application/problem+json";
    static final String LOOKUP = "/api/v1/contacts/lookup";
    final String owner = TestTokens.newOwner();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SearchIndexBackfill backfill;

    RequestSpecification as(String ownerId) {
        return given().auth().oauth2(TestTokens.forOwner(ownerId)).contentType("application/json");
    }

    String contact(String ownerId, String name, String... emails) {
        String addresses = List.of(emails).stream().map(email -> "{\"address\":\"" + email + "\"}")
                .collect(Collectors.joining(","));
        return as(ownerId).body("{\"displayName\":\"" + name + "\",\"emails\":[" + addresses + "]}").post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
    }

    ValidatableResponse lookup(String ownerId, String... emails) {
        String body = List.of(emails).stream().map(email -> "\"" + email.replace("\t", "\\t") + "\"")
                .collect(Collectors.joining(","));
        return as(ownerId).body("{\"emails\":[" + body + "]}").post(LOOKUP).then().statusCode(200).contentType("application/json");
    }

    @Test
    void addressesMatchIgnoringCaseAndSurroundingWhitespaceAndAreAnsweredAsSentInTheOrderSent() {
        String ayu = contact(owner, "Ayu", "ayu@example.org", "ayu@home.example");
        String budi = contact(owner, "Budi", "Budi.Santoso@Example.COM");

        lookup(owner, "  BUDI.santoso@example.com\t", "nobody@example.org", "AYU@EXAMPLE.ORG", "ayu@home.example")
                .body("matches.email", contains("  BUDI.santoso@example.com\t", "AYU@EXAMPLE.ORG", "ayu@home.example"))
                .body("matches.contactId", contains(budi, ayu, ayu))
                .body("matches.me", contains(nullValue(), nullValue(), nullValue()));
    }

    @Test
    void theOwnersOwnAddressesAnswerMeEvenWhereAContactHasThem() {
        as(owner).body("{\"displayName\":\"Sari\",\"emails\":[\"sari@example.org\",\"sari@work.example.com\"]}")
                .put("/api/v1/owner/profile").then().statusCode(200);
        contact(owner, "Sari (old card)", "sari@work.example.com");
        String ayu = contact(owner, "Ayu", "ayu@example.org");

        lookup(owner, " Sari@Example.org", "SARI@work.example.com", "ayu@example.org")
                .body("matches", hasSize(3))
                .body("matches[0].email", equalTo(" Sari@Example.org")).body("matches[0].me", equalTo(true))
                .body("matches[0].contactId", nullValue())
                .body("matches[1].me", equalTo(true)).body("matches[1].contactId", nullValue())
                .body("matches[2].contactId", equalTo(ayu)).body("matches[2].me", nullValue());
    }

    @Test
    void anotherOwnersContactsAndProfileNeverMatch() {
        contact(owner, "Ayu", "ayu@example.org");
        as(owner).body("{\"emails\":[\"sari@example.org\"]}").put("/api/v1/owner/profile").then().statusCode(200);

        lookup(TestTokens.newOwner(), "ayu@example.org", "sari@example.org").body("matches", empty());
    }

    @Test
    void aDeletedContactOrARemovedAddressNeverMatches() {
        String ayu = contact(owner, "Ayu", "ayu@example.org");
        String budi = contact(owner, "Budi", "budi@example.org", "budi@old.example");
        as(owner).body("{\"emails\":[{\"address\":\"budi@example.org\"}]}").patch("/api/v1/contacts/" + budi)
                .then().statusCode(200);
        as(owner).delete("/api/v1/contacts/" + ayu).then().statusCode(204);

        lookup(owner, "ayu@example.org", "budi@old.example", "budi@example.org")
                .body("matches.email", contains("budi@example.org")).body("matches.contactId", contains(budi));
    }

    @Test
    void anErasedOwnersContactsNeverMatch() {
        contact(owner, "Ayu", "ayu@example.org");
        as(owner).queryParam("confirm", "true").delete("/api/v1/owner").then().statusCode(204);

        lookup(owner, "ayu@example.org").body("matches", empty());
    }

    @Test
    void aContactLeftByTheMigrationForTheServiceToDeriveIsFoundOnceDerived() throws SQLException {
        // as V97 leaves a contact with a non-ASCII address: no keys, no search prefixes
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO contact (id, owner_id, display_name, emails, tier, sincerity, search_text, version,
                                             created_at, updated_at)
                        VALUES (?, ?, 'Élodie', '[{"address": "ÉLODIE@Exemple.fr"}]', 'CLOSE', 'UNSURE', '', 1, now(), now())""")) {
            insert.setObject(1, id);
            insert.setString(2, owner);
            insert.executeUpdate();
        }
        lookup(owner, "élodie@exemple.fr").body("matches", empty());

        backfill.run();

        lookup(owner, "élodie@exemple.fr").body("matches.contactId", contains(id.toString()));
    }

    @Test
    void anAddressOnTwoContactsAnswersTheOneCreatedFirst() {
        String first = contact(owner, "Zed", "shared@example.org");
        contact(owner, "Abe", "SHARED@example.org");

        lookup(owner, "shared@example.org").body("matches.contactId", contains(first));
    }

    @Test
    void theSameAddressSentTwiceIsAnsweredOnce() {
        String ayu = contact(owner, "Ayu", "ayu@example.org");

        lookup(owner, "ayu@example.org", "ayu@example.org", "Ayu@example.org")
                .body("matches.email", contains("ayu@example.org", "Ayu@example.org"))
                .body("matches.contactId", contains(ayu, ayu));
    }

    @Test
    void aThousandAddressesAreOneBatch() {
        String ayu = contact(owner, "Ayu", "ayu@example.org");
        String[] emails = IntStream.range(0, 1000).mapToObj(i -> i == 999 ? "ayu@example.org" : "someone" + i + "@example.org")
                .toArray(String[]::new);

        lookup(owner, emails).body("matches.email", contains("ayu@example.org")).body("matches.contactId", contains(ayu));
    }

    @Test
    void badLookupsAre400Problems() {
        String thousandAndOne = IntStream.range(0, 1001).mapToObj(i -> "\"someone" + i + "@example.org\"")
                .collect(Collectors.joining(","));
        as(owner).body("{\"emails\":[" + thousandAndOne + "]}").post(LOOKUP)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("emails"));
        as(owner).body("{\"emails\":[]}").post(LOOKUP)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("emails"));
        as(owner).body("{}").post(LOOKUP).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("emails"));
        as(owner).body("{\"emails\":[\"ayu@example.org\",null]}").post(LOOKUP).then().statusCode(400).contentType(PROBLEM);
        for (String malformed : new String[] {"{", "[]", "null", "{\"emails\":\"ayu@example.org\"}", "{\"emails\":[42]}"}) {
            as(owner).body(malformed).post(LOOKUP).then().statusCode(400).contentType(PROBLEM);
        }
        given().auth().oauth2(TestTokens.forOwner(owner)).contentType("text/plain").body("ayu@example.org").post(LOOKUP)
                .then().statusCode(415).contentType(PROBLEM);
        given().contentType("application/json").body("{\"emails\":[\"ayu@example.org\"]}").post(LOOKUP)
                .then().statusCode(401).contentType(PROBLEM);
    }
}

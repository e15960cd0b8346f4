package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jejaring.contacts.jobs.SearchIndexBackfill;
import io.jejaring.plumbing.testing.Management;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Finding people: search that ignores accents and case, and fetching a batch of contacts by id. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class ContactSearchTest {

    static final String PROBLEM = "application/problem+json";
    static final String CONTACTS = "/api/v1/contacts";

    final String owner = TestTokens.newOwner();

    @Inject
    SearchIndexBackfill backfill;

    @Inject
    AgroalDataSource dataSource;

    RequestSpecification as(String ownerId) {
        return given().auth().oauth2(TestTokens.forOwner(ownerId)).contentType("application/json");
    }

    String create(String ownerId, String body) {
        return as(ownerId).body(body).post(CONTACTS).then().statusCode(201).extract().path("id");
    }

    List<String> search(String parameter, String value) {
        return as(owner).queryParam(parameter, value).get(CONTACTS).then().statusCode(200).extract().path("items.displayName");
    }

    @Test
    void qIgnoresAccentsAndCaseAndMatchesTheStartOfWords() {
        create(owner, "{\"displayName\":\"María José González\",\"givenName\":\"María José\",\"familyName\":\"González\"}");
        create(owner, "{\"displayName\":\"Mario Rossi\"}");
        create(owner, "{\"displayName\":\"Rosario Tan\"}");

        assertThat(search("q", "maria")).containsExactly("María José González");
        assertThat(search("q", "jose")).containsExactly("María José González");
        assertThat(search("q", "JOSÉ GONZ")).containsExactly("María José González");
        assertThat(search("q", "Marí")).containsExactlyInAnyOrder("María José González", "Mario Rossi");
        assertThat(search("q", "gonzalez maria")).containsExactly("María José González");
        // words match from their start: "ria" is inside María and Rosario, but starts no word
        assertThat(search("q", "ria")).isEmpty();
        assertThat(search("q", "maria rossi")).isEmpty();
    }

    @Test
    void qMatchesTheLocationAndTheCulture() {
        create(owner, "{\"displayName\":\"Ayu\",\"location\":\"Yogyakarta\",\"culture\":\"Javanese\"}");
        create(owner, "{\"displayName\":\"Zoë\",\"location\":\"Bogotá\",\"culture\":\"Colombian\"}");

        assertThat(search("q", "yogya")).containsExactly("Ayu");
        assertThat(search("q", "JAVANESE")).containsExactly("Ayu");
        assertThat(search("q", "bogota")).containsExactly("Zoë");
        assertThat(search("q", "colomb zoe")).containsExactly("Zoë");
    }

    @Test
    void aQueryWordLongerThanTheStoredPrefixesIsCheckedWhole() {
        create(owner, "{\"displayName\":\"Pneumonoultramicroscopicsilicovolcanoconiosis Fan\"}");
        create(owner, "{\"displayName\":\"Pneumonoultramicroscopic Other\"}");

        assertThat(search("q", "pneumonoultramicroscopicsilico")).containsExactly("Pneumonoultramicroscopicsilicovolcanoconiosis Fan");
        assertThat(search("q", "pneumonoultramicroscopicX")).isEmpty();
    }

    @Test
    void communityAndTagFiltersIgnoreAccentsAndCase() {
        create(owner, "{\"displayName\":\"Eko\",\"communities\":[\"Chess Club\"],\"tags\":[\"Mentor\"]}");
        create(owner, "{\"displayName\":\"Fitri\",\"communities\":[\"Café Society\"],\"tags\":[\"investor\"]}");

        assertThat(search("community", "chess club")).containsExactly("Eko");
        assertThat(search("community", "CHESS CLUB")).containsExactly("Eko");
        assertThat(search("community", "cafe society")).containsExactly("Fitri");
        assertThat(search("community", "chess")).isEmpty();
        assertThat(search("tag", "MENTOR")).containsExactly("Eko");
        assertThat(search("tag", "Investor")).containsExactly("Fitri");
    }

    @Test
    void keysetPagingWalksTheMatchesOfASearch() {
        for (String name : List.of("Ana Bolaño", "Bea Anaïs", "Cid Anand", "Dan Ánaya", "Eva Andrés")) {
            create(owner, "{\"displayName\":\"" + name + "\",\"tags\":[\"Fútbol\"]}");
        }
        create(owner, "{\"displayName\":\"Fay Ana\"}");

        String cursor = as(owner).queryParam("q", "ana").queryParam("tag", "futbol").queryParam("limit", 2).get(CONTACTS)
                .then().statusCode(200).body("items.displayName", contains("Ana Bolaño", "Bea Anaïs"))
                .extract().path("nextCursor");
        as(owner).queryParam("q", "ana").queryParam("tag", "futbol").queryParam("limit", 2).queryParam("cursor", cursor)
                .get(CONTACTS).then().statusCode(200).body("items.displayName", contains("Cid Anand", "Dan Ánaya"))
                .body("nextCursor", nullValue());
    }

    @Test
    void contactsStoredBeforeTheSearchColumnsAreIndexedOnStart() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO contact (id, owner_id, display_name, location, communities, tags, tier, sincerity,
                                             search_text, version, created_at, updated_at)
                        VALUES (?, ?, 'Sérgio Araújo', 'São Paulo', '{Capoeira}', '{Amigo}', 'CLOSE', 'UNSURE',
                                'sérgio araújo', 1, now(), now())""")) {
            insert.setObject(1, id);
            insert.setString(2, owner);
            insert.executeUpdate();
        }

        backfill.run();

        assertThat(search("q", "sergio")).containsExactly("Sérgio Araújo");
        assertThat(search("q", "sao paulo")).containsExactly("Sérgio Araújo");
        assertThat(search("community", "capoeira")).containsExactly("Sérgio Araújo");
        assertThat(search("tag", "amigo")).containsExactly("Sérgio Araújo");
        as(owner).get(CONTACTS + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void idsAnswersTheOwnersContactsAmongThemAndLeavesOutAnyOther() {
        String ayu = create(owner, "{\"displayName\":\"Ayu\"}");
        String budi = create(owner, "{\"displayName\":\"Budi\"}");
        create(owner, "{\"displayName\":\"Citra\"}");
        String stranger = TestTokens.newOwner();
        String theirs = create(stranger, "{\"displayName\":\"Dewi\"}");
        String deleted = create(owner, "{\"displayName\":\"Eko\"}");
        as(owner).delete(CONTACTS + "/" + deleted).then().statusCode(204);

        as(owner).queryParam("ids", String.join(",", budi, theirs, UUID.randomUUID().toString(), deleted, ayu))
                .get(CONTACTS).then().statusCode(200)
                .body("items.displayName", contains("Ayu", "Budi")).body("items.id", contains(ayu, budi))
                .body("nextCursor", nullValue());
        as(stranger).queryParam("ids", String.join(",", ayu, budi)).get(CONTACTS).then().statusCode(200)
                .body("items", empty());
        as(owner).queryParam("ids", ayu.toUpperCase()).get(CONTACTS).then().statusCode(200)
                .body("items.displayName", contains("Ayu"));
    }

    @Test
    void idsTakesUpTo200() {
        List<String> ids = new ArrayList<>(Collections.nCopies(1, create(owner, "{\"displayName\":\"Ayu\"}")));
        IntStream.range(1, 200).forEach(i -> ids.add(UUID.randomUUID().toString()));
        as(owner).queryParam("ids", String.join(",", ids)).get(CONTACTS).then().statusCode(200)
                .body("items.displayName", contains("Ayu"));
        ids.add(UUID.randomUUID().toString());
        as(owner).queryParam("ids", String.join(",", ids)).get(CONTACTS).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("ids"));
    }

    @Test
    void badIdsAre400() {
        String id = UUID.randomUUID().toString();
        for (String bad : List.of("not-a-uuid", id + ",", id + ",," + id, "1-1-1-1-1", id + "," + id,
                id + "," + id.toUpperCase(), id.substring(1))) {
            as(owner).queryParam("ids", bad).get(CONTACTS).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("ids"));
        }
        for (String other : List.of("q", "community", "tag", "tier", "limit", "cursor")) {
            as(owner).queryParam("ids", id).queryParam(other, "1").get(CONTACTS).then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", hasItem("ids"));
        }
    }

    @Test
    void theDocumentDescribesSearchAndTheIdsBatch() {
        String list = "paths.'/api/v1/contacts'.get";
        Management.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(list + ".operationId", equalTo("listContacts"))
                .body(list + ".parameters.find { it.name == 'ids' }.schema.pattern", notNullValue())
                .body(list + ".parameters.find { it.name == 'ids' }.description", containsString("200"))
                .body(list + ".parameters.find { it.name == 'q' }.schema.maxLength", equalTo(200))
                .body(list + ".responses.'400'.'$ref'", equalTo("#/components/responses/BadRequest"));
    }
}

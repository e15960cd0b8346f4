package io.jejaring.interactions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A SOCIAL interaction names its network from the shared vocabulary, or OTHER with a label. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "interactions"))
@WithTestResource(ContactsServiceStub.class)
class SocialNetworkTest extends InteractionsTestBase {

    @Inject
    DataSource dataSource;

    static String social(UUID contact, String networkFields) {
        return "{\"contactIds\":[\"" + contact + "\"],\"channel\":\"SOCIAL\",\"occurredAt\":\"2026-01-02T03:04:05Z\""
                + networkFields + "}";
    }

    @Test
    void aKnownNetworkIsStoredAsItsValueAndTwitterReadsBackAsX() {
        UUID ayu = knownContact(owner);
        String id = as(owner).body(social(ayu, ",\"socialNetwork\":\"TWITTER\"")).post("/api/v1/interactions")
                .then().statusCode(201).body("socialNetwork", equalTo("X")).body("socialNetworkLabel", nullValue())
                .extract().path("id");
        as(owner).get("/api/v1/interactions/" + id).then().statusCode(200).body("socialNetwork", equalTo("X"));
        as(owner).contentType("application/merge-patch+json").body("{\"socialNetwork\":\"WHATSAPP\"}")
                .patch("/api/v1/interactions/" + id).then().statusCode(200).body("socialNetwork", equalTo("WHATSAPP"));
        given().auth().oauth2(TestTokens.forOwner(TestTokens.newOwner())).get("/api/v1/interactions/" + id)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void otherCarriesTheNetworksNameAsALabel() {
        UUID ayu = knownContact(owner);
        as(owner).body(social(ayu, ",\"socialNetwork\":\"OTHER\",\"socialNetworkLabel\":\" Discord \""))
                .post("/api/v1/interactions").then().statusCode(201)
                .body("socialNetwork", equalTo("OTHER")).body("socialNetworkLabel", equalTo("Discord"));
    }

    @Test
    void badNetworksAre400NamingTheField() {
        UUID ayu = knownContact(owner);
        String[][] cases = {
                {social(ayu, ",\"socialNetwork\":\"Discord\""), "socialNetwork"},
                {social(ayu, ",\"socialNetwork\":\"OTHER\""), "socialNetworkLabel"},
                {social(ayu, ",\"socialNetwork\":\"OTHER\",\"socialNetworkLabel\":\"  \""), "socialNetworkLabel"},
                {social(ayu, ",\"socialNetwork\":\"WHATSAPP\",\"socialNetworkLabel\":\"WA\""), "socialNetworkLabel"},
                {social(ayu, ",\"socialNetwork\":\"OTHER\",\"socialNetworkLabel\":\"" + "d".repeat(201) + "\""),
                        "socialNetworkLabel"},
                {social(ayu, ",\"socialNetworkLabel\":\"Discord\""), "socialNetwork"}};
        for (String[] invalid : cases) {
            as(owner).body(invalid[0]).post("/api/v1/interactions").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem(invalid[1]));
        }
    }

    @Test
    void theMigrationMapsKnownNamesAndKeepsTheRestAsALabel() throws Exception {
        UUID ayu = knownContact(owner);
        String[] stored = {"LinkedIn", "twitter", " Whats App ", "Discord", "Friendster"};
        String[] ids = new String[stored.length];
        for (int i = 0; i < stored.length; i++) {
            ids[i] = as(owner).body(social(ayu, ",\"socialNetwork\":\"OTHER\",\"socialNetworkLabel\":\"x\""))
                    .post("/api/v1/interactions").then().statusCode(201).extract().path("id");
        }
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < stored.length; i++) { // as free text was stored before the vocabulary
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE interaction SET social_network = ?, social_network_label = NULL WHERE id = ?")) {
                    update.setString(1, stored[i]);
                    update.setObject(2, UUID.fromString(ids[i]));
                    update.executeUpdate();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(dataUpdateOf("db/migration/V95__social_network_vocabulary.sql"));
            }
        }
        String[][] expected = {{"LINKEDIN", null}, {"X", null}, {"WHATSAPP", null}, {"OTHER", "Discord"},
                {"OTHER", "Friendster"}};
        for (int i = 0; i < stored.length; i++) {
            as(owner).get("/api/v1/interactions/" + ids[i]).then().statusCode(200)
                    .body("socialNetwork", equalTo(expected[i][0])).body("socialNetworkLabel", equalTo(expected[i][1]));
        }
    }

    /** The migration's UPDATE alone: its ALTER TABLE has run, and the service's role may not run DDL. */
    private static String dataUpdateOf(String path) throws Exception {
        try (InputStream in = SocialNetworkTest.class.getClassLoader().getResourceAsStream(path)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sql).contains("UPDATE interaction");
            return sql.substring(sql.indexOf("UPDATE interaction"));
        }
    }
}

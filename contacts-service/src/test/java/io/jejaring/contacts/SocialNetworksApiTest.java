package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.Management;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Today's social networks: the shared vocabulary, TWITTER read as X, PATH still readable but deprecated. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class SocialNetworksApiTest {

    static final String PROBLEM = "application/problem+json";
    final String owner = TestTokens.newOwner();

    @Inject
    DataSource dataSource;

    RequestSpecification as(String ownerId) {
        return given().auth().oauth2(TestTokens.forOwner(ownerId)).contentType("application/json");
    }

    @Test
    void todaysNetworksAreAcceptedAndTwitterReadsBackAsX() {
        String id = as(owner).body("""
                {"displayName":"Putu","socialProfiles":[{"network":"WHATSAPP","handle":"+62 812 1111"},
                 {"network":"TWITTER","handle":"@putu"},{"network":"BLUESKY","handle":"putu.bsky.social"},
                 {"network":"GITHUB","handle":"putu"},{"network":"PATH","handle":"https://path.com/putu"}]}""")
                .post("/api/v1/contacts").then().statusCode(201)
                .body("socialProfiles.network", contains("WHATSAPP", "X", "BLUESKY", "GITHUB", "PATH"))
                .extract().path("id");
        as(owner).get("/api/v1/contacts/" + id).then().statusCode(200)
                .body("socialProfiles.network", contains("WHATSAPP", "X", "BLUESKY", "GITHUB", "PATH"));
        given().auth().oauth2(TestTokens.forOwner(TestTokens.newOwner())).get("/api/v1/contacts/" + id)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anUnknownNetworkIs400NamingTheFieldAndTheVocabulary() {
        as(owner).body("{\"displayName\":\"Putu\",\"socialProfiles\":[{\"network\":\"MYSPACE\",\"handle\":\"putu\"}]}")
                .post("/api/v1/contacts").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("socialProfiles[0].network"))
                .body("errors.message", hasItem(containsString("WHATSAPP")));
        as(owner).body("{\"displayName\":\"Putu\",\"socialProfiles\":[{\"network\":\"twitter\",\"handle\":\"putu\"}]}")
                .post("/api/v1/contacts").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("socialProfiles[0].network"));
    }

    @Test
    void importedProfileLinksFindTodaysNetworks() {
        String vcard = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Wayan Import\r\nURL:https://wa.me/6281234567890\r\n"
                + "URL:https://x.com/wayan\r\nURL:https://github.com/wayan\r\nEND:VCARD\r\n";
        given().auth().oauth2(TestTokens.forOwner(owner)).contentType("text/vcard").body(vcard)
                .post("/api/v1/contacts/import").then().statusCode(200);
        as(owner).queryParam("q", "Wayan Import").get("/api/v1/contacts").then().statusCode(200)
                .body("items[0].socialProfiles.network", contains("WHATSAPP", "X", "GITHUB"));
    }

    @Test
    void storedTwitterProfilesBecomeXThroughTheMigration() throws Exception {
        String id = as(owner).body("{\"displayName\":\"Old Timer\",\"socialProfiles\":[{\"network\":\"X\",\"handle\":\"@old\"},"
                + "{\"network\":\"LINKEDIN\",\"handle\":\"old\"}]}").post("/api/v1/contacts").then().statusCode(201)
                .extract().path("id");
        // As a row written before X existed holds it.
        execute("UPDATE contact SET social_profiles = '[{\"network\":\"TWITTER\",\"handle\":\"@old\"},"
                + "{\"network\":\"LINKEDIN\",\"handle\":\"old\"}]' WHERE id = ?", id);
        as(owner).get("/api/v1/contacts/" + id).then().statusCode(200).body("socialProfiles.network", contains("X", "LINKEDIN"));

        execute(migration("db/migration/V95__social_network_x.sql"), null);

        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT social_profiles::text FROM contact WHERE id = ?")) {
            query.setObject(1, UUID.fromString(id));
            var rows = query.executeQuery();
            assertThat(rows.next()).isTrue();
            JsonPath stored = JsonPath.from(rows.getString(1));
            assertThat(stored.getList("network")).containsExactly("X", "LINKEDIN");
            assertThat(stored.getList("handle")).containsExactly("@old", "old");
        }
    }

    @Test
    void theDocumentSaysPathIsDeprecatedAndTwitterIsAnAlias() {
        String document = Management.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        JsonPath openapi = JsonPath.from(document);
        String description = openapi.getString("components.schemas.SocialProfile.properties.network.description");
        assertThat(description).contains("PATH is deprecated").contains("TWITTER is accepted as an alias of X");
        assertThat(document).contains("\"WHATSAPP\"");
    }

    private void execute(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (id == null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, UUID.fromString(id));
                statement.executeUpdate();
            }
        }
    }

    private static String migration(String path) throws IOException {
        try (InputStream in = SocialNetworksApiTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

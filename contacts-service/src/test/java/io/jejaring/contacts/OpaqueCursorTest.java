package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.jejaring.plumbing.web.CursorSeal;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The contacts list is ordered by name, yet its cursor shows no name and can't be altered. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class OpaqueCursorTest {

    final String owner = TestTokens.newOwner();

    @Inject
    DataSource dataSource;

    RequestSpecification asOwner() {
        return given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json");
    }

    @Test
    void aCursorCarriesNoNameAndIsSealedWithTheKeyTheDatabaseKeeps() throws Exception {
        asOwner().body("{\"displayName\":\"Budi Santoso\"}").post("/api/v1/contacts").then().statusCode(201);
        asOwner().body("{\"displayName\":\"Citra Dewi\"}").post("/api/v1/contacts").then().statusCode(201);

        String cursor = asOwner().queryParam("limit", 1).get("/api/v1/contacts").then().statusCode(200)
                .body("items.displayName", contains("Budi Santoso")).extract().path("nextCursor");
        assertThat(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1)).doesNotContain("Budi");
        asOwner().queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/contacts").then().statusCode(200)
                .body("items.displayName", contains("Citra Dewi"));

        // sealed with the key in the service's database: every replica, and a restarted service, opens it
        assertThat(new CursorSeal(storedKey()).open(cursor)).isPresent();
    }

    @Test
    void aChangedCursorOrAReadableOneIs400() {
        asOwner().body("{\"displayName\":\"Budi Santoso\"}").post("/api/v1/contacts").then().statusCode(201);
        asOwner().body("{\"displayName\":\"Citra Dewi\"}").post("/api/v1/contacts").then().statusCode(201);
        String cursor = asOwner().queryParam("limit", 1).get("/api/v1/contacts").then().extract().path("nextCursor");
        char last = cursor.charAt(cursor.length() - 1);
        String changed = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');
        String readable = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Budi Santoso\u001f00000000-0000-4000-8000-000000000001".getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[] {changed, readable}) {
            asOwner().queryParam("cursor", bad).get("/api/v1/contacts").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        }
    }

    private byte[] storedKey() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT key FROM cursor_key")) {
            assertThat(row.next()).isTrue();
            return row.getBytes(1);
        }
    }
}

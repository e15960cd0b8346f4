package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Import and export over HTTP: one bad card never sinks the rest, and export then import loses nothing. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class PortabilityTest {

    static final String PROBLEM = "application/problem+json";
    static final String VCARD = "text/vcard; charset=UTF-8";
    static final String CSV = "text/csv; charset=UTF-8";
    final String owner = TestTokens.newOwner();

    static RequestSpecification as(String ownerId) {
        return given().auth().oauth2(TestTokens.forOwner(ownerId));
    }

    static String sample(String name) throws IOException {
        try (InputStream in = PortabilityTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBrokenCardIsReportedWithItsLineAndTheOthersImport() throws IOException {
        as(owner).contentType(VCARD).body(sample("broken-middle.vcf")).post("/api/v1/contacts/import")
                .then().statusCode(200)
                .body("created", equalTo(2)).body("skippedDuplicates", equalTo(0))
                .body("errors.line", contains(6, 15));
        as(owner).get("/api/v1/contacts").then().body("items.displayName", contains("Alice Anders", "Carol Chen"));
    }

    @Test
    void reimportingTheSameFileSkipsEveryDuplicate() throws IOException {
        String file = sample("apple-3.0.vcf");
        int created = as(owner).contentType(VCARD).body(file).post("/api/v1/contacts/import")
                .then().statusCode(200).extract().path("created");
        assertThat(created).isPositive();
        as(owner).contentType(VCARD).body(file).post("/api/v1/contacts/import")
                .then().statusCode(200).body("created", equalTo(0)).body("skippedDuplicates", equalTo(created));
    }

    @Test
    void googleAndLinkedInCsvExportsImport() throws IOException {
        for (String file : new String[] {"google-current.csv", "google-legacy.csv", "linkedin-connections.csv"}) {
            int created = as(owner).contentType(CSV).body(sample(file)).post("/api/v1/contacts/import")
                    .then().statusCode(200).extract().path("created");
            assertThat(created).as(file).isPositive();
        }
        as(owner).get("/api/v1/contacts").then().body("items.consent.source", hasItems("IMPORT"));
        as(owner).contentType(CSV).body("Who,What\nx,y\n").post("/api/v1/contacts/import")
                .then().statusCode(200).body("created", equalTo(0)).body("errors[0].line", equalTo(1));
    }

    @Test
    void exportThenImportIntoANewOwnerGivesTheSameContacts() {
        given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json").body(ContactLifecycleTest.FULL)
                .post("/api/v1/contacts").then().statusCode(201);
        given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json")
                .body("{\"displayName\":\"Budi\",\"phones\":[{\"number\":\"+62 21 555\",\"label\":\"work\"}],"
                        + "\"socialProfiles\":[{\"network\":\"OTHER\",\"handle\":\"budi@mastodon.social\"}],\"keepInTouch\":false,"
                        + "\"consent\":{\"shareable\":true,\"source\":\"SOCIAL\"}}")
                .post("/api/v1/contacts").then().statusCode(201);

        String vcards = as(owner).accept("*/*").get("/api/v1/contacts/export").then().statusCode(200)
                .contentType(startsWith("text/vcard")).body(containsString("BEGIN:VCARD")).extract().asString();
        String newOwner = TestTokens.newOwner();
        as(newOwner).contentType(VCARD).body(vcards).post("/api/v1/contacts/import")
                .then().statusCode(200).body("created", equalTo(2)).body("errors", empty());

        assertThat(portableFields(newOwner)).isEqualTo(portableFields(owner));
    }

    @Test
    void jsonExportHoldsContactsAndConnectionsOfThisOwnerOnly() {
        String a = given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json")
                .body("{\"displayName\":\"A\"}").post("/api/v1/contacts").then().extract().path("id");
        String b = given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json")
                .body("{\"displayName\":\"B\"}").post("/api/v1/contacts").then().extract().path("id");
        given().auth().oauth2(TestTokens.forOwner(owner)).contentType("application/json")
                .body("{\"otherContactId\":\"" + b + "\",\"kind\":\"KNOWS\"}").post("/api/v1/contacts/" + a + "/connections")
                .then().statusCode(201);
        as(owner).accept("application/json").get("/api/v1/contacts/export").then().statusCode(200)
                .body("contacts.displayName", contains("A", "B")).body("connections.size()", equalTo(1));
        as(TestTokens.newOwner()).accept("application/json").get("/api/v1/contacts/export").then().statusCode(200)
                .body("contacts", empty()).body("connections", empty());
    }

    @Test
    void badImportsAreProblems() {
        as(owner).contentType("application/xml").body("<contacts/>").post("/api/v1/contacts/import")
                .then().statusCode(415).contentType(PROBLEM);
        as(owner).contentType(VCARD).body("BEGIN:VCARD\n" + "NOTE:" + "x".repeat(10 * 1024 * 1024 + 100_000) + "\n")
                .post("/api/v1/contacts/import").then().statusCode(413).contentType(PROBLEM);
        given().contentType(VCARD).body("BEGIN:VCARD\nFN:X\nEND:VCARD\n").post("/api/v1/contacts/import")
                .then().statusCode(401).contentType(PROBLEM);
        given().get("/api/v1/contacts/export").then().statusCode(401).contentType(PROBLEM);
    }

    /** Each contact's fields that vCard carries, without ids, versions and timestamps, in name order. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> portableFields(String ownerId) {
        List<Map<String, Object>> contacts = as(ownerId).accept("application/json").get("/api/v1/contacts/export")
                .then().statusCode(200).extract().path("contacts");
        return contacts.stream().map(contact -> {
            Map<String, Object> fields = new java.util.TreeMap<>(contact);
            List.of("id", "version", "createdAt", "updatedAt", "introducedBy").forEach(fields::remove);
            return (Map<String, Object>) fields;
        }).toList();
    }
}

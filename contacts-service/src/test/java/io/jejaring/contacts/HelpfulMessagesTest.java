package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Error messages that help: where the JSON broke, that a body is missing, which media types an endpoint takes. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class HelpfulMessagesTest {

    static final String PROBLEM = "application/problem+json";
    final String owner = TestTokens.newOwner();

    RequestSpecification asOwner() {
        return given().auth().oauth2(TestTokens.forOwner(owner));
    }

    String contact() {
        return asOwner().contentType("application/json").body("{\"displayName\":\"Gita\"}").post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void malformedJsonSaysTheLineAndColumn() {
        asOwner().contentType("application/json").body("{\n  \"displayName\": \"Gita\",\n  \"tier\": }\n")
                .post("/api/v1/contacts").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:jejaring:problem:malformed-json"))
                .body("detail", containsString("at line 3, column "));
    }

    @Test
    void anEmptyOrMissingBodySaysAJsonBodyIsRequired() {
        String id = contact();
        asOwner().contentType("application/json").body("").post("/api/v1/contacts").then().statusCode(400)
                .contentType(PROBLEM).body("detail", equalTo("a JSON body is required")).body("detail", not(containsString("draft")));
        asOwner().contentType("application/json").post("/api/v1/contacts").then().statusCode(400)
                .contentType(PROBLEM).body("detail", equalTo("a JSON body is required"));
        asOwner().contentType("application/json").body("").put("/api/v1/contacts/" + id).then().statusCode(400)
                .contentType(PROBLEM).body("detail", equalTo("a JSON body is required"));
        asOwner().contentType("application/merge-patch+json").body("").patch("/api/v1/contacts/" + id).then().statusCode(400)
                .contentType(PROBLEM).body("detail", equalTo("a JSON body is required"));
        asOwner().contentType("application/json").body("").post("/api/v1/contacts/" + id + "/connections")
                .then().statusCode(400).contentType(PROBLEM).body("detail", equalTo("a JSON body is required"));
        // another owner's contact: still not found, whatever the body
        given().auth().oauth2(TestTokens.forOwner(TestTokens.newOwner())).contentType("application/json")
                .body("{\"displayName\":\"Gita\"}").put("/api/v1/contacts/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aFieldThatIsMissingStillNamesTheField() {
        asOwner().contentType("application/json").body("{}").post("/api/v1/contacts").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("displayName"));
    }

    @Test
    void unsupportedMediaTypeNamesWhatTheEndpointTakes() {
        // /import takes vCard, CSV and the JSON backup: a PDF is none of them
        asOwner().contentType("application/pdf").body("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).post("/api/v1/contacts/import").then().statusCode(415)
                .contentType(PROBLEM).body("detail", startsWith("unsupported Content-Type; send "))
                .body("detail", containsString("text/vcard")).body("detail", containsString("text/csv"))
                .body("detail", containsString("application/json"));
        asOwner().contentType("text/plain").body("Gita").post("/api/v1/contacts").then().statusCode(415)
                .contentType(PROBLEM).body("detail", equalTo("unsupported Content-Type; send application/json"));
        asOwner().contentType("text/plain").body("Gita").patch("/api/v1/contacts/" + contact()).then().statusCode(415)
                .contentType(PROBLEM)
                .body("detail", equalTo("unsupported Content-Type; send application/merge-patch+json or application/json"));
    }
}

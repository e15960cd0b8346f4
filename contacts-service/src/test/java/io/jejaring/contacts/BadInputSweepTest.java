package io.jejaring.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every endpoint that takes a JSON body answers bad bodies, bad ids and missing tokens with a problem, never a 500. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contacts"))
class BadInputSweepTest {

    static final String PROBLEM = "application/problem+json";
    static final List<String> BAD_BODIES = List.of("{", "[]", "42", "{\"a\":1} {}", "null");

    final String owner = TestTokens.newOwner();
    String contact;

    record Call(String method, String path) {
    }

    List<Call> bodyCalls() {
        return List.of(new Call("POST", "/api/v1/contacts"), new Call("PUT", "/api/v1/contacts/" + contact),
                new Call("PATCH", "/api/v1/contacts/" + contact), new Call("POST", "/api/v1/contacts/" + contact + "/connections"),
                new Call("POST", "/api/v1/contacts/" + contact + "/merge"));
    }

    RequestSpecification asOwner() {
        return given().auth().oauth2(TestTokens.forOwner(owner));
    }

    @BeforeEach
    void createContact() {
        contact = asOwner().contentType("application/json").body("{\"displayName\":\"Subject\"}").post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void badBodiesAre400Problems() {
        for (Call call : bodyCalls()) {
            for (String body : BAD_BODIES) {
                asOwner().contentType("application/json").body(body).request(call.method(), call.path())
                        .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
            }
        }
        asOwner().get("/api/v1/contacts/" + contact).then().body("version", equalTo(1));
    }

    @Test
    void oversizedBodiesAre413AndWrongMediaTypes415() {
        String huge = "{\"displayName\":\"" + "x".repeat(1_100_000) + "\"}";
        for (Call call : bodyCalls()) {
            asOwner().contentType("application/json").body(huge).request(call.method(), call.path())
                    .then().statusCode(413).contentType(PROBLEM);
            asOwner().contentType("text/plain").body("hello").request(call.method(), call.path())
                    .then().statusCode(415).contentType(PROBLEM);
        }
    }

    @Test
    void malformedAndUnknownIdsAre404Problems() {
        for (String id : new String[] {"nope", UUID.randomUUID().toString(), "%20"}) {
            asOwner().get("/api/v1/contacts/" + id).then().statusCode(404).contentType(PROBLEM);
            asOwner().contentType("application/json").body("{\"displayName\":\"x\"}").put("/api/v1/contacts/" + id)
                    .then().statusCode(404).contentType(PROBLEM);
            asOwner().delete("/api/v1/contacts/" + id).then().statusCode(404).contentType(PROBLEM);
            asOwner().get("/api/v1/contacts/" + id + "/connections").then().statusCode(404).contentType(PROBLEM);
            asOwner().delete("/api/v1/contacts/" + contact + "/connections/" + id).then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Test
    void everyEndpointNeedsAToken() {
        for (Call call : bodyCalls()) {
            given().contentType("application/json").body("{}").request(call.method(), call.path())
                    .then().statusCode(401).contentType(PROBLEM);
        }
        for (String path : new String[] {"/api/v1/contacts", "/api/v1/contacts/" + contact, "/api/v1/contacts/export",
                "/api/v1/contacts/" + contact + "/connections"}) {
            given().get(path).then().statusCode(401).contentType(PROBLEM);
        }
        given().delete("/api/v1/contacts/" + contact).then().statusCode(401).contentType(PROBLEM);
        given().queryParam("confirm", "true").delete("/api/v1/owner").then().statusCode(401).contentType(PROBLEM);
        asOwner().get("/api/v1/contacts/" + contact).then().statusCode(200);
    }
}

package io.jejaring.system.browser;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.jejaring.local.LocalStack;
import io.jejaring.local.Service;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The three services' APIs as one owner, to set up what a browser test then sees, and to check what it did. */
final class OwnerApi {

    static final String CONTACTS = Service.ALL.get(0).baseUrl() + "/api/v1";
    static final String INTERACTIONS = Service.ALL.get(1).baseUrl() + "/api/v1";
    static final String INSIGHTS = Service.ALL.get(2).baseUrl() + "/api/v1/insights";

    final String owner;
    private final String token;

    OwnerApi(LocalStack stack, String owner) {
        this.owner = owner;
        this.token = stack.tokens().token(owner);
    }

    RequestSpecification request() {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** A contact, answering its id. */
    String contact(String displayName, String tier) {
        return post(CONTACTS + "/contacts", Map.of("displayName", displayName, "tier", tier));
    }

    String interaction(String contactId, String channel, Instant occurredAt) {
        return post(INTERACTIONS + "/interactions", Map.of("contactIds", List.of(contactId), "channel", channel,
                "occurredAt", occurredAt.toString()));
    }

    String post(String url, Object body) {
        return request().body(body).post(url).then().statusCode(201).extract().path("id");
    }

    JsonPath get(String url) {
        return request().get(url).then().statusCode(200).extract().jsonPath();
    }

    List<String> overdueContactIds() {
        return get(INSIGHTS + "/overdue?limit=200").getList("items.contactId");
    }
}
